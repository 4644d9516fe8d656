/**
 * "Any other concerns" asks for concerns. The *other* in "Do you have any other safety or welfare
 * concerns about the children?" only says "besides those asked already": it is the frame a form
 * closes a section with, not a word about what is asked. Read off, the question meets "welfare
 * concerns" as "Do you have any welfare concerns…?" does.
 *
 * Only between "any" and a worry noun a few words on (concerns, worries, problems, difficulties,
 * issues): "any other children", "any other adults in the household" keep their *other*, which
 * says who.
 */
const ANY_OTHER_CONCERN = /\bany\s+other\s+(?=(?:[a-z'-]+\s+){0,3}(?:concerns?|worries|worry|problems?|difficult(?:y|ies)|issues?)\b)/g;

/** `text` (lower case) with "any other … concerns" read as "any … concerns". */
export function readAnyOtherConcern(text: string): string {
  if (!text.includes("any other")) return text;
  return text.replace(ANY_OTHER_CONCERN, "any ");
}
