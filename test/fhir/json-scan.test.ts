/** The JSON scanner: values like JSON.parse, positions by JSON pointer, syntax errors with an offset. */
import { describe, expect, it } from "vitest";
import { pointerOf, scanJson } from "../../fhir/json-scan";

describe("scanJson", () => {
  it.each([
    ['{"a": [1, 2.5, -3e2], "b": {"c": null, "d": true, "e": false}}'],
    ['"esc \\" \\\\ \\/ \\n \\u00e9"'],
    ["[]"],
    ['  {"nested": [[{"x": []}]]}  '],
  ])("reads %s as JSON.parse does", (text) => {
    const r = scanJson(text);
    expect(r.ok && r.value).toEqual(JSON.parse(text));
  });

  it("records where each property's key and value are, by JSON pointer", () => {
    const text = '{\n  "item": [\n    { "linkId": "a/b", "text": "x" }\n  ]\n}';
    const r = scanJson(text);
    if (!r.ok) throw new Error(r.message);
    const p = r.positions.get("/item/0/linkId")!;
    expect(text.slice(p.key!.start, p.key!.end)).toBe('"linkId"');
    expect(text.slice(p.value.start, p.value.end)).toBe('"a/b"');
    expect(text.slice(r.positions.get("/item/0")!.value.start, r.positions.get("/item/0")!.value.end)).toBe('{ "linkId": "a/b", "text": "x" }');
    expect(r.positions.get("")!.value).toEqual({ start: 0, end: text.length });
  });

  it("escapes pointer segments as RFC 6901 says", () => {
    expect(pointerOf(["a/b", "m~n", 0])).toBe("/a~1b/m~0n/0");
    const r = scanJson('{"a/b": {"m~n": 1}}');
    expect(r.ok && r.positions.has("/a~1b/m~0n")).toBe(true);
  });

  const tricky = '{"a/b": {"m~n": [10, {"x": 1}]}, "dup": 1, "dup": 22, "k\\"q": true, "list": [[], {}]}';
  it.each([
    ["/a~1b/m~0n/1/x", "1"],
    ["/a~1b/m~0n/0", "10"],
    ["/dup", "22"], // a repeated key: the last one, as JSON.parse keeps
    ['/k"q', "true"],
    ["/list/1", "{}"],
    ["/a~1b/m~0n/2", undefined],
    ["/a~1b/m~0n/01", undefined],
    ["/list/0/0", undefined],
    ["/nope", undefined],
    ["a~1b", undefined],
  ])("finds the value at %s by pointer", (pointer, expected) => {
    const r = scanJson(tricky);
    if (!r.ok) throw new Error(r.message);
    const p = r.positions.get(pointer);
    expect(p && tricky.slice(p.value.start, p.value.end)).toBe(expected);
    expect(r.positions.has(pointer)).toBe(expected !== undefined);
  });

  it("lists every __proto__ key by pointer, and nothing is inherited by any object", () => {
    const r = scanJson('{"item": [{"x": {}}, {"a": 1, "__proto__": {"required": true}}], "b": {"__proto__": 1}}');
    if (!r.ok) throw new Error(r.message);
    expect(r.positions.protoPointers()).toEqual(["/item/1/__proto__", "/b/__proto__"]);
    const item = (r.value as { item: Array<Record<string, unknown>> }).item;
    for (const o of [r.value as object, item[0], item[0].x as object, item[1]]) {
      expect("toString" in o).toBe(false);
      expect("constructor" in o).toBe(false);
    }
    expect(item[1].required).toBeUndefined();
    expect(Object.keys(item[1])).toEqual(["a", "__proto__"]);
  });

  it.each([
    ['{"a": 1,}', 8, 'expected a property name in double quotes, found "}"'],
    ['{"a" 1}', 5, 'expected ":" after the property name "a"'],
    ["[1 2]", 3, 'expected "," or "]"'],
    ['{"a": "unterminated', 6, "unterminated string"],
    ["{} x", 3, 'unexpected "x" after the end'],
    ["", 0, "expected a value, found the end of the file"],
    ["{'a': 1}", 1, "expected a property name in double quotes"],
  ])("rejects %s at offset %i: %s", (text, offset, message) => {
    const r = scanJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.offset).toBe(offset);
    expect(r.message).toContain(message);
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    const r = scanJson("[".repeat(100_000));
    expect(r.ok).toBe(false);
  });
});
