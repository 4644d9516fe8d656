/**
 * A label ending "… verified by", "… confirmed by", "… checked by" asks who checked it, not about the
 * thing checked: "Living situation verified by" (a homelessness intake form) asks for the worker who
 * verified it, and was read as the home environment. Such a prompt is answered only by a phrase that
 * asks who too: one with "by" ("completed by"), "who" or a name. Only the verbs of checking: a label
 * ending "given by" or "completed by" is often the act itself ("Consent to examination given by" asks
 * who consented, which the consent's own phrases answer), and "to be completed by" a date (round 37:
 * both read so first, and the written forms' consent fields and a review's due date were lost).
 *
 * Round 40: "reviewed by" too ("Reviewed by" was the risk assessment's review date, from the phrase
 * "review by"), but not "to be reviewed by" (a deadline: "RA to be reviewed by (date)"); and "review
 * by", "due by" are by when, so they answer no prompt asking by whom.
 */
const DONE_BY = /\b(?:verified|confirmed|checked|validated|approved|authori[sz]ed|witnessed|countersigned|(?<!\bto\s+be\s)reviewed)\s+by\s*[:?.…]*\s*$/i;
/** "Review by", "due by": by when, not by whom (round 40: "Reviewed by" was read as the risk assessment's review date). */
const BY_A_DEADLINE = /\b(?:review|due)\s+by\b/i;
const ASKS_WHO = /\b(?:by|who|whom|name|names|person|people)\b/i;

/** Whether a prompt asks who did something: its last words are a past participle and "by". */
export function asksWhoDidIt(prompt: string): boolean {
  return prompt.includes(" by") && DONE_BY.test(prompt.trim());
}

/** Whether a phrase may answer such a prompt: it asks who, or names a person. */
export function asksWho(phrase: string): boolean {
  return ASKS_WHO.test(phrase) && !BY_A_DEADLINE.test(phrase);
}
