/** Fixes for the `unknown-*` ids (rules/builtin/unknown-id.ts, conditions.ts, field-shape.ts): the suggested id, or a qualified one. */
import type { Diagnostic } from "../../language/diagnostic";
import type { UnknownIdFacts } from "../../language/diagnostic-facts";
import type { FixDraft } from "../index";
import type { DocText } from "../text";

export function unknownIdFixes(t: DocText, d: Diagnostic, data: UnknownIdFacts): FixDraft[] {
  // The diagnostic must still point at the id it names (the document may have moved on).
  if (t.text.slice(d.span.start, d.span.end) !== data.id) return [];
  if (data.suggestion) {
    return [{ title: `Replace \`${data.id}\` with \`${data.suggestion}\``, edits: [{ span: d.span, newText: data.suggestion }], preferred: true }];
  }
  return (data.candidates ?? []).map((c) => ({ title: `Write the qualified id \`${c}\``, edits: [{ span: d.span, newText: c }], preferred: false }));
}
