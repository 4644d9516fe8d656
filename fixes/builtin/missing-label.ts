/** The fix for `missing-label` (rules/builtin/field-shape.ts): a label made from the field's id. */
import type { Diagnostic } from "../../language/diagnostic";
import type { MissingLabelFacts } from "../../language/diagnostic-facts";
import { quoteString } from "../../language/format/index";
import { addFieldProperty, humanise } from "../field-edits";
import type { FixDraft } from "../index";
import { fieldAt, formAt, type DocText } from "../text";

export function missingLabelFixes(t: DocText, d: Diagnostic, data: MissingLabelFacts): FixDraft[] {
  const form = formAt(t.doc, d.span.start);
  const f = form && fieldAt(form, data.field, d.span.start);
  if (!f) return [];
  const label = humanise(f.name.text);
  return [{ title: `Add label ${quoteString(label)} to \`${f.name.text}\``, edits: [addFieldProperty(t, f, `label ${quoteString(label)}`, "first")], preferred: true }];
}
