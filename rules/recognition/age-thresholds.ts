/**
 * "Are you 18 or over?" and "Is the patient under 18?" are one question: which side of an age
 * threshold the person is on. The pack writes the threshold as "under 18"; a form may ask it
 * from either side ("18 or over", "aged 18 or older", "over 18"). Read the upper side as the
 * threshold's own words, so that either side meets the pack's phrase.
 *
 * Only a whole threshold: "aged 18 to 25" is a range, not a side of 18.
 */
const UPPER_SIDE = /\b(\d{1,2})\s*(?:years?\s*(?:of\s+age\s*)?)?(?:or|and)\s+(?:over|older|above)\b|\b(?:over|older\s+than)\s+(?:the\s+age\s+of\s+)?(\d{1,2})\b(?!\s*(?:to|-|–)\s*\d)/g;

/** `text` (lower case) with "N or over", "over N" read as "under N". */
export function readAgeThreshold(text: string): string {
  if (!/\d/.test(text) || !/\b(?:over|older|above)\b/.test(text)) return text;
  return text.replace(UPPER_SIDE, (_, a: string | undefined, b: string | undefined) => `under ${a ?? b}`);
}
