/**
 * Text → AST plus every syntax problem in it, in one pass of the lexer and one of the parser
 * (language/grammar/), which builds the AST as it goes. Pure: no files, no rules, no editor.
 */
import { EOF, type IToken } from "chevrotain";
import type { DocumentAst } from "./ast";
import type { Diagnostic, Span } from "./diagnostic";
import { missingAtLineEnd } from "./error-messages";
import { parseDocumentTokens } from "./grammar/document";
import { MAX_NESTING } from "./grammar/limits";
import { lex, type LexProblem } from "./lexer";
import { LineIndex } from "./line-index";

export { MAX_NESTING };

export interface ParsedDocument {
  uri: string;
  text: string;
  ast: DocumentAst;
  lines: LineIndex;
  /** Lexical and syntax errors, each with rule id `syntax`, in source order. */
  syntaxErrors: Diagnostic[];
}

/** A parse with the token stream it was made from (the formatter prints those tokens). */
export interface ParsedWithTokens {
  doc: ParsedDocument;
  tokens: IToken[];
}

export function parseDocument(uri: string, text: string): ParsedDocument {
  // No one reads these tokens afterwards: the parser may drop them as it goes.
  return parseText(uri, text, false).doc;
}

export function parseWithTokens(uri: string, text: string): ParsedWithTokens {
  return parseText(uri, text, true);
}

function parseText(uri: string, text: string, keepTokens: boolean): ParsedWithTokens {
  const lines = new LineIndex(text);
  const lexed = lex(text);
  const tooDeepBrace = lexed.tooDeepBrace;
  const parsed = tooDeepBrace ? undefined : parseDocumentTokens(lexed.tokens, text, !keepTokens);
  const tooDeep = tooDeepBrace ?? parsed?.tooDeep;
  if (!parsed || tooDeep) {
    const at = tooDeep!;
    const span = { start: at.startOffset, end: at.startOffset + at.image.length };
    const what = tooDeepBrace ? "Blocks are" : "Conditions are";
    const problems = [...lexed.problems.filter((p) => p.span.start < span.start), { message: `${what} nested more than ${MAX_NESTING} deep here; no form needs that many levels.`, span }];
    const syntaxErrors = problems.map((p) => syntaxError(p, lines));
    return { doc: { uri, text, ast: { items: [], comments: lexed.comments }, lines, syntaxErrors }, tokens: lexed.tokens };
  }
  const parseErrors: LexProblem[] = parsed.errors.map((e) => {
    const t = e.token;
    let span: Span = t.tokenType !== EOF ? { start: t.startOffset, end: t.startOffset + t.image.length } : endOfText(text);
    // A token missing at a line's end is reported on the token it should have followed.
    const prev = e.previous;
    if (prev && missingAtLineEnd(prev, t, text)) span = { start: prev.startOffset, end: prev.startOffset + prev.image.length };
    return { message: e.message, span };
  });

  const problems = [...lexed.problems, ...parseErrors, ...parsed.problems].sort((a, b) => a.span.start - b.span.start);
  const seen = new Set<number>();
  const syntaxErrors: Diagnostic[] = [];
  for (const p of problems) {
    // Recovery can report twice at one token (a mismatch, then the resync): keep the first.
    if (seen.has(p.span.start)) continue;
    seen.add(p.span.start);
    syntaxErrors.push(syntaxError(p, lines));
  }
  return { doc: { uri, text, ast: { items: parsed.items, comments: lexed.comments }, lines, syntaxErrors }, tokens: lexed.tokens };
}

function syntaxError(p: LexProblem, lines: LineIndex): Diagnostic {
  return { ruleId: "syntax", level: "error", message: p.message, span: p.span, range: lines.range(p.span), citations: [] };
}


/** An error at the end of the file points at its last character, so editors can show it. */
function endOfText(text: string): Span {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return { start: Math.max(0, end - 1), end: Math.max(end, Math.min(1, text.length)) };
}
