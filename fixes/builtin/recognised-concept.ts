/** The fix for `recognised-concept` (rules/recognition/): `covers CONCEPT` on the recognised field. */
import type { Diagnostic } from "../../language/diagnostic";
import type { RecognisedConceptFacts } from "../../language/diagnostic-facts";
import { addFieldProperty } from "../field-edits";
import type { FixDraft } from "../index";
import { fieldAt, formAt, type DocText } from "../text";

export function recognisedConceptFixes(t: DocText, d: Diagnostic, data: RecognisedConceptFacts): FixDraft[] {
  // Recognition is a guess from the label's words (and guesses wrong: a consent question can
  // look like one about information from CAMHS). Claiming coverage is the author's call, so
  // this is offered in the editor, never applied by --fix.
  const form = formAt(t.doc, d.span.start);
  const f = form && fieldAt(form, data.field, d.span.start);
  if (!f || f.covers.some((c) => c.text === data.concept)) return [];
  return [{ title: `Add \`covers ${data.concept}\` to \`${f.name.text}\``, edits: [addFieldProperty(t, f, `covers ${data.concept}`, "last")], preferred: false }];
}
