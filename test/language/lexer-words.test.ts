/**
 * The lexer's word checks are hand-written loops and tables (for speed, see lexer.ts and
 * tokens.ts); here they are held to what they replace: the id rule as a regular expression,
 * and the keyword map.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidId, lex } from "../../language/lexer";
import { KEYWORDS, keywordOf } from "../../language/tokens";

/** The id grammar: segments of a lower-case letter then [a-z0-9_-], dotted, with one optional `/` part. */
const ID_GRAMMAR = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*(?:\/[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*)?$/;

describe("isValidId", () => {
  it.each([
    ["name", true],
    ["accompanying-adult.name", true],
    ["f0_datetime", true],
    ["nhs/mca.capacity-assessed", true],
    ["a.b/c.d", true],
    ["", false],
    ["Name", false],
    ["_name", false],
    ["1abc", false],
    ["a..b", false],
    ["a.", false],
    ["a/b/c", false],
    ["a/", false],
    ["a.1b", false],
    ["a/_b", false],
    ["a b", false],
    ["é", false],
  ])("%j → %s", (word, valid) => {
    expect(isValidId(word)).toBe(valid);
  });

  it("agrees with the id grammar on random words of id characters", () => {
    const char = fc.constantFrom(..."abzAZ09_-./ é");
    fc.assert(fc.property(fc.array(char, { maxLength: 12 }).map((cs) => cs.join("")), (word) => isValidId(word) === ID_GRAMMAR.test(word)), { numRuns: 20000, seed: 3 });
  });
});

describe("keywordOf", () => {
  it("finds every keyword, and nothing else", () => {
    for (const [word, type] of KEYWORDS) expect(keywordOf(word)).toBe(type);
    for (const word of ["", "forms", "Form", "fiel", "x", "recommendations", "not_checkable", "sourcetext", "é"]) expect(keywordOf(word)).toBeUndefined();
  });

  it("re-types keywords in the token stream, and comments leave it", () => {
    const { tokens, comments } = lex('// top\nform f /* mid */ "t" { field label text }');
    expect(tokens.map((t) => t.tokenType.name)).toEqual(["Kw_form", "Identifier", "StringLiteral", "LBrace", "Kw_field", "Kw_label", "Identifier", "RBrace"]);
    expect(comments.map((c) => [c.text, c.block, c.span.start])).toEqual([["// top", false, 0], ["/* mid */", true, 14]]);
  });
});
