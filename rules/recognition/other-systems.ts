/**
 * Words other health and care systems written in English use where the packs' phrases use
 * England's: Ireland's Child and Family Agency (Tusla) and New Zealand's Ministry for Children
 * (Oranga Tamariki) are children's social care, as "Has a report been made to Tusla?" or "in the
 * care of Oranga Tamariki" ask; te reo Māori's tamariki are children, rangatahi young people and
 * whānau the family ("Does the patient look after any tamariki?"). In the United States, Child
 * Protective Services (CPS) is children's social care ("Report made to CPS?") and "behavioral health"
 * is mental health ("Parent/caregiver behavioral health"; round 26, set AM). Each name is of that one
 * agency or that one word, so nothing in England's wording changes; "CPS" only with the agency's
 * name spelt out or beside a report or referral, since in England it is the Crown Prosecution Service.
 */

const AGENCY = /\b(?:tusla|oranga\s+tamariki|child\s+and\s+family\s+agency|child\s+protective\s+services(?:\s+cps)?)\b/g;
/** "Report made to CPS", "CPS report", "referral to CPS": the US agency, by what is made to it. */
const CPS_REPORT = /\b(?:(?:report|referral|reported|referred)\s+(?:made\s+)?to\s+cps|cps\s+(?:report|referral))\b/g;
const BEHAVIOURAL_HEALTH = /\bbehaviou?ral\s+health\b/g;
const MAORI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btamariki\b/g, "children"],
  [/\brangatahi\b/g, "young people"],
  [/\bwh(?:ā|a)nau\b/g, "family"],
];

/** The text with other systems' names for children's social care, and te reo Māori's words for children and family, in England's words. */
export function readOtherSystemsWords(text: string): string {
  let out = text;
  if (out.includes("tusla") || out.includes("tamariki") || out.includes("family agency") || out.includes("protective services")) out = out.replace(AGENCY, "children social care"); // possessives are gone by now, as in the packs' "children's social care"
  if (out.includes("cps")) out = out.replace(CPS_REPORT, (m) => m.replace("cps", "children social care"));
  if (out.includes("al health")) out = out.replace(BEHAVIOURAL_HEALTH, "mental health");
  if (out.includes("tamariki") || out.includes("rangatahi") || out.includes("nau")) for (const [word, english] of MAORI_WORDS) out = out.replace(word, english);
  return out;
}
