/**
 * "Reason for DNA", "Reasons for missing the appointment", "Reasons for not attending referral"
 * ask why one appointment was missed: a reason, written as text. appointments.missed is how many
 * were missed (a number), and its phrases ("DNA", "did not attend", "missed appointments") are
 * all such a prompt holds besides "reason", so it read as that count: a real label of the tuning
 * part and two of round 32's sweeps. Such a prompt matches only a phrase that asks for a reason for
 * a missed appointment too, which no shipped phrase does; a count ("Number of DNAs") or a history
 * ("DNA history") keeps its reading, and so does a reason for missing anything else ("Reasons for
 * not attending school").
 */
const MISSED = String.raw`(?:dnas?|wnb|did\s+not\s+attend|was\s+not\s+brought|non-attendance|(?:not\s+attending|missing|missed|failing\s+to\s+attend|failed\s+to\s+attend)\s+(?:the\s+|an?\s+|this\s+|their\s+|her\s+|his\s+)?(?:appointments?|referral|clinic|session|follow-up|visit))`;
const REASON_FOR_MISSING = new RegExp(String.raw`\b(?:reasons?\s+(?:for|why|given\s+for)\s+(?:the\s+)?${MISSED}\b|why\s+(?:was|were|did)\b[^?]*\b(?:miss|not\s+attend|not\s+brought)\b)`, "i");

/** Whether a prompt (or phrase) asks why an appointment was missed. */
export function asksWhyMissed(text: string): boolean {
  return REASON_FOR_MISSING.test(text);
}
