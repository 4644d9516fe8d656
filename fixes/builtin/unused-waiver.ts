/** The fix for `unused-waiver` (rules/waivers.ts): remove the waiver, and its line when it has one to itself. */
import type { Diagnostic } from "../../language/diagnostic";
import type { FixDraft } from "../index";
import { formAt, type DocText } from "../text";

export function unusedWaiverFixes(t: DocText, d: Diagnostic): FixDraft[] {
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
