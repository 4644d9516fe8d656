/**
 * The lexer finds keywords in a table by length and first letter (for speed, see tokens.ts):
 * here it is held to the keyword map it stands for; and comments, lexed into the token stream,
 * leave it for the document's comments.
 */
import { createToken, Lexer, tokenMatcher, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { lex } from "../../language/lexer";
import { AnyToken, Identifier, KEYWORDS, keywordOf, LEXED_TOKENS } from "../../language/tokens";

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

describe("the keywords' categories", () => {
  /** A type's category fields, with every token type named rather than numbered. */
  function shape(type: TokenType, nameOf: (idx: number) => string, own: (name: string) => string) {
    return {
      categories: (type.CATEGORIES ?? []).map((c) => own(c.name)),
      matches: (type.categoryMatches ?? []).map(nameOf),
      map: Object.keys(type.categoryMatchesMap ?? {}).map((k) => nameOf(Number(k))),
      isParent: type.isParent,
    };
  }

  // The maps are what counts: building the lexer (language/lexer.ts) derives each category's
  // list of members and its isParent again from its map.
  it("are what chevrotain's createToken with categories makes, for every token type", () => {
    // The same vocabulary made chevrotain's way, type by type, with a prefix on each name.
    const ours = [AnyToken, ...LEXED_TOKENS.filter((t) => t !== AnyToken), ...KEYWORDS.values()];
    const replica = new Map<string, TokenType>();
    for (const t of ours) {
      const categories = KEYWORDS.get(t.name.replace(/^Kw_/, "").replace(/_/g, "-")) === t ? [Identifier, AnyToken] : (t.CATEGORIES ?? []);
      const made = createToken({ name: `R_${t.name}`, pattern: Lexer.NA, ...(categories.length > 0 && { categories: categories.map((c) => replica.get(c.name)!) }) });
      replica.set(t.name, made);
    }
    const byIdx = new Map<number, string>();
    for (const t of ours) byIdx.set(t.tokenTypeIdx!, t.name);
    for (const [name, r] of replica) byIdx.set(r.tokenTypeIdx!, name);
    const nameOf = (idx: number) => byIdx.get(idx) ?? `#${idx}`;
    for (const t of ours) expect(shape(t, nameOf, (n) => n), t.name).toEqual(shape(replica.get(t.name)!, nameOf, (n) => n.replace(/^R_/, "")));
    expect(Identifier.categoryMatches).toHaveLength(KEYWORDS.size);
  });

  it("let a keyword stand where an id or any token may, and nothing else", () => {
    const { tokens } = lex("form label covers");
    for (const t of tokens) {
      expect(tokenMatcher(t, Identifier)).toBe(true);
      expect(tokenMatcher(t, AnyToken)).toBe(true);
      expect(tokenMatcher(t, KEYWORDS.get("field")!)).toBe(false);
    }
  });
});
