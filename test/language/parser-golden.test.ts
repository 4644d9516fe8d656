/**
 * The parser's output, frozen: the AST (spans included) and syntax errors of fixed samples of
 * the fuzz corpus, hashed per corpus (only inputs that do not depend on the repository's
 * example files, so adding an example does not move a hash). The hashes
 * were recorded when the hand-written parser replaced the chevrotain CST parser, after a test
 * had required both to give identical ASTs, spans and syntax errors on all of it and on every
 * example, test and pack file (commit
 * 62c0f59, "Hand-written parser that builds the AST as it parses"). A change to what the parser produces for any of these inputs shows here: if it is
 * intended, say why in the commit and record the new hash. Re-recorded when main's grammar
 * additions (codes, refines, uses, source-text, extend concept, group, "did you mean") were
 * ported into it, after the merged parser gave the same ASTs (but for `props`) and syntax
 * errors as main's chevrotain parser on all of this corpus and on word soups of the new keywords.
 * Re-recorded ("generated" and "mutated") when every field got all its properties in one object
 * literal: only the order of a field's keys in the JSON moved; with keys sorted, the hashes of all
 * seven corpora were the same before and after.
 * Re-recorded ("token soup", "word soup in a rule") when a `require` naming no concept and no
 * header property (cut short; its syntax error says so) was left out of its rule: the old parser's
 * output with exactly those requirements removed hashes to the new values.
 * Re-recorded ("word soup in a condition", "word soup in a form") when `hidden` and
 * `expression "…"` joined the grammar and a condition's syntax error came to name `expression "…"`
 * ("Expected a condition such as `field = yes` or `expression "…"`"): with the old wording back,
 * every hash was the one before (neither soup holds either new word).
 */
import { createHash } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../language/parse";
import { binaryString, mutated, tokenSoup, validForm, validPack } from "../fuzz/inputs";

/** The parse of each text, as JSON, hashed together. */
function hashOf(texts: string[]): string {
  const h = createHash("sha256");
  for (const text of texts) {
    const doc = parseDocument("/golden/doc.form", text);
    h.update(JSON.stringify({ ast: doc.ast, errors: doc.syntaxErrors }));
    h.update("\n");
  }
  return h.digest("hex").slice(0, 16);
}

/** Generated valid documents, to be broken: near-valid text in every construct of the grammar. */
const generated = fc.sample(fc.oneof(validForm, validPack), { numRuns: 200, seed: 5 });

/** Words of one construct in random order, inside an otherwise valid document. */
function soupIn(words: string[], wrap: (soup: string) => string, maxLength = 10): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...words), { maxLength }).map((ws) => wrap(ws.join(" ")));
}
const CONDITION_WORDS = ["x", "not", "and", "or", "(", ")", "=", "!=", "<", ">=", "yes", "no", '"s"', "12", "answered", "label", "{", "}", "when", ",", "section"];
const RULE_WORDS = ["service", "audience", "ages", "include", "tag", "not", "and", "or", "(", ")", "x", "12", "one", "of", "header", "required", "shown", "when", "=", "yes", "with", "lookback", ">=", "months", "type", "options", '"s"', "paragraph", "recommendation", "section", "1.20", ",", "{", "}", "title"];
const FORM_WORDS = ["form", "section", "field", "f", "text", "required", "when", "{", "}", "label", '"l"', "covers", "a", ",", "options", "lookback", "12", "months", "min", "max", "waive", "r", '"why"', "by", "until", "2027-01-01", "ages", "0", "..", "17", "version", "service", "audience", "tags", "pack", "rule", "concept"];

const CORPUS: Array<[string, () => string[], string]> = [
  ["token soup", () => fc.sample(tokenSoup(60), { numRuns: 1500, seed: 17 }), "705b784b3e8d7a9c"],
  ["arbitrary strings", () => fc.sample(binaryString(200), { numRuns: 500, seed: 17 }), "992a53925cf4c420"],
  ["generated valid forms and packs", () => fc.sample(fc.oneof(validForm, validPack), { numRuns: 300, seed: 17 }), "e5c23ab0d809a9b2"],
  ["mutated generated forms and packs", () => fc.sample(mutated(generated, 4), { numRuns: 3000, seed: 17 }), "a165c5cb1accbf0e"],
  ["word soup in a condition", () => fc.sample(soupIn(CONDITION_WORDS, (w) => `form f {\n  field a text when ${w} {\n    label "x"\n  }\n}\n`), { numRuns: 3000, seed: 17 }), "53caa7f8589afbbb"],
  ["word soup in a rule", () => fc.sample(soupIn(RULE_WORDS, (w) => `rule r "t" {\n  applies ${w}\n}\nrule q {\n  require ${w}\n  cites ${w}\n}\n`, 8), { numRuns: 1500, seed: 17 }), "f3ae7a0c93c1c6a9"],
  ["word soup in a form", () => fc.sample(soupIn(FORM_WORDS, (w) => `form f "t" {\n  ${w}\n}\n`, 16), { numRuns: 3000, seed: 17 }), "0eab947c1fcd2bfb"],
];

describe("parser golden: what the parser gives for a fixed corpus has not changed", () => {
  for (const [name, texts, golden] of CORPUS) {
    it(name, () => {
      const inputs = texts();
      expect(inputs.length).toBeGreaterThan(40);
      expect(hashOf(inputs)).toBe(golden);
    });
  }
});
