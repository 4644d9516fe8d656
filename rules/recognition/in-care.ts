/**
 * Being "in care", or taken or coming "into care", is the legal status of a child looked after by
 * the local authority, one word of its own. Written with its words, it shares "care" with caring
 * for someone: "Have any of your children been taken into care?" was read as the adult's caring
 * responsibilities through "care for any children". Read so in the packs' phrases and the forms'
 * labels alike.
 *
 * Not "in (the) care of" someone, a care home, a care plan or care settings: "in care of her
 * grandmother", "lives in a care home" keep their words.
 */
const IN_CARE = /\b(?:in|into)\s+care\b(?!\s+(?:of|home|homes|plan|plans|planning|setting|settings|provider|providers|proceedings)\b)/g;

/**
 * In (or into) the care "of" the local authority, the council or children's social care is the
 * same status: "Is the student in the care of the local authority?", "Date the child came into
 * the care of the local authority". Only those carers: "in the care of her grandmother" keeps its words.
 */
const IN_THE_CARE_OF_AUTHORITY = /\b(?:in|into)\s+the\s+care\s+of\s+(?:the\s+)?(?:local\s+authority|council|children(?:'s)?\s+social\s+care|state)\b/g;

/** `text` (lower case) with "in care" / "into care" read as one word. */
export function readInCare(text: string): string {
  if (!text.includes(" care")) return text;
  return text.replace(IN_THE_CARE_OF_AUTHORITY, "incare").replace(IN_CARE, "incare");
}
