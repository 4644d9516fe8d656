/**
 * Being happy for someone to do something, or agreeing to it, is consenting to it: "Are you happy
 * for the nurse to examine and treat your child?" asks for consent to examination and treatment,
 * "Are you happy for us to share information about you with other people involved in your care?"
 * for consent to share, and "Do you agree to have your health assessment today?" for the young
 * person's consent. Forms put consent so to patients and parents; the packs' phrases say "consent".
 *
 * Only a question about someone's willingness, with what they are willing to allow after it:
 * "Are you happy with the care you received?", "Is the child happy at school?" and "Do you agree
 * with this plan?" keep their words.
 */
const HAPPY_FOR = /\b(?:are|is|were|would)\s+(?:you|they|he|she|the\s+[a-z]+|your\s+[a-z]+)\s+(?:be\s+)?(?:happy|willing|content)\s+for\s+(?:[a-z']+\s+){1,4}?to\b/g;
const AGREE_TO = /\b(?:do|does|did|would|will)\s+(?:you|they|he|she|the\s+[a-z]+|your\s+[a-z]+)\s+agree\s+to\b/g;

/** `text` (lower case) with "are you happy for … to" and "do you agree to" read as "consent to". */
export function readConsentFrame(text: string): string {
  if (!text.includes("happy") && !text.includes("willing") && !text.includes("content") && !text.includes("agree")) return text;
  return text.replace(HAPPY_FOR, "consent to").replace(AGREE_TO, "consent to");
}
