/**
 * Looking after a child is minding them; a looked-after child is one in the care of a local
 * authority. "Who was looking after the child when the injury happened?" asks who was minding the
 * child, not whether the child is looked after ("LAC"). The present forms ("look after", "looks
 * after", "looking after") are read as one word of their own, so they meet only phrases written
 * with them ("Do you look after any children?", "who is looking after the children"); the past
 * participle ("looked after") keeps the legal status.
 */
const LOOKING_AFTER = /\b(?:look|looks|looking)\s+after\b/g;
/**
 * Caring for someone, in its present forms, is looking after them: "Who is caring for the
 * children while you are here?" asks who is minding them, as "Who is looking after the children?"
 * does. Not the bare "care for" (a noun as often as a verb: "plan of care for the baby"), and not
 * "caring responsibilities".
 */
const CARING_FOR = /\b(?:caring|cares)\s+for\b/g;

/** `text` (lower case) with "look(s|ing) after" and "caring for" read as one word. */
export function readLookingAfter(text: string): string {
  if (text.includes("after")) text = text.replace(LOOKING_AFTER, "lookafter");
  if (text.includes("for")) text = text.replace(CARING_FOR, "lookafter");
  return text;
}
