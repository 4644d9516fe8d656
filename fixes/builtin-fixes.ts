/**
 * Fixes for built-in checks: a label for an unlabelled field, `covers` for a field whose label
 * was recognised, the suggested id for an unknown one, removing an unused waiver.
 */
import type { Diagnostic } from "../language/diagnostic";
import { quoteString } from "../language/format/index";
import { addFieldProperty, humanise } from "./field-edits";
import type { FixDraft } from "./index";
import { fieldAt, formAt, type DocText } from "./text";

const RENAMABLE = new Set(["unknown-concept", "unknown-service", "unknown-audience", "unknown-rule", "unknown-field", "unknown-type"]);

export function builtinFixes(t: DocText, d: Diagnostic): FixDraft[] {
  const data = d.data ?? {};
  if (d.ruleId === "missing-label") {
    const form = formAt(t.doc, d.span.start);
    const f = form && fieldAt(form, typeof data.field === "string" ? data.field : undefined, d.span.start);
    if (!f) return [];
    const label = humanise(f.name.text);
    return [{ title: `Add label ${quoteString(label)} to \`${f.name.text}\``, edits: [addFieldProperty(t, f, `label ${quoteString(label)}`, "first")], preferred: true }];
  }
  if (d.ruleId === "recognised-concept") {
    // Recognition is a guess from the label's words (and guesses wrong: a consent question can
    // look like one about information from CAMHS). Claiming coverage is the author's call, so
    // this is offered in the editor, never applied by --fix.
    const form = formAt(t.doc, d.span.start);
    const f = form && fieldAt(form, typeof data.field === "string" ? data.field : undefined, d.span.start);
    const concept = typeof data.concept === "string" ? data.concept : undefined;
    if (!f || !concept || f.covers.some((c) => c.text === concept)) return [];
    return [{ title: `Add \`covers ${concept}\` to \`${f.name.text}\``, edits: [addFieldProperty(t, f, `covers ${concept}`, "last")], preferred: false }];
  }
  if (RENAMABLE.has(d.ruleId)) {
    const written = t.text.slice(d.span.start, d.span.end);
    const id = typeof data.id === "string" ? data.id : written;
    // The diagnostic must still point at the id it names (the document may have moved on).
    if (written !== id) return [];
    if (typeof data.suggestion === "string" && data.suggestion) {
      return [{ title: `Replace \`${id}\` with \`${data.suggestion}\``, edits: [{ span: d.span, newText: data.suggestion }], preferred: true }];
    }
    if (Array.isArray(data.candidates)) {
      return (data.candidates as string[]).map((c) => ({ title: `Write the qualified id \`${c}\``, edits: [{ span: d.span, newText: c }], preferred: false }));
    }
    return [];
  }
  if (d.ruleId === "unused-waiver") {
    const form = formAt(t.doc, d.span.start);
    const w = form?.waivers.find((x) => x.span.start <= d.span.start && d.span.end <= x.span.end);
    if (!w) return [];
    // The whole line (with its line break) when the waiver has it to itself; else just the waiver.
    let span = w.span;
    const lineEnd = t.cleanLineEnd(w.span.end);
    if (t.startsLine(w.span.start) && lineEnd !== undefined && !/\S/.test(t.text.slice(w.span.end, lineEnd))) {
      const breakLength = t.text.startsWith("\r\n", lineEnd) ? 2 : lineEnd < t.text.length ? 1 : 0;
      span = { start: t.lineStart(w.span.start), end: lineEnd + breakLength };
      // A blank line that set the waiver apart goes too when nothing follows it in the block.
      const prevStart = span.start > 0 ? t.lineStart(span.start - 1) : span.start;
      const next = t.text.slice(span.end).split(/\r\n|\r|\n/, 1)[0].trim();
      if (prevStart < span.start && !/\S/.test(t.text.slice(prevStart, span.start)) && next.startsWith("}")) span = { start: prevStart, end: span.end };
    }
    return [{ title: `Remove the unused waiver of \`${w.rule.text}\``, edits: [{ span, newText: "" }], preferred: false }];
  }
  return [];
}
