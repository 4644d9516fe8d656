/**
 * A child's play with other children is how they get on with their peers, not whether they have
 * brothers or sisters: "Is your child interested in other children?" (an M-CHAT item) and "Does your
 * child play with other children?" were read as the other children in the family through "other
 * children" alone. A prompt that asks how a child plays, mixes or gets on with other children is
 * answered only by a phrase that speaks of such play, and no shipped phrase does.
 */
const WITH_OTHER_CHILDREN = /\b(?:play(?:s|ed|ing)?|interested|interest|interact(?:s|ed|ing)?|mix(?:es|ed|ing)?|get(?:s|ting)?\s+(?:on|along)|socialis(?:e|es|ing)|socializ(?:e|es|ing)|shar(?:e|es|ing)|friends|friendly|copy|copies|imitat(?:e|es|ing)|bull(?:y|ies|ied|ying))(?:\s+[a-z]+ly)?\s+(?:well\s+)?(?:with|in|by|to)\s+(?:the\s+)?other\s+(?:children|kids|child)\b/i;

/** Whether a prompt asks how a child plays or gets on with other children. */
export function asksPeerPlay(prompt: string): boolean {
  // Asked of every text the recogniser reads: one without "other" cannot match, and is let go first.
  return /other/i.test(prompt) && WITH_OTHER_CHILDREN.test(prompt);
}

/** Whether a phrase speaks of a child's play with other children (so may answer such a prompt). */
export function speaksOfPeerPlay(phrase: string): boolean {
  return WITH_OTHER_CHILDREN.test(phrase);
}
