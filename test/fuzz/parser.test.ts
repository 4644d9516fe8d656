/**
 * The parser (lexer, chevrotain parser with recovery, AST builder) on anything: it never throws,
 * returns in bounded time, reports every syntax error inside the document, and builds an AST
 * whose every span lies inside the document. Well-formed documents parse without an error.
 */
import { describe, expect } from "vitest";
import { parseDocument } from "../../language/parse";
import { FUZZ_BUDGET } from "./budget";
import { binaryString, exampleForms, mutated, mutatedWindow, packItems, tokenSoup, validForm, validPack } from "./inputs";
import { checkAllSpans, checkDiagnostics, fuzzBatch } from "./guard";
import * as fc from "fast-check";

const seeds = [...exampleForms, ...packItems];

function checkParse(text: string) {
  const doc = parseDocument("/fuzz/doc.form", text);
  checkDiagnostics(text, doc.syntaxErrors, "syntax error");
  for (const e of doc.syntaxErrors) expect(e.ruleId).toBe("syntax");
  checkAllSpans(text, doc.ast, "AST");
  return doc;
}

describe("fuzz: parser", () => {
  fuzzBatch("arbitrary strings", binaryString(200), FUZZ_BUDGET.parser.binaryStrings, checkParse);
  fuzzBatch("token soup", tokenSoup(60), FUZZ_BUDGET.parser.tokenSoup, checkParse);
  fuzzBatch("mutated windows of real forms and pack items", mutatedWindow(seeds, 300), FUZZ_BUDGET.parser.mutatedWindows, checkParse);
  fuzzBatch("whole mutated, truncated forms and pack items", mutated(seeds), FUZZ_BUDGET.parser.mutatedWhole, checkParse);
  fuzzBatch("well-formed forms and packs, any layout, comments anywhere: no syntax error", fc.oneof(validForm, validPack), FUZZ_BUDGET.parser.validGenerated, (text) => {
    const doc = checkParse(text);
    expect(doc.syntaxErrors.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1} ${e.message}`)).toEqual([]);
  });
});
