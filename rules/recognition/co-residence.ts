/**
 * Living with someone is being at home with them. A question put to the person ("Do any children
 * live with you?", "Does anyone you live with hurt you?", "Is anyone in your household afraid…")
 * says "live with you" where the pack's phrases, written about the person, say "at home" ("children
 * at home", "afraid of anyone at home", "is anyone hurting you at home"). Read both as "at home".
 *
 * Only the second person: "lives with the client", "living with grandparents" name who the
 * household is, and stay as written.
 */
const LIVES_WITH_YOU = /\b(?:(?:live|lives|living)\s+with\s+you|you\s+(?:currently\s+)?live\s+with|in\s+your\s+(?:home|household|house))\b/g;

/** `text` (lower case) with each way of saying "where you live, with you" read as "at home". */
export function readCoResidence(text: string): string {
  if (!text.includes("liv") && !text.includes("your h")) return text;
  return text.replace(LIVES_WITH_YOU, "at home");
}
