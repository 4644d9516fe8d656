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

/*
 * Each pattern's possible first characters are given (`start_chars_hint`) rather than left to
 * chevrotain, which otherwise parses every regular expression when the lexer is built, on
 * every start-up, to find them. A test requires the hints to be exactly what that analysis finds.
 */
const DIGITS = [..."0123456789"];
const WORD_STARTS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"];

/** Every token type belongs to this category, so junk-skipping rules can consume anything. */
export const AnyToken = createToken({ name: "AnyToken", pattern: Lexer.NA });

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\uFEFF\u00A0]+/,
  start_chars_hint: [" ", "\t", "\r", "\n", "\f", "\v", "\uFEFF", "\u00A0"],
  group: Lexer.SKIPPED,
  line_breaks: true,
});
/*
 * Comments are lexed into the token stream, not a chevrotain group: lex() moves them out in
 * its one pass over the tokens. A group costs more than that pass: the lexer's optimised code
 * is thrown away and recompiled the first time a file's comment lands in the group's fresh
 * array (measured: 15% of the instructions of lexing 1,000 forms in a fresh process).
 */
export const LineComment = createToken({
  name: "LineComment",
  pattern: /\/\/[^\n\r]*/,
  start_chars_hint: ["/"],
});
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: /\/\*[\s\S]*?\*\//,
  start_chars_hint: ["/"],
  line_breaks: true,
});
/** An opened block comment that never closes: lexed as a whole so one error says so. */
export const UnterminatedBlockComment = createToken({
  name: "UnterminatedBlockComment",
  pattern: /\/\*[\s\S]*/,
  start_chars_hint: ["/"],
  line_breaks: true,
});

export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/,
  start_chars_hint: ['"'],
  categories: [AnyToken],
});
/** A string whose closing quote is missing on its line: one clear error, not a cascade. */
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?/,
  start_chars_hint: ['"'],
  categories: [AnyToken],
});
export const DateLiteral = createToken({
  name: "DateLiteral",
  pattern: /\d{4}-\d{2}-\d{2}(?![\w-])/,
  start_chars_hint: DIGITS,
  categories: [AnyToken],
});
/** Integers, decimals and dotted references (`1.20`, `5.2.7`), kept as written. */
export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /\d+(?:\.\d+)*/,
  start_chars_hint: DIGITS,
  categories: [AnyToken],
});
/**
 * Any word. Lower-case ids, dotted concept ids and pack-qualified rule ids are valid;
 * words with capitals or a leading `_` are lexed too so the error can name them exactly.
 */
export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_-]*(?:[./][A-Za-z0-9_-]+)*/,
  start_chars_hint: WORD_STARTS,
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
  // FHIR as written: an item never shown, a condition in FHIRPath (docs/language.md)
  "hidden", "expression",
] as const;
export type KeywordWord = (typeof KEYWORD_WORDS)[number];

function keywordName(word: string): string {
  return "Kw_" + word.replace(/-/g, "_");
}

/**
 * keyword word → token type. Keyword types are never produced by a pattern, only re-typed.
 * Each belongs to the categories `Identifier` and `AnyToken`, filled in once for all of them
 * (`joinCategories`) rather than by `createToken`: given categories, chevrotain re-lists every
 * category's members at each new token, so making the 60 keywords one by one cost every run
 * 3–6 ms before the first form was read (measured with 64 in a bare script: 74 M instructions).
 */
export const KEYWORDS: ReadonlyMap<string, TokenType> = new Map(KEYWORD_WORDS.map((w) => [w, createToken({ name: keywordName(w), pattern: Lexer.NA })]));
joinCategories([...KEYWORDS.values()], [Identifier, AnyToken]);

/**
 * Makes each of `types` a member of each of `categories`, leaving exactly the fields chevrotain's
 * `createToken({ categories })` leaves (test/language/lexer-words.test.ts compares them): the
 * member's CATEGORIES, and each category's map and ascending list of members and its isParent.
 * (Building the lexer derives the lists and flags again from the maps; they are set here too so
 * that the token types are whole whether or not a lexer is ever built.)
 */
function joinCategories(types: TokenType[], categories: TokenType[]): void {
  for (const type of types) {
    type.CATEGORIES = categories;
    for (const category of categories) category.categoryMatchesMap![type.tokenTypeIdx!] = true;
  }
  for (const category of categories) {
    category.categoryMatches = Object.keys(category.categoryMatchesMap!).map(Number);
    category.isParent = category.categoryMatches.length > 0;
  }
}

export function kw(word: KeywordWord): TokenType {
  return KEYWORDS.get(word)!;
}

/**
 * The keywords by length and first letter, for `keywordOf`. The lexer asks about every word
 * in a file (a third of all tokens): comparing with the one or two keywords of the word's
 * length and first letter costs less than hashing each freshly cut word for `KEYWORDS.get`.
 */
const LONGEST_KEYWORD = Math.max(...KEYWORD_WORDS.map((w) => w.length));
const bucketOf = (length: number, first: number) => length * 128 + first;
// Filled, not sparse: V8 reads a packed array of known length fastest.
const KEYWORD_BUCKETS: Array<Array<[string, TokenType]> | undefined> = new Array(bucketOf(LONGEST_KEYWORD + 1, 0)).fill(undefined);
for (const [word, type] of KEYWORDS) {
  const at = bucketOf(word.length, word.charCodeAt(0));
  (KEYWORD_BUCKETS[at] ??= []).push([word, type]);
}

/** The keyword token type `word` spells, if any (the same answer as `KEYWORDS.get`). */
export function keywordOf(word: string): TokenType | undefined {
  const first = word.charCodeAt(0);
  // Keywords are ASCII words: longer words and other first letters have no bucket.
  if (word.length > LONGEST_KEYWORD || first > 127) return undefined;
  const bucket = KEYWORD_BUCKETS[bucketOf(word.length, first)];
  if (bucket === undefined) return undefined;
  for (let i = 0; i < bucket.length; i++) if (bucket[i][0] === word) return bucket[i][1];
  return undefined;
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
