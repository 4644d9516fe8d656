/**
 * Having children is the hidden-child question: "Do you have any children?", "Does the patient
 * have children under 18?" ask whether the adult has children (and so caring responsibilities).
 * Written so, the question keeps only "children" ("do", "you", "have", "any" are stop words),
 * which is also every heading and list about children ("Children", "Children's names"). Read
 * "have (any) children" as one word of its own, so it meets only phrases written with it.
 *
 * The adult may be named ("Has the patient got any children?", "Has the client got any kids?").
 *
 * Only a question that is wholly that, with at most an age bound after it ("havechildren" is a
 * group word to age-bounds.ts): "Do you have any children living in the household?" and "Do you
 * have children with special needs?" say more, and keep their words for the phrases that say
 * it; "Have you had any children?" (a pregnancy history) and "How many children do you have?"
 * (a count) are not read so either.
 */
const HAVE_CHILDREN = /\b(?:have|has)\s+(?:(?:you|they|he|she|(?:the\s+)?(?:patient|client|service\s+user|woman|man|person|adult))\s+)?(?:got\s+)?(?:any\s+)?(?:children|kids)(?=(?:\s+(?:under|below|aged|age|up\s+to)\s+(?:the\s+age\s+of\s+)?\d+(?:\s+years?(?:\s+old)?)?)?\s*\??\s*$)/;

/** `text` (lower case) with a question that is only "have (any) children [under N]?" read with one word for having children. */
export function readHavingChildren(text: string): string {
  if (!text.includes("children") && !text.includes("kids")) return text;
  return text.replace(HAVE_CHILDREN, "havechildren");
}
