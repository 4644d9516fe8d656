/**
 * Whole-document and range formatting through `language/format`. The whole-document result is
 * sent as the smallest single edit (common prefix and suffix kept), so the editor keeps the
 * cursor and undo history tidy. A document the formatter refuses (syntax errors) is left alone.
 */
import type { Range, TextEdit as LspTextEdit } from "vscode-languageserver";
import type { Span } from "../language/diagnostic";
import type { Workspace } from "../language/model/workspace";
import type { TextEdit } from "../language/text-edit";

export type FormatResult = { ok: true; text: string } | { ok: false; reason: string };
export type RangeFormatResult = { ok: true; edits: TextEdit[] } | { ok: false; reason: string };

/** The formatter's two entry points (language/format), passed in so this file stays pure. */
export interface Formatter {
  formatDocument(text: string): FormatResult;
  formatRange(text: string, span: Span): RangeFormatResult;
}

export type FormattingOutcome = { ok: true; edits: LspTextEdit[] } | { ok: false; reason: string };

export function formatDocumentEdits(ws: Workspace, uri: string, formatter: Formatter): FormattingOutcome {
  const doc = ws.get(uri);
  if (!doc) return { ok: true, edits: [] };
  const r = formatter.formatDocument(doc.text);
  if (!r.ok) return r;
  const edit = smallestEdit(doc.text, r.text);
  return { ok: true, edits: edit ? [{ range: doc.lines.range(edit.span), newText: edit.newText }] : [] };
}

export function formatRangeEdits(ws: Workspace, uri: string, range: Range, formatter: Formatter): FormattingOutcome {
  const doc = ws.get(uri);
  if (!doc) return { ok: true, edits: [] };
  const span = { start: doc.lines.offset(range.start), end: doc.lines.offset(range.end) };
  const r = formatter.formatRange(doc.text, span);
  if (!r.ok) return r;
  return { ok: true, edits: r.edits.map((e) => ({ range: doc.lines.range(e.span), newText: e.newText })) };
}

/** One edit turning `before` into `after`, or undefined when they are equal. */
export function smallestEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Never split a surrogate pair: LSP positions count UTF-16 units, editors count characters.
  // Nor a `\r\n`: a position between its two halves lies past the end of its line.
  if (start > 0 && (isLowSurrogate(before.charCodeAt(start)) || isCrLfMiddle(before, start))) start--;
  if (endB < before.length && (isLowSurrogate(before.charCodeAt(endB)) || isCrLfMiddle(before, endB))) {
    endB++;
    endA++;
  }
  return { span: { start, end: endB }, newText: after.slice(start, endA) };
}

function isCrLfMiddle(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 13 && text.charCodeAt(at) === 10;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
