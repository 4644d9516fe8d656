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

/** `text` (lower case) with having a carer read as being the one cared for ("caree"). */
export function readHavingACarer(text: string): string {
  return text.includes("carer") ? text.replace(HAS_A_CARER, "$1 caree") : text;
}
