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

/** `text` without the item number it opens with. */
export function withoutItemNumber(text: string): string {
  return ITEM_NUMBER.test(text) ? text.replace(ITEM_NUMBER, "") : text;
}
