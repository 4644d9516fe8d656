import { describe, expect, it } from "vitest";
import { formatDocument, formatRange } from "../../language/format/index";
import { applyEdits } from "../../language/text-edit";
import { formatDocumentEdits, formatRangeEdits, smallestEdit } from "../../service/formatting";
import { fixture } from "./fixture";

const formatter = { formatDocument, formatRange };
const MESSY = 'form ed "ED" {\n      version "1"\n  field a text {\n label "A"   // keep me\n  }\n}\n';

describe("formatting through language/format", () => {
  it("whole document: one minimal edit that yields the formatter's text, comments kept", () => {
    const f = fixture(MESSY);
    const r = formatDocumentEdits(f.ws, f.uri, formatter);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.edits).toHaveLength(1);
    const doc = f.ws.get(f.uri)!;
    const after = applyEdits(MESSY, r.edits.map((e) => ({ span: { start: doc.lines.offset(e.range.start), end: doc.lines.offset(e.range.end) }, newText: e.newText })));
    const expected = formatDocument(MESSY);
    expect(expected.ok && after).toBe(expected.ok && expected.text);
    expect(after).toContain("// keep me");
    // The unchanged first line is not part of the edit.
    expect(r.edits[0].range.start.line).toBeGreaterThan(0);
  });

  it("an already formatted document: no edits", () => {
    const once = formatDocument(MESSY);
    if (!once.ok) throw new Error(once.reason);
    const f = fixture(once.text);
    expect(formatDocumentEdits(f.ws, f.uri, formatter)).toEqual({ ok: true, edits: [] });
  });

  it("a document with syntax errors is left alone, with the formatter's reason", () => {
    const f = fixture('form ed "ED" {\n  field a text {\n');
    const r = formatDocumentEdits(f.ws, f.uri, formatter);
    expect(r.ok).toBe(false);
  });

  it("a range: the formatter's edits for that range", () => {
    const f = fixture(MESSY);
    const r = formatRangeEdits(f.ws, f.uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 17 } }, formatter);
    expect(r.ok).toBe(true);
  });

  it.each([
    ["equal texts", "abc", "abc", undefined],
    ["a change in the middle", "a-b-c", "a-X-c", { span: { start: 2, end: 3 }, newText: "X" }],
    ["an insertion", "ac", "abc", { span: { start: 1, end: 1 }, newText: "b" }],
    ["never splitting a surrogate pair", "x\u{1F600}y", "x\u{1F601}y", { span: { start: 1, end: 3 }, newText: "\u{1F601}" }],
  ])("smallest edit: %s", (_name, before, after, expected) => {
    expect(smallestEdit(before, after)).toEqual(expected);
  });
});
