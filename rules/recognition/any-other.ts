/**
 * "Any other concerns" asks for concerns. The *other* in "Do you have any other safety or welfare
 * concerns about the children?" only says "besides those asked already": it is the frame a form
 * closes a section with, not a word about what is asked. Read off, the question meets "welfare
 * concerns" as "Do you have any welfare concerns…?" does.
 *
 * So in "any other" before anything but people: "Will you get any other income this year?" asks
 * about income, as "Do you have any debts?" asks about debts (6 December 2026, on the real labels'
 * tuning part). "Any other children", "any other adults in the household", "any other
 * professionals involved" keep their *other*, which says who: other children than this one are the
 * child's siblings, not the child.
 */
/**
 * Before a worry noun a few words on, even past a word for people: "any other family concerns",
 * "any other child protection concerns" are concerns, which the rule below alone would leave.
 */
const ANY_OTHER_CONCERN = /\bany\s+other\s+(?=(?:[a-z'-]+\s+){0,3}(?:concerns?|worries|worry|problems?|difficult(?:y|ies)|issues?)\b)/g;
/** "any other" not followed, within two words, by a word for people (or "one": "any other one"). */
const ANY_OTHER_THING = /\bany\s+other\s+(?!(?:[a-z'-]+\s+){0,2}(?:children|child|adults?|people|persons?|members?|siblings?|brothers?|sisters?|family|relatives?|professionals?|agenc(?:y|ies)|services?|carers?|parents?|partners?|household|one|ones|name)\b)/g;

/** `text` (lower case) with "any other …" read as "any …", unless what follows names people. */
export function readAnyOther(text: string): string {
  if (!text.includes("any other")) return text;
  return text.replace(ANY_OTHER_CONCERN, "any ").replace(ANY_OTHER_THING, "any ");
}
