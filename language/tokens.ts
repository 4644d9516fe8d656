/**
 * Token vocabulary shared by both file kinds.
 *
 * Keywords are soft: the lexer produces one `Identifier` token for every word and then
 * re-types words that spell a keyword (see lexer.ts). Each keyword token type has
 * `Identifier` as its category, so wherever the grammar expects an id, a keyword is accepted —
 * a field may be called `label` or `date`. One regex for all words is also much faster than
 * one regex per keyword.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

/** Every token type belongs to this category, so junk-skipping rules can consume anything. */
export const AnyToken = createToken({ name: "AnyToken", pattern: Lexer.NA });

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\uFEFF\u00A0]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});
export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\n\r]*/,
  group: "comments",
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  group: "comments",
  line_breaks: true,
});
/** An opened block comment that never closes: lexed as a whole so one error says so. */
export const UnterminatedBlockComment = createToken({
  name: "UnterminatedBlockComment",
  pattern: /\/\*[\s\S]*/,
  group: "comments",
  line_breaks: true,
});

export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  categories: [AnyToken],
});
/** A string whose closing quote is missing on its line: one clear error, not a cascade. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  categories: [AnyToken],
});
export const DateLiteral = createToken({
  name: "DateLiteral",
  pattern: /\d{4}-\d{2}-\d{2}(?![\w-])/,
  categories: [AnyToken],
});
/** Integers, decimals and dotted references (`1.20`, `5.2.7`), kept as written. */
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /\d+(?:\.\d+)*/,
  categories: [AnyToken],
});
/**
 * Any word. Lower-case ids, dotted concept ids and pack-qualified rule ids are valid;
 * words with capitals or a leading `_` are lexed too so the error can name them exactly.
 */
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_-]*(?:[./][A-Za-z0-9_-]+)*/,
  categories: [AnyToken],
});

export const LBrace = createToken({ name: "LBrace", pattern: "{", categories: [AnyToken] });
export const RBrace = createToken({ name: "RBrace", pattern: "}", categories: [AnyToken] });
export const LParen = createToken({ name: "LParen", pattern: "(", categories: [AnyToken] });
export const RParen = createToken({ name: "RParen", pattern: ")", categories: [AnyToken] });
export const Comma = createToken({ name: "Comma", pattern: ",", categories: [AnyToken] });
export const DotDot = createToken({ name: "DotDot", pattern: "..", categories: [AnyToken] });
export const NotEquals = createToken({ name: "NotEquals", pattern: "!=", categories: [AnyToken] });
export const LessEquals = createToken({ name: "LessEquals", pattern: "<=", categories: [AnyToken] });
export const GreaterEquals = createToken({ name: "GreaterEquals", pattern: ">=", categories: [AnyToken] });
export const Less = createToken({ name: "Less", pattern: "<", categories: [AnyToken] });
export const Greater = createToken({ name: "Greater", pattern: ">", categories: [AnyToken] });
export const Equals = createToken({ name: "Equals", pattern: "=", categories: [AnyToken] });

const KEYWORD_WORDS = [
  "form", "section", "field", "required", "when", "label", "help", "covers", "options",
  "lookback", "min", "max", "service", "audience", "ages", "version", "owner", "tags", "tag",
  "waive", "by", "until", "pack", "publisher", "published", "source", "concept", "synonyms",
  "suggest", "codes", "refines", "rule", "title", "severity", "applies", "require", "cites", "quote", "implements",
  "description", "fix", "recommendation", "paragraph", "not-checkable", "partly", "group", "and", "or",
  "not", "answered", "include", "one", "of", "shown", "with", "type", "header",
  // pack ecosystem (docs/packs.md): dependencies, the pack's own source text, concept extensions
  "uses", "source-text", "extend",
] as const;
export type KeywordWord = (typeof KEYWORD_WORDS)[number];

function keywordName(word: string): string {
  return "Kw_" + word.replace(/-/g, "_");
}

/** keyword word → token type. Keyword types are never produced by a pattern, only re-typed. */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(
  KEYWORD_WORDS.map((w) => [w, createToken({ name: keywordName(w), pattern: Lexer.NA, categories: [Identifier, AnyToken] })]),
);

export function kw(word: KeywordWord): TokenType {
  return KEYWORDS.get(word)!;
}

/** Order matters: the first pattern that matches wins. */
export const LEXED_TOKENS: TokenType[] = [
  WhiteSpace,
  LineComment,
  BlockComment,
  UnterminatedBlockComment,
  StringLiteral,
  UnterminatedString,
  DateLiteral,
  NumberLiteral,
  Identifier,
  LBrace,
  RBrace,
  LParen,
  RParen,
  Comma,
  DotDot,
  NotEquals,
  LessEquals,
  GreaterEquals,
  Less,
  Greater,
  Equals,
];

/** What the parser knows about: everything lexed plus the keywords and the category. */
export const ALL_TOKENS: TokenType[] = [AnyToken, ...LEXED_TOKENS, ...KEYWORDS.values()];

export const COMPARISON_TOKENS = [Equals, NotEquals, LessEquals, GreaterEquals, Less, Greater];
