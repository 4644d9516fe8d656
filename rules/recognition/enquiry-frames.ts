/**
 * Asking someone about a thing is an enquiry about it: "Has the woman been asked about domestic
 * abuse at booking?" records the routine enquiry about domestic abuse, as "Routine enquiry about
 * domestic abuse" does. A form writes whichever its sentence needs; the pack's phrases say "enquiry".
 *
 * Only "asked (someone) about": "asked to leave", "asked for help" and "Ask the child what happened"
 * keep their words.
 */
const ASKED_ABOUT = /\b(?:asked|enquired|inquired|questioned)\s+(?:(?:her|him|them|you|the\s+(?:woman|mother|patient|client|parent|young\s+person|child))\s+)?(?:about|regarding|re)\b/g;

/** `text` (lower case) with "asked (someone) about" read as "enquiry about". */
export function readEnquiry(text: string): string {
  if (!/\b(?:asked|enquired|inquired|questioned)\b/.test(text)) return text;
  return text.replace(ASKED_ABOUT, "enquiry about");
}
