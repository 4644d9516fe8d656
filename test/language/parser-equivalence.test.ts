/**
 * The hand-written parser (language/grammar/) against the chevrotain CST parser and CST → AST
 * builder it replaced: the same AST, spans and syntax errors on every example, every form and
 * pack under test/, the shipped packs, and a large fixed sample of the fuzz corpus (mutated,
 * truncated and windowed real forms, token soup, arbitrary strings, generated valid documents).
 */
import * as fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../language/parse";
import { parseDocumentCst } from "../../language/parse-cst";
import { binaryString, exampleForms, mutated, mutatedWindow, packItems, shippedPack, tokenSoup, validForm, validPack } from "../fuzz/inputs";

const ROOT = path.resolve(__dirname, "../..");

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p));
    else if (/\.(form|formrules)$/.test(e.name)) out.push(p);
  }
  return out;
}

function same(text: string) {
  const now = parseDocument("/eq/doc.form", text);
  const before = parseDocumentCst("/eq/doc.form", text);
  expect(now.syntaxErrors).toEqual(before.syntaxErrors);
  expect(now.ast).toEqual(before.ast);
}

function sample(arb: fc.Arbitrary<string>, n: number, seed: number): string[] {
  return fc.sample(arb, { numRuns: n, seed });
}

const seeds = [...exampleForms, ...packItems];
/** Generated valid documents, to be broken: near-valid text in every construct of the grammar. */
const generated = fc.sample(fc.oneof(validForm, validPack), { numRuns: 200, seed: 5 });

/** Words of one construct in random order, inside an otherwise valid document. */
function soupIn(words: string[], wrap: (soup: string) => string, maxLength = 10): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...words), { maxLength }).map((ws) => wrap(ws.join(" ")));
}
const CONDITION_WORDS = ["x", "not", "and", "or", "(", ")", "=", "!=", "<", ">=", "yes", "no", '"s"', "12", "answered", "label", "{", "}", "when", ",", "section"];
const RULE_WORDS = ["service", "audience", "ages", "include", "tag", "not", "and", "or", "(", ")", "x", "12", "one", "of", "header", "required", "shown", "when", "=", "yes", "with", "lookback", ">=", "months", "type", "options", '"s"', "paragraph", "recommendation", "section", "1.20", ",", "{", "}", "title"];
const FORM_WORDS = ["form", "section", "field", "f", "text", "required", "when", "{", "}", "label", '"l"', "covers", "a", ",", "options", "lookback", "12", "months", "min", "max", "waive", "r", '"why"', "by", "until", "2027-01-01", "ages", "0", "..", "17", "version", "service", "audience", "tags", "pack", "rule", "concept"];

describe("parser equivalence: the new parser gives what the CST parser gave", () => {
  const files = [...filesUnder(path.join(ROOT, "examples")), ...filesUnder(path.join(ROOT, "test")), ...filesUnder(path.join(ROOT, "rules"))];
  it(`every example, test and pack file (${files.length})`, () => {
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) same(fs.readFileSync(f, "utf8"));
    same(shippedPack);
  });

  const corpus: Array<[string, fc.Arbitrary<string>, number]> = [
    ["whole mutated, truncated forms and pack items", mutated(seeds), 1500],
    ["mutated windows of real forms and pack items", mutatedWindow(seeds, 300), 1500],
    ["token soup", tokenSoup(60), 1500],
    ["arbitrary strings", binaryString(200), 500],
    ["generated valid forms and packs", fc.oneof(validForm, validPack), 300],
    ["mutated generated forms and packs", mutated(generated, 4), 3000],
    ["word soup in a condition", soupIn(CONDITION_WORDS, (w) => `form f {\n  field a text when ${w} {\n    label "x"\n  }\n}\n`), 3000],
    ["word soup in a rule", soupIn(RULE_WORDS, (w) => `rule r "t" {\n  applies ${w}\n}\nrule q {\n  require ${w}\n  cites ${w}\n}\n`, 8), 1500],
    ["word soup in a form", soupIn(FORM_WORDS, (w) => `form f "t" {\n  ${w}\n}\n`, 16), 3000],
  ];
  for (const [name, arb, n] of corpus) {
    it(`fuzz corpus: ${name} (${n}, fixed seed)`, () => {
      for (const text of sample(arb, n, 17)) {
        try {
          same(text);
        } catch (e) {
          throw new Error(`differs on ${JSON.stringify(text)}\n${(e as Error).message}`);
        }
      }
    });
  }
});
