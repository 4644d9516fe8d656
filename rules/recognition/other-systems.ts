/**
 * Words other health and care systems written in English use where the packs' phrases use
 * England's: Ireland's Child and Family Agency (Tusla) and New Zealand's Ministry for Children
 * (Oranga Tamariki) are children's social care, as "Has a report been made to Tusla?" or "in the
 * care of Oranga Tamariki" ask; te reo Māori's tamariki are children, rangatahi young people and
 * whānau the family ("Does the patient look after any tamariki?"). Each name is of that one
 * agency or that one word, so nothing in England's wording changes.
 */

const AGENCY = /\b(?:tusla|oranga\s+tamariki|child\s+and\s+family\s+agency)\b/g;
const MAORI_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\btamariki\b/g, "children"],
  [/\brangatahi\b/g, "young people"],
  [/\bwh(?:ā|a)nau\b/g, "family"],
];

/** The text with other systems' names for children's social care, and te reo Māori's words for children and family, in England's words. */
export function readOtherSystemsWords(text: string): string {
  let out = text;
  if (out.includes("tusla") || out.includes("tamariki") || out.includes("family agency")) out = out.replace(AGENCY, "children social care"); // possessives are gone by now, as in the packs' "children's social care"
  if (out.includes("tamariki") || out.includes("rangatahi") || out.includes("nau")) for (const [word, english] of MAORI_WORDS) out = out.replace(word, english);
  return out;
}
