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
 * Only an act done to "you": "Has anyone ever hurt the child?" keeps its words.
 */
const ACTS = String.raw`(?:hit|kick|slap|punch|push|shov|hurt|harm|threaten|forc|abus|chok|strangl|frighten|scar|insult|control|beat)\w*`;
const MANNER = String.raw`(?:(?:emotionally|physically|sexually|verbally)\s+(?:or\s+|and\s+)?)*`;
const SOMEONE_DID_IT_TO_YOU = new RegExp(
  String.raw`\b(has|have|did|does|do)\s+(?:the|your|a|an|this|that|any)\s+(?:[a-z'-]+\s+){0,3}?(ever\s+)?(?=${MANNER}${ACTS}\b[^?.]*?\byou\b)`,
  "g",
);

/** People the packs' phrases already name as the one who hurts: left as written. */
const NAMED_IN_PHRASES = /\b(?:partner|ex|husband|wife|boyfriend|girlfriend|anyone|someone|anybody|somebody)\b/;

/** `text` (lower case) with whoever did the act to "you" read as "anyone". */
export function readPerpetrator(text: string): string {
  if (!text.includes("you")) return text;
  return text.replace(SOMEONE_DID_IT_TO_YOU, (whole: string, aux: string, ever: string | undefined) => (NAMED_IN_PHRASES.test(whole) ? whole : `${aux} anyone ${ever ?? ""}`));
}
