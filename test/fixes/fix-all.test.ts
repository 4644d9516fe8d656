/**
 * "Fix all" (what `lint --fix` applies) over every non-compliant example: afterwards no
 * diagnostic with a preferred fix remains, a second run changes nothing, the result parses,
 * keeps every comment and stays formatted — and the compliant examples are left alone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { chooseFixes, collide, fixAll } from "../../fixes/fix-all";
import { fixesFor } from "../../fixes/index";
import { formatDocument } from "../../language/format/index";
import { checkDocument } from "../../rules/checker";
import { commentWords } from "../format/ast-compare";
import { TODAY, workspaceWithPacks } from "../helpers";

const dir = path.resolve(__dirname, "../../examples/forms");
const examples = fs.readdirSync(dir).filter((f) => f.endsWith(".form")).sort();

describe.each(examples.filter((f) => f.includes(".noncompliant.")))("fix all: %s", (name) => {
  const file = path.join(dir, name);
  const text = fs.readFileSync(file, "utf8");

  it("leaves no diagnostic with a preferred fix, and a second run changes nothing", () => {
    const ws = workspaceWithPacks();
    ws.set(file, text);
    const before = checkDocument(ws, file, { today: TODAY }).diagnostics;
    const r = fixAll(ws, file, { today: TODAY }, { today: TODAY });
    expect(r.stopped).toBeUndefined();
    expect(r.changed).toBe(true);
    expect(r.passes).toBeLessThanOrEqual(10);

    const after = checkDocument(ws, file, { today: TODAY }).diagnostics;
    expect(after.length).toBeLessThan(before.length);
    const doc = ws.get(file)!;
    const stillFixable = after.filter((d) => fixesFor(doc, d, ws.index, { today: TODAY }).some((f) => f.preferred));
    expect(stillFixable.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);

    expect(doc.syntaxErrors).toEqual([]);
    for (const c of commentWords(text)) expect(commentWords(r.text)).toContain(c);
    const formatted = formatDocument(r.text);
    expect(formatted.ok && formatted.text).toBe(r.text);

    const again = fixAll(ws, file, { today: TODAY }, { today: TODAY });
    expect(again.changed).toBe(false);
    expect(again.applied).toBe(0);
  });
});

describe("fix all leaves compliant forms alone", () => {
  it.each(examples.filter((f) => f.includes(".compliant.")))("%s", (name) => {
    const file = path.join(dir, name);
    const ws = workspaceWithPacks();
    ws.set(file, fs.readFileSync(file, "utf8"));
    expect(fixAll(ws, file, { today: TODAY }, { today: TODAY }).changed).toBe(false);
  });
});

describe("fix all: safety", () => {
  it("does not touch a document with syntax errors", () => {
    const ws = workspaceWithPacks();
    const text = 'form f {\n  service emergency-department\n  field a text {\n    label "A\n  }\n}\n';
    ws.set("/t/broken.form", text);
    const r = fixAll(ws, "/t/broken.form", { today: TODAY });
    expect(r.changed).toBe(false);
    expect(r.stopped).toMatch(/syntax errors/);
    expect(ws.get("/t/broken.form")!.text).toBe(text);
  });

  it("holds back colliding edits for the next pass", () => {
    const text = "abc\ndef\n";
    const ins = (at: number, newText: string) => ({ span: { start: at, end: at }, newText });
    expect(collide(ins(1, " x"), ins(1, " y"), text)).toBe(true);
    expect(collide(ins(3, "\n  a"), ins(3, "\n  b"), text)).toBe(false); // whole lines: order-free
    expect(collide(ins(4, "x\n"), ins(4, "y\n"), text)).toBe(false);
    expect(collide({ span: { start: 0, end: 2 }, newText: "z" }, ins(1, "q"), text)).toBe(true);
    expect(collide({ span: { start: 0, end: 2 }, newText: "z" }, ins(2, "q"), text)).toBe(false);
    expect(collide({ span: { start: 0, end: 2 }, newText: "z" }, { span: { start: 1, end: 3 }, newText: "w" }, text)).toBe(true);

    const d = (kind: "missing-concept", id: string) => ({ ruleId: "p/r", level: "error" as const, message: "", span: { start: 0, end: 0 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, citations: [], data: { kind, form: "f", concept: id, concepts: [id], skeleton: { id, type: "text", required: false, label: id, concept: id, options: [] } } });
    const fix = (at: number) => ({ title: "", preferred: true, edits: [ins(at, "\nfield\n")] });
    // Two insertions of the same field in one pass: the second waits.
    expect(chooseFixes([{ diagnostic: d("missing-concept", "a"), fix: fix(3) }, { diagnostic: d("missing-concept", "a"), fix: fix(3) }], text)).toHaveLength(1);
    expect(chooseFixes([{ diagnostic: d("missing-concept", "a"), fix: fix(3) }, { diagnostic: d("missing-concept", "b"), fix: fix(3) }], text)).toHaveLength(2);
  });
});
