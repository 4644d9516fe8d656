/**
 * Semantic tokens: keywords, field types, ids by what they name (form, section, field, concept,
 * service, audience, rule), strings, numbers and comments. Keywords are soft, so a word is
 * classified by the AST first (a field called `label` is a field) and by its token type after.
 */
import type { SemanticTokens, SemanticTokensLegend } from "vscode-languageserver";
import type { Span } from "../language/diagnostic";
import type { SymbolKind, Workspace } from "../language/model/workspace";
import { lex } from "../language/lexer";
import type { ParsedDocument } from "../language/parse";
import { occurrencesIn } from "./occurrences";
import { allFields } from "../language/walk";

export const TOKEN_TYPES = ["keyword", "type", "namespace", "variable", "enumMember", "enum", "function", "string", "number", "comment", "operator"] as const;
export const TOKEN_MODIFIERS = ["declaration"] as const;
export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = (typeof TOKEN_TYPES)[number];
const T = (t: TokenType) => TOKEN_TYPES.indexOf(t);

const BY_SYMBOL: Record<SymbolKind, TokenType> = {
  form: "namespace",
  section: "namespace",
  pack: "namespace",
  field: "variable",
  concept: "enumMember",
  service: "enum",
  audience: "enum",
  rule: "function",
  recommendation: "number",
};

/** Spans of words that name a field type (`text`, `choice`, …) wherever a type is expected. */
function typeSpans(doc: ParsedDocument): Span[] {
  const out: Span[] = [];
  for (const item of doc.ast.items) {
    if (item.kind === "form") for (const f of allFields(item.members)) if (f.type) out.push(f.type.span);
    if (item.kind === "concept" && item.suggest) out.push(item.suggest.type.span);
    if (item.kind === "rule") for (const r of item.requires) for (const c of r.constraints) if (c.kind === "type") out.push(...c.types.map((t) => t.span));
  }
  return out;
}

export function semanticTokens(ws: Workspace, uri: string): SemanticTokens {
  const doc = ws.get(uri);
  if (!doc) return { data: [] };
  const byStart = new Map<number, { type: number; modifiers: number }>();
  for (const o of occurrencesIn(doc, ws.index)) byStart.set(o.span.start, { type: T(BY_SYMBOL[o.kind]), modifiers: o.definition ? 1 : 0 });
  for (const s of typeSpans(doc)) byStart.set(s.start, { type: T("type"), modifiers: 0 });

  const raw: Array<{ start: number; end: number; type: number; modifiers: number }> = [];
  for (const t of lex(doc.text).tokens) {
    const start = t.startOffset;
    const end = start + t.image.length;
    const known = byStart.get(start);
    const name = t.tokenType.name;
    if (known) raw.push({ start, end, ...known });
    else if (name.startsWith("Kw_")) raw.push({ start, end, type: T("keyword"), modifiers: 0 });
    else if (name === "StringLiteral" || name === "UnterminatedString") raw.push({ start, end, type: T("string"), modifiers: 0 });
    else if (name === "NumberLiteral" || name === "DateLiteral") raw.push({ start, end, type: T("number"), modifiers: 0 });
    else if (name === "Identifier") raw.push({ start, end, type: T(t.image === "yes" || t.image === "no" ? "keyword" : "variable"), modifiers: 0 });
    else if (/Equals|Less|Greater|DotDot/.test(name)) raw.push({ start, end, type: T("operator"), modifiers: 0 });
  }
  for (const c of doc.ast.comments) raw.push({ start: c.span.start, end: c.span.end, type: T("comment"), modifiers: 0 });
  raw.sort((a, b) => a.start - b.start);
  return { data: encode(doc, raw) };
}

/** LSP's relative encoding; a token that spans lines (a block comment) is cut at each line end. */
function encode(doc: ParsedDocument, tokens: Array<{ start: number; end: number; type: number; modifiers: number }>): number[] {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  const push = (line: number, char: number, length: number, type: number, modifiers: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, modifiers);
    prevLine = line;
    prevChar = char;
  };
  for (const t of tokens) {
    const s = doc.lines.position(t.start);
    const e = doc.lines.position(t.end);
    if (s.line === e.line) push(s.line, s.character, e.character - s.character, t.type, t.modifiers);
    else {
      for (let line = s.line; line <= e.line; line++) {
        const from = line === s.line ? s.character : 0;
        const to = line === e.line ? e.character : doc.lines.lineEnd(line) - doc.lines.lineStart(line);
        push(line, from, to - from, t.type, t.modifiers);
      }
    }
  }
  return data;
}
