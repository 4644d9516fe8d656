/**
 * The formatter on fuzzed input. On anything: it never throws, returns in bounded time, and
 * refuses exactly the documents with syntax errors. On every document it formats (fuzzed valid
 * input: generated well-formed forms and packs, layout mutations of real forms, and whichever
 * mutated inputs happen to parse): the output parses cleanly, formatting it again changes
 * nothing, `parse(format(x))` has the meaning of `parse(x)` (ASTs compared with spans stripped,
 * test/format/ast-compare.ts), and every comment is kept. Range formatting stays inside the
 * document and keeps the meaning too.
 */
import * as fc from "fast-check";
import { describe, expect } from "vitest";
import { formatDocument, formatRange } from "../../language/format/index";
import { Workspace } from "../../language/model/workspace";
import { parseDocument } from "../../language/parse";
import { applyEdits } from "../../language/text-edit";
import { formatDocumentEdits } from "../../service/formatting";
import { commentWords, meaning } from "../format/ast-compare";
import { FUZZ_BUDGET } from "./budget";
import { checkRange, checkSpan, fuzzBatch, Lines } from "./guard";
import { exampleForms, layoutMutation, mutated, packItems, tokenSoup, validForm, validPack } from "./inputs";

const seeds = [...exampleForms, ...packItems.slice(0, 60)];

/** Formats `text`; when it formats, checks every promise the formatter makes. Returns the output. */
function checkFormat(text: string): string | undefined {
  const r = formatDocument(text);
  const errors = parseDocument("/fuzz/doc.form", text).syntaxErrors;
  if (!r.ok) {
    expect(errors.length, "refused a document without syntax errors").toBeGreaterThan(0);
    expect(r.reason).toMatch(/^Not formatted: the document has/);
    return undefined;
  }
  expect(errors, "formatted a document with syntax errors").toEqual([]);
  const out = r.text;
  expect(parseDocument("/fuzz/out.form", out).syntaxErrors.map((e) => e.message)).toEqual([]);
  const again = formatDocument(out);
  expect(again.ok && again.text).toBe(out);
  expect(meaning(out)).toEqual(meaning(text));
  expect(commentWords(out)).toEqual(commentWords(text));
  return out;
}

/** Checks a document the formatter must accept. */
function checkValid(text: string) {
  const out = checkFormat(text);
  expect(out, "a well-formed document was refused").toBeDefined();
  // The editor's path: one smallest edit turns the document into the formatted text.
  const ws = new Workspace();
  ws.set("/fuzz/v.form", text);
  const edits = formatDocumentEdits(ws, "/fuzz/v.form", { formatDocument, formatRange });
  expect(edits.ok).toBe(true);
  if (edits.ok) {
    const lines = new Lines(text);
    const doc = ws.get("/fuzz/v.form")!;
    const applied = applyEdits(
      text,
      edits.edits.map((e) => {
        checkRange(lines, e.range, "formatting edit");
        return { span: { start: doc.lines.offset(e.range.start), end: doc.lines.offset(e.range.end) }, newText: e.newText };
      }),
    );
    expect(applied).toBe(out);
  }
}

describe("fuzz: formatter", () => {
  fuzzBatch("mutated and truncated real forms and pack items: no throw; what formats keeps its meaning", mutated(seeds, 3), FUZZ_BUDGET.formatter.mutatedForms, (t) => void checkFormat(t));
  fuzzBatch("token soup: no throw; what formats keeps its meaning", tokenSoup(60), FUZZ_BUDGET.formatter.tokenSoup, (t) => void checkFormat(t));
  fuzzBatch("well-formed forms, any layout, comments anywhere", validForm, FUZZ_BUDGET.formatter.validGeneratedForms, checkValid);
  fuzzBatch("well-formed packs, any layout, comments anywhere", validPack, FUZZ_BUDGET.formatter.validGeneratedPacks, checkValid);
  fuzzBatch(
    "real forms re-indented, re-spaced, commented, CRLF: same meaning as the original",
    layoutMutation,
    FUZZ_BUDGET.formatter.layoutMutations,
    ({ seed, text }) => {
      checkValid(text);
      expect(meaning(text)).toEqual(meaning(seed));
    },
    ({ text }) => text,
  );
  const rangeInput = fc.tuple(fc.oneof(validForm, validPack, mutated(exampleForms, 2)), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
  fuzzBatch(
    "range formatting at random selections",
    rangeInput,
    FUZZ_BUDGET.formatter.ranges,
    ([text, a, b]) => {
      const span = { start: Math.floor(a * text.length), end: Math.floor(b * text.length) };
      const r = formatRange(text, span);
      if (!r.ok) {
        expect(parseDocument("/fuzz/doc.form", text).syntaxErrors.length).toBeGreaterThan(0);
        return;
      }
      const lines = new Lines(text);
      for (const e of r.edits) {
        checkSpan(text, e.span, "range edit");
        checkRange(lines, { start: lines.position(e.span.start), end: lines.position(e.span.end) }, "range edit");
      }
      const after = applyEdits(text, r.edits);
      expect(parseDocument("/fuzz/out.form", after).syntaxErrors.map((e) => e.message)).toEqual([]);
      expect(meaning(after)).toEqual(meaning(text));
      expect(commentWords(after)).toEqual(commentWords(text));
    },
    ([text]) => text,
  );
});
