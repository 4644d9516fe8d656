/**
 * The fixes for `missing-label` (rules/builtin/field-shape.ts): a label made from the field's id,
 * and, when the field has short help text of one line (a Questionnaire's fly-over or help display item, often
 * the only place its question is written), that text as the label, offered first.
 */
import type { Diagnostic } from "../../language/diagnostic";
import type { MissingLabelFacts } from "../../language/diagnostic-facts";
import { quoteString } from "../../language/format/index";
import { addFieldProperty, humanise } from "../field-edits";
import type { FixDraft } from "../index";
import { fieldAt, formAt, type DocText } from "../text";

/** Longer help is guidance, not a question's wording: it is not offered as the label. */
const MAX_HELP_AS_LABEL = 120;

export function missingLabelFixes(t: DocText, d: Diagnostic, data: MissingLabelFacts): FixDraft[] {
  const form = formAt(t.doc, d.span.start);
  const f = form && fieldAt(form, data.field, d.span.start);
  if (!f) return [];
  const add = (label: string, preferred: boolean): FixDraft => ({ title: `Add label ${quoteString(label)} to \`${f.name.text}\``, edits: [addFieldProperty(t, f, `label ${quoteString(label)}`, "first")], preferred });
  const help = f.help?.value.trim();
  const fromId = humanise(f.name.text);
  // Offered, never applied unasked (`lint --fix`): only a person can tell a question from guidance.
  if (help && help.length <= MAX_HELP_AS_LABEL && !/[\r\n]/.test(help) && help !== fromId) return [add(help, false), add(fromId, true)];
  return [add(fromId, true)];
}
