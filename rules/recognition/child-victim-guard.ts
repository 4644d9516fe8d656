/**
 * An act done to the child is not the adult's domestic abuse enquiry: "Has anyone hurt the child?"
 * asks whether the child has been harmed, but the enquiry's phrases ("is anyone hurting you") lose
 * their "you" to the stop words, so the act alone matched them. A prompt that names the child as
 * the one hit, hurt or harmed matches only a phrase that itself speaks of a child.
 */
const ACT_TO_A_CHILD = /\b(?:hit|hits|hitting|hurt|hurts|hurting|harm|harms|harmed|harming|kick|kicked|kicking|slap|slapped|punch|punched|shake|shook|shaken|injure|injured|abuse|abused|abusing|threaten|threatened|frighten|frightened|scare|scared)\s+(?:the|your|this|their|his|her|a|any)\s+(?:child|children|baby|babies|young\s+person|young\s+people|son|daughter|infant)\b/i;
const SPEAKS_OF_A_CHILD = /\b(?:child|children|child's|children's|baby|young\s+person|son|daughter|infant|minor)\b/i;

/** Whether a prompt names a child as the one an act was done to. */
export function actDoneToAChild(text: string): boolean {
  // Asked of every text the recogniser reads: one naming no child cannot match, and is let go first.
  return /child|bab|young|son|daughter|infant/i.test(text) && ACT_TO_A_CHILD.test(text);
}

/** Whether a phrase may answer such a prompt: one that speaks of a child. */
export function speaksOfAChild(phrase: string): boolean {
  return SPEAKS_OF_A_CHILD.test(phrase);
}
