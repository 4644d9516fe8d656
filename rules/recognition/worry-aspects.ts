/**
 * "Are you worried about your child's sleep?", "Any concerns about the baby's feeding?": a parent's
 * worry about one part of the child's health or development is about that part, not a safeguarding
 * concern about the child. Read with the child dropped ("worried about sleep"), so the child no
 * longer meets the pack's worries and concerns *about the child*; the part named then decides (the
 * teeth are still oral health, sleep and development nothing the packs name). A worry about the
 * child's safety, welfare or care keeps its child.
 *
 * Possessives are dropped before the readings (normalise.ts), so "your child's sleep" arrives as
 * "your child sleep".
 */
const WORRY = String.raw`(?:worried|worries|worry|worrying|concerns?|concerned|problems?|difficult(?:y|ies))`;
const WHOSE = String.raw`(?:your|the|this|my|her|his|their)\s+(?:child|baby|son|daughter|toddler|infant)`;
const ASPECT = String.raw`(?:sleep(?:ing)?|teeth|speech|language|talking|walking|development|behaviou?r|feeding|eating|growth|weight|learning|hearing|eyesight|vision|toileting|bowels?|skin|crying|settling)`;
const WORRY_ABOUT_AN_ASPECT = new RegExp(String.raw`\b(${WORRY})\s+(about|with|regarding|over)\s+${WHOSE}\s+(${ASPECT})\b`, "g");

/** `text` (lower case) with a worry about a part of the child's health read as a worry about that part. */
export function readWorryAboutAnAspect(text: string): string {
  if (!/worr|concern|problem|difficult/.test(text)) return text;
  return text.replace(WORRY_ABOUT_AN_ASPECT, "$1 $2 $3");
}
