/** Edits to one field: its header words (type, `required`, `when`) and its property lines. */
import type { Field } from "../language/ast";
import type { TextEdit } from "../language/text-edit";
import { nothingBetween, type DocText } from "./text";

/** Indentation of the field's property lines. */
export function propertyIndent(t: DocText, field: Field): string {
  const first = field.props.find((p) => t.startsLine(p.span.start));
  return first ? t.indentAt(first.span.start) : t.indentAt(field.span.start) + t.unit;
}

/**
 * Adds a property line to a field: first in its body (`label`) or last (`lookback`,
 * `options`), creating the `{ }` body when the field has none.
 */
export function addFieldProperty(t: DocText, field: Field, line: string, where: "first" | "last"): TextEdit {
  const fieldIndent = t.indentAt(field.span.start);
  const indent = propertyIndent(t, field);
  if (!field.body) {
    const at = field.headerSpan.end;
    return { span: { start: at, end: at }, newText: ` {${t.eol}${indent}${line}${t.eol}${fieldIndent}}` };
  }
  const open = field.body.start;
  const close = field.body.end - 1;
  if (field.props.length === 0 && nothingBetween(t.doc, open + 1, close)) {
    return { span: { start: open, end: close + 1 }, newText: `{${t.eol}${indent}${line}${t.eol}${fieldIndent}}` };
  }
  if (where === "first" && field.props.length > 0) return t.insertAfter(open + 1, [line], indent, { restIndent: indent });
  return t.insertBeforeClose(close, [line], indent);
}

/** ` required` after the field's type. */
export function makeRequired(field: Field): TextEdit {
  const at = (field.type ?? field.name).span.end;
  return { span: { start: at, end: at }, newText: " required" };
}

/** Sets the field's `when` to `condition` (replacing any it has). */
export function setWhen(field: Field, condition: string): TextEdit {
  if (field.whenSpan) return { span: field.whenSpan, newText: `when ${condition}` };
  const at = field.required?.end ?? (field.type ?? field.name).span.end;
  return { span: { start: at, end: at }, newText: ` when ${condition}` };
}

/** Removes the field's `when` (and the space before it). */
export function removeWhen(t: DocText, field: Field): TextEdit | undefined {
  return field.whenSpan && removeWithBlanksBefore(t, field.whenSpan);
}

/** Removes the field's ` hidden` (with the blanks before it). */
export function removeHidden(t: DocText, field: Field): TextEdit | undefined {
  return field.hidden && removeWithBlanksBefore(t, field.hidden);
}

/** Deletes a span of a field's header together with the blanks before it, so one space stays between words. */
function removeWithBlanksBefore(t: DocText, span: { start: number; end: number }): TextEdit {
  let from = span.start;
  while (from > 0 && /[ \t]/.test(t.text[from - 1])) from--;
  return { span: { start: from, end: span.end }, newText: "" };
}

/** "dnw_follow_up" → "Dnw follow up": a label to start from when a field has none. */
export function humanise(id: string): string {
  const words = id.replace(/[_\-.]+/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}
