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
