/**
 * Bad input is expected input: random, mutated and truncated documents go through the whole
 * checker (lexer, parser, AST builder, workspace, built-in checks, pack rules, waivers) without
 * a throw, and every diagnostic lies inside the document.
 */
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../rules/check";
import { TODAY, workspaceWithPacks } from "../helpers";

const examples = fs
  .readdirSync(path.join(__dirname, "../../examples/forms"))
  .map((f) => fs.readFileSync(path.join(__dirname, "../../examples/forms", f), "utf8"));
const pack = fs.readFileSync(path.join(__dirname, "../../rules/packs/cqc-dorset-2015.formrules"), "utf8");
const seeds = [...examples, pack.slice(0, 20_000)];

// Pieces of the language, so mutations produce near-valid text that reaches deep into the parser.
const FRAGMENTS = ["form", "section", "field", "{", "}", "(", ")", '"', "when", "and", "or", "not", "=", "<=", "..", ",", "covers", "waive", "required", "lookback 12 months", "rule", "require", "applies", "shown when", "\n", "//", "/*", "*/", "\\", "1.20", "2027-02-30", "é", "\u0000", "\uFEFF", "\r\n"];

const mutation = fc.record({
  seed: fc.integer({ min: 0, max: seeds.length - 1 }),
  edits: fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      del: fc.integer({ min: 0, max: 40 }),
      insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  truncate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
});

interface Mutation {
  seed: number;
  edits: Array<{ at: number; del: number; insert: string }>;
  truncate: number | null;
}

function mutate(m: Mutation) {
  let text = seeds[m.seed];
  for (const e of m.edits) {
    const at = Math.floor(e.at * text.length);
    text = text.slice(0, at) + e.insert + text.slice(at + e.del);
  }
  if (m.truncate !== null) text = text.slice(0, Math.floor(m.truncate * text.length));
  return text;
}

const ws = workspaceWithPacks();

function assertSound(text: string, uri: string) {
  ws.set(uri, text);
  const result = checkDocument(ws, uri, { today: TODAY });
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of [...result.diagnostics, ...result.waived]) {
    expect(d.span.start).toBeGreaterThanOrEqual(0);
    expect(d.span.end).toBeLessThanOrEqual(text.length);
    expect(d.span.start).toBeLessThanOrEqual(d.span.end);
    expect(d.range.start.line).toBeLessThan(lines.length);
    expect(d.range.end.line).toBeLessThan(lines.length);
    expect(d.range.end.character).toBeLessThanOrEqual(lines[d.range.end.line].length);
    expect(d.message.length).toBeGreaterThan(0);
  }
  ws.remove(uri);
}

describe("the checker never throws", () => {
  it("on mutated and truncated real forms and packs", () => {
    fc.assert(fc.property(mutation, (m) => assertSound(mutate(m), "/fuzz/m.form")), { numRuns: 1500 });
  });
  it("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: "binary" }), (s) => assertSound(s, "/fuzz/s.form")), { numRuns: 1500 });
  });
  it("on token soup made of the language's own words", () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS, "x", "a.b", "12", '"t"', " "), { maxLength: 80 }).map((a) => a.join(" "));
    fc.assert(fc.property(soup, (s) => assertSound(s, "/fuzz/t.formrules")), { numRuns: 1500 });
  });
  it("on deep nesting", () => {
    const depth = 500;
    const text = `form f { ${"section s { ".repeat(depth)}field a text { label "A" }${" }".repeat(depth)} }`;
    assertSound(text, "/fuzz/deep.form");
  });
});
