/**
 * Looking after a child is minding them; a looked-after child is one in the care of a local
 * authority. "Who was looking after the child when the injury happened?" asks who was minding the
 * child, not whether the child is looked after ("LAC"). The present forms ("look after", "looks
 * after", "looking after") are read as one word of their own, so they meet only phrases written
 * with them ("Do you look after any children?", "who is looking after the children"); the past
 * participle ("looked after") keeps the legal status.
 */
const LOOKING_AFTER = /\b(?:look|looks|looking)\s+after\b/g;

/** `text` (lower case) with "look(s|ing) after" read as one word. */
export function readLookingAfter(text: string): string {
  if (!text.includes("after")) return text;
  return text.replace(LOOKING_AFTER, "lookafter");
}
