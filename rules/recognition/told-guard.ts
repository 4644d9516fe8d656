/**
 * Being told is not telling: "Has the child been told about the referral?" asks whether the child was
 * informed, not what the child said ("What has the child told you?", the child's voice). The words are
 * the same; which way the telling goes is in "been", "was" or "is" before it. A prompt in which someone
 * is told is answered only by a phrase in which someone is told or informed too, never by one in which
 * they tell.
 */
/** "been told", "was informed", "Was the young person informed": someone told, perhaps named between (not informed consent). */
const IS_TOLD = /\b(?:been|was|were|is|are|be|being)\s+(?:(?:the\s+)?[a-z]+(?:\s+person)?\s+)?(?:told|informed(?!\s+consent))\b/i;
/** Someone telling the practitioner ("told you", "said"); "the service told the child is looked after" is a notice. */
const SOMEONE_TELLS = /\b(?:told|tell|tells|telling)\s+(?:you|us|me)\b|\b(?:says|said|say)\b/i;

/** Whether a prompt asks whether someone was told something. */
export function asksWhetherTold(prompt: string): boolean {
  return IS_TOLD.test(prompt);
}

/** Whether a phrase may answer it: someone told or informed, not someone telling. */
export function namesBeingTold(phrase: string): boolean {
  return !SOMEONE_TELLS.test(phrase);
}
