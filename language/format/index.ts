/**
 * `formguard fmt`, the editor's "Format Document" and "Format Selection": one canonical style
 * for forms and rule packs.
 *
 * - 2-space indentation, one property per line, `{` on the line it opens, `}` on a line of its own
 *   (an empty block is `{ }`);
 * - tokens separated by one space; no space before `,` or around `..`; strings re-escaped
 *   canonically; conditions and selectors with the fewest parentheses that keep their meaning;
 * - blank lines as described in print.ts; exactly one line break at the end of the file;
 * - every comment kept, in place (see tree.ts); CRLF line breaks and a byte-order mark kept.
 *
 * The formatter prints the tokens the author wrote, in order: only white space, parentheses
 * and string escapes change, so `parse(format(x))` has the same AST as `parse(x)`. A document
 * with syntax errors is refused, never half-formatted.
 */
import type { Span } from "../diagnostic";
import { LineIndex } from "../line-index";
import { parseWithTokens } from "../parse";
import type { TextEdit } from "../text-edit";
import { Printer } from "./print";
import { TreeBuilder, type Elem, type NodeElem } from "./tree";

export { quoteString } from "./strings";

export type FormatResult = { ok: true; text: string } | { ok: false; reason: string };
export type RangeFormatResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

interface Formatted {
  ok: true;
  /** Output with `\n` line breaks and no byte-order mark. */
  lf: string;
  /** Output exactly as it should be written. */
  text: string;
  eol: string;
  elems: Elem[];
  printer: Printer;
}

/** The text's first line break (`\r\n`, a lone `\r` as old Mac files have, or `\n`); `\n` if none. */
export function lineEnding(text: string): string {
  const i = text.search(/\r\n|\r|\n/);
  return i < 0 ? "\n" : text.startsWith("\r\n", i) ? "\r\n" : text[i];
}

function formatInternal(text: string): Formatted | { ok: false; reason: string } {
  // One lex and one parse: the AST says where each member is, the tokens what to print.
  const { doc: parsed, tokens } = parseWithTokens("format", text);
  if (parsed.syntaxErrors.length) {
    const e = parsed.syntaxErrors[0];
    const n = parsed.syntaxErrors.length;
    return {
      ok: false,
      reason: `Not formatted: the document has ${n === 1 ? "a syntax error" : `${n} syntax errors`}; ${n === 1 ? "it is" : "the first is"} at line ${e.range.start.line + 1}, column ${e.range.start.character + 1}: ${e.message}`,
    };
  }
  const comments = parsed.ast.comments.map((c) => ({ text: c.text, block: c.block, start: c.span.start, end: c.span.end }));
  const elems = new TreeBuilder(text, tokens, comments).document(parsed.ast.items);
  const printer = new Printer();
  printer.document(elems);
  const lf = printer.lines.length ? printer.lines.join("\n") + "\n" : "";
  const eol = lineEnding(text);
  const bom = text.charCodeAt(0) === 0xfeff ? "\uFEFF" : "";
  return { ok: true, lf, text: bom + (eol === "\n" ? lf : lf.replace(/\n/g, eol)), eol, elems, printer };
}

/** The whole document in the canonical style, or why it cannot be formatted. */
export function formatDocument(text: string): FormatResult {
  const r = formatInternal(text);
  return r.ok ? { ok: true, text: r.text } : r;
}

/**
 * Formats the smallest top-level items or members that cover `span` (a property line, a field,
 * a section, a rule…), as `formatDocument` would, and returns edits only inside them.
 */
export function formatRange(text: string, span: Span): RangeFormatResult {
  const r = formatInternal(text);
  if (!r.ok) return r;
  if (r.text === text) return { ok: true, edits: [] };
  const lines = new LineIndex(text);
  const s = Math.max(0, Math.min(span.start, span.end));
  const e = Math.min(text.length, Math.max(span.start, span.end));

  const candidates = coveringGroups(r.elems, s, e);
  if (candidates.length === 0) return { ok: true, edits: [] };
  // Innermost first: the first group that owns whole lines of the source is replaced.
  for (const group of candidates.reverse()) {
    const from = group[0];
    const to = group[group.length - 1];
    const start = from.start;
    const end = elemEnd(to);
    const lineStart = lines.lineStart(lines.position(start).line);
    const lineEnd = lines.lineEnd(lines.position(end).line);
    if (/\S/.test(text.slice(lineStart, start).replace(/^\uFEFF/, "")) || /\S/.test(text.slice(end, lineEnd))) continue;
    const first = r.printer.ranges.get(from)![0];
    const last = r.printer.ranges.get(to)![1];
    const newText = r.printer.lines.slice(first, last + 1).join(r.eol);
    const edit: TextEdit = { span: { start: lineStart, end: lineEnd }, newText };
    return { ok: true, edits: text.slice(lineStart, lineEnd) === newText ? [] : [edit] };
  }
  return { ok: true, edits: [{ span: { start: 0, end: text.length }, newText: r.text }] };
}

function elemEnd(e: Elem): number {
  if (e.kind === "comment") return e.end;
  const t = e.trailing[e.trailing.length - 1];
  return t ? Math.max(t.end, e.end) : e.end;
}

function overlaps(e: Elem, s: number, end: number): boolean {
  const a = e.start;
  const b = elemEnd(e);
  return s === end ? a <= s && s <= b : a < end && s < b;
}

/**
 * Runs of sibling elements covering [s, e], outermost first: at each level, the elements of
 * one body that the range touches; deeper levels while the range lies inside one block's body.
 */
function coveringGroups(elems: Elem[], s: number, e: number): Elem[][] {
  const out: Elem[][] = [];
  let level = elems;
  for (;;) {
    const over = level.filter((x) => overlaps(x, s, e));
    if (over.length === 0) break;
    out.push(over);
    const only = over[0] as NodeElem;
    if (over.length !== 1 || only.kind !== "node" || !only.block) break;
    const b = only.block;
    if (!(s > b.open && e <= b.close)) break;
    level = b.body;
  }
  return out;
}
