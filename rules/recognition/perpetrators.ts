/**
 * Who hurt someone does not change what is asked: "Has the contact client ever hit, kicked,
 * slapped, or physically hurt you within the last year?" (an HIV index-testing form's partner
 * violence screen) asks what "Within the last year, have you been hit, slapped, kicked or otherwise
 * physically hurt by someone?" asks. Forms name the person they ask about (your partner, the
 * contact client, the respondent); the packs' phrases say "anyone" or "your partner". Read
 * whoever else has hurt, threatened or forced *you* as "anyone", in prompts and phrases alike, so
 * the act is what is compared; a partner, husband or wife stays as written, as the phrases name
 * them.
 *
 * The same act said the other way round reads the same: "Have you ever been physically abused by
 * the respondent?" (a protective-order form) is "…abused by anyone", and "Are you threatened or fear
 * the contact client?" fears "anyone".
 *
 * Only an act done to "you": "Has anyone ever hurt the child?" keeps its words.
 */
const ACTS = String.raw`(?:hit|kick|slap|punch|push|shov|hurt|harm|threaten|forc|abus|chok|strangl|frighten|scar|insult|control|beat)\w*`;
const MANNER = String.raw`(?:(?:emotionally|physically|sexually|verbally)\s+(?:or\s+|and\s+)?)*`;
const SOMEONE_DID_IT_TO_YOU = new RegExp(
  String.raw`\b(has|have|did|does|do)\s+(?:the|your|a|an|this|that|any)\s+(?:[a-z'-]+\s+){0,3}?(ever\s+)?(?=${MANNER}${ACTS}\b[^?.]*?\byou\b)`,
  "g",
);

/** "have you (ever) been (physically) abused by the respondent": the one after "by" did it to you. */
const YOU_WERE_HURT_BY = new RegExp(
  String.raw`\b(you\s+(?:ever\s+)?(?:been|being|were|got)\s+(?:ever\s+)?${MANNER}${ACTS}(?:\s+or\s+${MANNER}${ACTS})*\s+by)\s+((?:the|your|a|an|this|that|any)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+)(?=\s*(?:[?.,]|$|\b(?:in|within|during|since|before|after|at|when)\b))`,
  "g",
);
/** Who may be feared at home: the feared must be a person ("Do you fear the dark?" keeps its words). */
const PERSON = String.raw`(?:(?:the|your|a|an|this|that|any)\s+(?:[a-z'-]+\s+){0,2}?(?:respondent|client|person|parent|mother|father|relative|member|abuser|spouse|partner|ex-partner|husband|wife|boyfriend|girlfriend)|him|her|them)`;
/** "are you afraid of / do you fear the contact client": the one feared. */
const YOU_FEAR = new RegExp(String.raw`\b(you\s+(?:\w+\s+(?:or|and)\s+)?(?:(?:ever\s+)?(?:afraid|scared|frightened|fearful)\s+of|fear))\s+(${PERSON})(?=\s*(?:[?.,]|$))`, "g");

/**
 * Abuse by someone at work or in care is not domestic abuse: "Have you been abused by a
 * professional?" keeps its words.
 */
const NOT_DOMESTIC = /\b(?:professional|staff|doctor|nurse|teacher|carer|worker|police|officer|stranger|member\s+of\s+the\s+public)s?\b/;

/** People the packs' phrases already name as the one who hurts: left as written. */
const NAMED_IN_PHRASES = /\b(?:partner|ex|husband|wife|boyfriend|girlfriend|anyone|someone|anybody|somebody)\b/;

/** Whether the person named stays as written: the phrases name them, or they are not at home. */
function keepsTheirName(person: string): boolean {
  return NAMED_IN_PHRASES.test(person) || NOT_DOMESTIC.test(person);
}

/** `text` (lower case) with whoever did the act to "you" read as "anyone". */
export function readPerpetrator(text: string): string {
  if (!text.includes("you")) return text;
  return text
    .replace(SOMEONE_DID_IT_TO_YOU, (whole: string, aux: string, ever: string | undefined) => (NAMED_IN_PHRASES.test(whole) ? whole : `${aux} anyone ${ever ?? ""}`))
    .replace(YOU_WERE_HURT_BY, (whole: string, before: string, person: string) => (keepsTheirName(person) ? whole : `${before} anyone`))
    .replace(YOU_FEAR, (_whole: string, before: string, person: string) => `${before.replace(/\bfear$/, "afraid of")} ${keepsTheirName(person) ? person : "anyone"}`);
}
