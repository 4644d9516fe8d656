/**
 * The lexer finds keywords in a table by length and first letter (for speed, see tokens.ts):
 * here it is held to the keyword map it stands for; and comments, lexed into the token stream,
 * leave it for the document's comments.
 */
import { describe, expect, it } from "vitest";
import { lex } from "../../language/lexer";
import { KEYWORDS, keywordOf } from "../../language/tokens";

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
