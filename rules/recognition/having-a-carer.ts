/**
 * Having a carer is being cared for, the opposite of being one: "Does the patient have a carer?"
 * (asked of frail adults on every ED record) is not "Is the patient a carer?", the hidden child's
 * question. With "have" and "a" stop words, both read "patient carer", so the first was taken for
 * the caring responsibilities it does not ask about, and a form without the hidden-child prompt was
 * told it had one. Read as "caree", the one cared for, a word no phrase uses.
 *
 * Not a carer's own things: "Do you have a carer's assessment?", "have carer allowance", "have a
 * carer role" keep their words.
 */
const HAS_A_CARER = /\b(have|has|had|having)\s+(?:got\s+)?(?:a|an|any)\s+(?:(?:paid|unpaid|main|family|formal|informal|named|regular|professional|home)\s+)?carers?\b(?!\s+(?:assessment|allowance|support|card|break|role|responsibilit\w*|element|credit|premium))/g;

/** Being supported or looked after by a carer is having one: "Pt supported by a carer". */
const CARED_FOR_BY_A_CARER = /\b(?:supported|looked\s+after|cared\s+for|helped|visited)\s+by\s+(?:a|an|any|their|his|her|a\s+paid|a\s+family)\s+carers?\b/g;
/**
 * Caring for an adult is not caring for children: "Pt is main carer for an adult", "carer for her
 * elderly mother" ask about the adult the patient looks after, which the hidden child's question
 * does not (a young carer of a parent is asked about on a child's form in other words).
 */
const CARER_FOR_AN_ADULT = /\bcarers?\s+(?:for|of|to)\s+(?:an?\s+|their\s+|his\s+|her\s+|your\s+|my\s+)?(?:(?:elderly|older|disabled|frail|sick|ill|vulnerable)\s+)?(?:adults?|partner|spouse|husband|wife|relative|grandparent|parent|mother|father|mum|dad)\b/g;

/** `text` (lower case) with having a carer read as being the one cared for ("caree"), and caring for an adult as caring for a "caree". */
export function readHavingACarer(text: string): string {
  if (!text.includes("carer")) return text;
  return text.replace(HAS_A_CARER, "$1 caree").replace(CARED_FOR_BY_A_CARER, "has caree").replace(CARER_FOR_AN_ADULT, "caree");
}
