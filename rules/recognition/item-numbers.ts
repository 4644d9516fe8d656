/**
 * A questionnaire's item number is not part of its question. "8. How often do you eat vegetables
 * or fruit?", "Q3) Do you smoke?", "2a: Date of birth" ask what they would ask unnumbered; read
 * with the number, the question's opening is not at its start (so its topic is not found) and the
 * number is a word no phrase explains.
 *
 * Only a number that opens the label and is closed by ".", ")" or ":" and a space: "12 months",
 * "18 or over" and "2.5 hours of physical activity" keep their numbers.
 */
const ITEM_NUMBER = /^\s*(?:q(?:uestion)?\s*)?\d{1,3}[a-z]?\s*[.):]\s+(?=\S)/i;
/**
 * A section's numbering: "2.1b By when?", "1.3 Are you currently in care?", "3.4 What needs to
 * change?". Only before a capital letter: "2.5 hours of physical activity" keeps its number.
 */
const SECTION_NUMBER = /^\s*\d{1,3}(?:\.\d{1,3})+[a-z]?[.):]?\s+(?=[A-Z])/;

/** `text` without the item number it opens with. */
export function withoutItemNumber(text: string): string {
  if (ITEM_NUMBER.test(text)) return text.replace(ITEM_NUMBER, "");
  return SECTION_NUMBER.test(text) ? text.replace(SECTION_NUMBER, "") : text;
}
