/**
 * Text → AST plus every syntax problem in it. Pure: no files, no rules, no editor.
 */
import type { IToken } from "chevrotain";
import type { DocumentAst } from "./ast";
import { AstBuilder } from "./cst-to-ast";
import type { Diagnostic, Span } from "./diagnostic";
import { missingAtLineEnd, setMessageText } from "./error-messages";
import { lex } from "./lexer";
import { LineIndex } from "./line-index";
import { parser, parseTokens } from "./parser";
import { LBrace, RBrace } from "./tokens";

/**
 * The parser and the AST builder recurse once per `{`; around a thousand levels overflow the
 * stack and the CLI died with "internal error" (exit 2). Real forms nest a handful of levels,
 * so deeper text is refused with one syntax error instead of being parsed.
 */
import { MAX_NESTING } from "./grammar/limits";

interface ParsedDocumentCst {
  uri: string;
  text: string;
  ast: DocumentAst;
  lines: LineIndex;
  /** Lexical and syntax errors, each with rule id `syntax`, in source order. */
  syntaxErrors: Diagnostic[];
}

export function parseDocumentCst(uri: string, text: string): ParsedDocumentCst {
  const lines = new LineIndex(text);
  const lexed = lex(text);
  setMessageText(text);
  const tooDeep = firstTooDeepBrace(lexed.tokens);
  if (tooDeep) {
    const span = { start: tooDeep.startOffset, end: tooDeep.startOffset + 1 };
    const problems = [...lexed.problems.filter((p) => p.span.start < span.start), { message: `Blocks are nested more than ${MAX_NESTING} deep here; no form needs that many levels.`, span }];
    const syntaxErrors: Diagnostic[] = problems.map((p) => ({ ruleId: "syntax", level: "error", message: p.message, span: p.span, range: lines.range(p.span), citations: [] }));
    return { uri, text, ast: { items: [], comments: lexed.comments }, lines, syntaxErrors };
  }
  const cst = parseTokens(lexed.tokens);
  const parseErrors = parser.errors.map((e) => {
    const t = e.token;
    const prev = (e as { previousToken?: IToken }).previousToken;
    const ok = t && Number.isFinite(t.startOffset) && t.tokenType?.name !== "EOF";
    let span: Span = ok ? { start: t.startOffset, end: t.startOffset + t.image.length } : endOfText(text);
    // A token missing at a line's end is reported on the token it should have followed.
    if (e.name === "MismatchedTokenException" && prev && missingAtLineEnd(prev, t)) {
      span = { start: prev.startOffset, end: prev.startOffset + prev.image.length };
    }
    return { message: e.message, span };
  });
  const builder = new AstBuilder(text);
  const items = builder.document(cst);

  const problems = [...lexed.problems, ...parseErrors, ...builder.problems].sort((a, b) => a.span.start - b.span.start);
  const seen = new Set<number>();
  const syntaxErrors: Diagnostic[] = [];
  for (const p of problems) {
    // Recovery can report twice at one token (a mismatch, then the resync): keep the first.
    if (seen.has(p.span.start)) continue;
    seen.add(p.span.start);
    syntaxErrors.push({ ruleId: "syntax", level: "error", message: p.message, span: p.span, range: lines.range(p.span), citations: [] });
  }
  return { uri, text, ast: { items, comments: lexed.comments }, lines, syntaxErrors };
}

function firstTooDeepBrace(tokens: IToken[]): IToken | undefined {
  let depth = 0;
  for (const t of tokens) {
    if (t.tokenType === LBrace && ++depth > MAX_NESTING) return t;
    if (t.tokenType === RBrace && depth > 0) depth--;
  }
  return undefined;
}

/** An error at the end of the file points at its last character, so editors can show it. */
function endOfText(text: string): Span {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return { start: Math.max(0, end - 1), end: Math.max(end, Math.min(1, text.length)) };
}
