import { Lexer, type IToken } from "chevrotain";
import type { Comment, } from "./ast";
import type { Span } from "./diagnostic";
import { MAX_NESTING } from "./grammar/limits";
import {
  BlockComment,
  Identifier,
  LineComment,
  keywordOf,
  LBrace,
  LEXED_TOKENS,
  RBrace,
  UnterminatedBlockComment,
  UnterminatedString,
} from "./tokens";

/** A problem found while cutting text into tokens, before any grammar applies. */
export interface LexProblem {
  message: string;
  span: Span;
}

export interface LexResult {
  tokens: IToken[];
  comments: Comment[];
  problems: LexProblem[];
  /** The first `{` nested more than MAX_NESTING blocks deep, if any (found in the same pass). */
  tooDeepBrace?: IToken;
}

// Built once: chevrotain analyses the patterns at construction.
const lexer = new Lexer(LEXED_TOKENS, {
  positionTracking: "onlyOffset",
  ensureOptimizations: false,
  skipValidations: true,
});

const LBRACE = LBrace.tokenTypeIdx!;
const RBRACE = RBrace.tokenTypeIdx!;
const IDENTIFIER = Identifier.tokenTypeIdx!;
const UNTERMINATED_STRING = UnterminatedString.tokenTypeIdx!;
const LINE_COMMENT = LineComment.tokenTypeIdx!;
const BLOCK_COMMENT = BlockComment.tokenTypeIdx!;
const UNTERMINATED_BLOCK_COMMENT = UnterminatedBlockComment.tokenTypeIdx!;

/**
 * A valid id: `segment(.segment)*`, optionally followed by one `/segment(.segment)*` (a
 * pack-qualified rule id), each segment a lower-case letter then lower-case letters, digits,
 * `-` and `_`. A regular expression rather than a loop over the characters: in a fresh process
 * (every CLI run) the expression runs as native code from its first use, the loop would not.
 */
const VALID_ID = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*(?:\/[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*)?$/;

export function lex(text: string): LexResult {
  const result = lexer.tokenize(text);
  const problems: LexProblem[] = [];

  for (const err of result.errors) {
    const bad = text.slice(err.offset, err.offset + err.length);
    problems.push({
      message: describeUnexpected(bad),
      span: { start: err.offset, end: err.offset + err.length },
    });
  }

  // One pass over the tokens: keywords re-typed, ids checked, block depth counted, and the
  // comments moved out of the stream (the parser never sees them) into `comments`.
  const tokens = result.tokens;
  const comments: Comment[] = [];
  const commentProblems: LexProblem[] = [];
  let kept = 0;
  let depth = 0;
  let tooDeepBrace: IToken | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const idx = t.tokenTypeIdx;
    if (idx === IDENTIFIER) {
      const keyword = keywordOf(t.image);
      if (keyword) {
        t.tokenType = keyword;
        t.tokenTypeIdx = keyword.tokenTypeIdx!;
      } else if (!VALID_ID.test(t.image)) {
        problems.push({ message: describeBadId(t.image), span: tokenSpan(t) });
      }
    } else if (idx === LBRACE) {
      if (++depth > MAX_NESTING) tooDeepBrace ??= t;
    } else if (idx === RBRACE) {
      if (depth > 0) depth--;
    } else if (idx === UNTERMINATED_STRING) {
      problems.push({
        message: "This text has no closing `\"` on its line: strings must open and close on the same line.",
        span: tokenSpan(t),
      });
    } else if (idx === LINE_COMMENT || idx === BLOCK_COMMENT || idx === UNTERMINATED_BLOCK_COMMENT) {
      if (idx === UNTERMINATED_BLOCK_COMMENT) {
        commentProblems.push({
          message: "This `/*` comment is never closed: add `*/` where the comment ends.",
          span: { start: t.startOffset, end: t.startOffset + 2 },
        });
      }
      comments.push({ text: t.image, block: idx !== LINE_COMMENT, span: tokenSpan(t) });
      continue;
    }
    if (kept !== i) tokens[kept] = t;
    kept++;
  }
  tokens.length = kept;
  // After the problems of the tokens, as when comments were a group of their own.
  for (const p of commentProblems) problems.push(p);

  return { tokens, comments, problems, tooDeepBrace };
}

export function tokenSpan(t: IToken): Span {
  return { start: t.startOffset, end: t.startOffset + t.image.length };
}

function describeUnexpected(chars: string): string {
  const shown = chars.length > 20 ? chars.slice(0, 20) + "…" : chars;
  if (/^[\u201c\u201d]/.test(chars)) {
    return `Unexpected curly quote \`${shown[0]}\`: write text in straight double quotes ("…").`;
  }
  if (/^'/.test(chars)) return "Unexpected `'`: write text in double quotes (\"…\").";
  const printable = shown.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
  return `Unexpected character${chars.length > 1 ? "s" : ""} \`${printable}\`: this is not part of the form language.`;
}

function describeBadId(word: string): string {
  const suggestion = word
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/^_+/, "");
  return `\`${word}\` is not a valid id: ids are lower-case letters, digits, \`-\` and \`_\`, starting with a letter${suggestion && VALID_ID.test(suggestion) ? ` (try \`${suggestion}\`)` : ""}.`;
}
