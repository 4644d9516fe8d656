/**
 * Being with the child is accompanying them: "Who is with the child today?" and "Name of adult with
 * child" ask who accompanies the child. Written with "with", the question loses its only
 * telling word (a stop word), and "who … the child" is then any question about the child: "Who
 * referred the child?" was read as the accompanying adult's name. Read "with" after a person and
 * before the child (or "you") as "accompanying", in the packs' phrases as in the forms' labels.
 *
 * Only that order: "Who does the child live with?" and "Person with parental responsibility" keep
 * their words (co-residence.ts tells living with someone from being with them now).
 */
const WITH_THE_CHILD = /\b(who|adult|person|parent|carer|someone|anyone|anybody)((?:'s|\s+is|\s+are|\s+was)?(?:\s+(?:here|today|now|currently|also|present))?)\s+with\s+(?=(?:(?:the|this|your)\s+)?(?:child|young\s+person|patient|baby|infant)\b|you\b)/g;

/**
 * Coming with someone, as an ED record writes it: "Attended with", "Who has the child come with?",
 * "Arrived with:", "Who has come with your child today?", "Person attending with patient", the place
 * between or not ("the adult who has come to the department with the child", round 20), "Name of
 * adult attending with child" (a bare "child" only where the label ends: "Attended with child
 * protection concerns" says why). Only
 * where "with" ends the prompt, or a person follows it: "Attended with a head injury" and
 * "Presented with abdominal pain" say why the child came, not with whom. Coming in with the child is
 * coming with them (round 24, set AI: "Who came in with the child today, and what is their full name?").
 */
const CAME_WITH = /\b(?:attended|attending|attends|came(?:\s+in)?|come(?:\s+in)?|arrived|arrives)(?:\s+(?:to\s+|at\s+)?(?:the\s+)?(?:department|ed|unit|hospital|clinic|here|surgery|practice))?\s+with(?=\s*[:?]?\s*$|\s+(?:whom|mother|father|mum|dad|parents?|carers?|guardians?|adults?|relatives?|grandparents?|family)\b|\s+(?:(?:the|your|this)\s+(?:child|young\s+person|patient|baby)|patient|you)\b|\s+(?:child|baby)(?=\s*(?:[:?.,]|today\b|$)))/g;

/**
 * Brought by a vehicle is how the child arrived, not who brought them: "Was the child brought by
 * ambulance?" is not "Brought in by" (the accompanying adult).
 */
const BROUGHT_BY_VEHICLE = /\bbrought\s+(?:in\s+)?by\s+(?=(?:an?\s+)?(?:ambulance|paramedics?|car|taxi|helicopter|air|bus)\b)/g;

/**
 * Brought in by someone is accompanied by them: "Child brought in by - full name" names the
 * accompanying adult, and a bare "Their relationship to child" after it is that adult's (round 18,
 * set W). Read after BROUGHT_BY_VEHICLE, so an ambulance is never a person.
 */
const BROUGHT_IN_BY = /\bbrought\s+(?:in\s+)?by\b/g;

/**
 * How someone is related to the child is their relationship to the child: "How is the person with
 * you today related to the child?". Only related *to* a person: "alcohol-related", "related to the
 * incident" keep their words.
 */
const RELATED_TO_SOMEONE = /\brelated\s+to\s+(?=(?:(?:the|this|your)\s+)?(?:child|young\s+person|patient|baby|infant|client|you)\b)/g;

/**
 * "How is this person related to the child?" after "Who came in with the child today?" asks how the
 * person the field before names is related: their relationship, a slot read beside that field
 * (round 24, set AI). Not "the person with you", which names the accompanying person itself.
 */
const HOW_RELATED = /\bhow\s+(?:is|are)\s+(?:(?:this|that)\s+(?:adult|person|individual)|they|he|she)\s+(?=related\s+to\b)/g;

/**
 * "Accompanied by (person type)", "Accompanied by (relationship)" (normalise.ts keeps the bracket's
 * word): what the accompanying person is to the child, as the national data sets code it.
 */
const ACCOMPANIED_BY_RELATIONSHIP = /\baccompanied\s+by\s+relationship\b/g;

/** `text` (lower case) with "with the child" after a person, or "came with" someone, read as accompanying. */
export function readAccompanying(text: string): string {
  if (text.includes("brought")) text = text.replace(BROUGHT_BY_VEHICLE, "arrived by ").replace(BROUGHT_IN_BY, "accompanied by");
  if (text.includes(" relationship")) text = text.replace(ACCOMPANIED_BY_RELATIONSHIP, "relationship of accompanying adult");
  if (text.includes("related to")) text = text.replace(HOW_RELATED, "their ").replace(RELATED_TO_SOMEONE, "relationship to ");
  if (!text.includes("with")) return text;
  return text.replace(WITH_THE_CHILD, (_, who: string) => `${who} accompanying `).replace(CAME_WITH, "accompanied by");
}
