/**
 * A person's field whose bracket says they are completing the form: "Name of referrer (person
 * completing this form)", "Practitioner bringing the case (completing this record)", "Your name (the
 * practitioner who identified the concern and is making this referral)". The bracket is no aside:
 * it says whose the name is, the completer's, however the words before it name them. Such a field
 * is read as a sign-off block's name (sign-off.ts): the name of the practitioner completing the form.
 *
 * Only a field that asks for a person, not their contact details, signature or a date; and only a
 * bracket naming the completing itself ("completing this form", "making this referral"), not one
 * naming someone else ("Name (of the person accompanying)").
 */
const BRACKET = /\(([^()]*)\)/g;
/** "completing this form", "person completing", "filling in this record", "making this referral". */
const COMPLETING = /\b(?:completing|filling\s+in|filling\s+out|writing)\s+(?:this|the)\s+(?:form|record|assessment|referral|report|plan)\b|\b(?:person|practitioner|professional|clinician)\s+completing\b|\bmaking\s+(?:this|the)\s+referral\b/i;
/** What the words outside the bracket must ask: a name, or the person by their trade. */
const A_PERSON = /\b(?:name|names|practitioner|professional|clinician|referrer|worker|nurse|midwife|doctor|health\s+visitor)\b/i;
/** What a completer's field asks besides the name: contact details, a signature, a date. */
const NOT_A_NAME = /\b(?:phone|telephone|email|e-mail|address|signature|signed|date|contact)\b/i;

/** Whether a label asks for the name of whoever completes the form, by a bracket that says so. */
export function namesCompleterInBracket(label: string): boolean {
  if (!label.includes("(")) return false;
  let completing = false;
  for (const m of label.matchAll(BRACKET)) if (COMPLETING.test(m[1])) completing = true;
  if (!completing) return false;
  const outside = label.replace(BRACKET, " ");
  return A_PERSON.test(outside) && !NOT_A_NAME.test(outside);
}
