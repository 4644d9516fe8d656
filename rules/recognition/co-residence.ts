/**
 * Living with someone is being at home with them. A question put to the person ("Do any children
 * live with you?", "Does anyone you live with hurt you?", "Is anyone in your household afraid…")
 * says "live with you" where the pack's phrases, written about the person, say "at home" ("children
 * at home", "afraid of anyone at home", "is anyone hurting you at home"). Read both as "at home".
 *
 * Only the second person: "lives with the client", "living with grandparents" name who the
 * household is, and stay as written.
 */
const LIVES_WITH_YOU = /\b(?:(?:live|lives|living)\s+with\s+you|you\s+(?:currently\s+)?live\s+with|in\s+your\s+(?:home|household|house))\b/g;

/**
 * Not living with someone is living elsewhere: "Do you have children who do not live with you?",
 * "Children not living with the client" ask about the children living elsewhere, the opposite of
 * "at home". Negation never blocks a match (recogniser.ts), so read as "at home" these asked about
 * the children at home. Read first, so the phrase is never turned into its opposite.
 */
const NOT_LIVING_WITH = /\b(?:(?:do|does|did)\s+(?:not|n't)|not|no\s+longer)\s+(?:currently\s+)?(?:live|lives|living)\s+with\s+(?:you|them|him|her|the\s+(?:client|patient|family|parents?)|their\s+parents?)\b/g;

/**
 * Children living with the person the form is about are the children at home: "Children living
 * with the client (names, ages, relationship)", on an adult mental health assessment, asks for the
 * children in the client's household, whatever age bound follows them ("Are any children under 18
 * living with the client?"). Only children as the ones living there: "Name of adult living
 * with the client" still names who else the household is.
 */
const CHILDREN_LIVING_WITH_SUBJECT = /\b(child|children|young\s+people)\s+(?:(?:aged\s+)?under\s+(?:the\s+age\s+of\s+)?1[0-9]\s+(?:years\s+(?:of\s+age\s+|old\s+)?)?)?(?:who\s+)?(?:currently\s+)?(?:live|lives|living|reside|resides|residing)\s+with\s+(?:the\s+)?(?:client|patient|service\s+user|adult|person)\b/g;

/** `text` (lower case) with each way of saying "where you live, with you" read as "at home", and its negation as "living elsewhere". */
export function readCoResidence(text: string): string {
  if (!text.includes("liv") && !text.includes("your h") && !text.includes("resid")) return text;
  return text.replace(NOT_LIVING_WITH, "living elsewhere").replace(LIVES_WITH_YOU, "at home").replace(CHILDREN_LIVING_WITH_SUBJECT, "$1 at home");
}

/**
 * Living with someone is not being with them now. "Who does the child live with?" and "Name of
 * adult living with the child" ask who the household is, not who came with the child today
 * ("name of adult with the child"). A prompt that says who someone lives with matches only a
 * phrase that itself speaks of living, home or household. ("Lives with you" was read as "at home"
 * above, so it keeps matching the phrases written "at home".)
 */
const LIVES_WITH = /\b(?:live|lives|living|lived|resides|residing|resident)\s+with\b/i;
const ABOUT_HOME = /\b(?:live|lives|living|lived|home|household|resides|residing|resident|residence)\b/i;

export function namesCoResidence(text: string): boolean {
  return LIVES_WITH.test(text);
}

/** Being with a person: "adult with the child", "who is with the child" (not "a problem with alcohol"). */
const WITH_A_PERSON = /\bwith\s+(?:the\s+|a\s+|an\s+|their\s+|your\s+)?(?:child|children|adult|adults|person|patient|client|you|young\s+person|baby|mother|woman)\b/i;

/**
 * Whether a phrase may answer a prompt about who lives with whom: any phrase but one about being
 * with a person, unless it too speaks of living, home or household. ("Lived with anyone who had a
 * problem with alcohol or drugs" still asks about drugs and alcohol in the home.)
 */
export function mayAnswerCoResidence(phrase: string): boolean {
  return !WITH_A_PERSON.test(phrase) || ABOUT_HOME.test(phrase);
}
