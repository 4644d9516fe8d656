/**
 * "Reason for DNA", "Reasons for missing the appointment", "Reasons for not attending referral"
 * ask why one appointment was missed: a reason, written as text. appointments.missed is how many
 * were missed (a number), and its phrases ("DNA", "did not attend", "missed appointments") are
 * all such a prompt holds besides "reason", so it read as that count: a real label of the tuning
 * part and two of round 32's sweeps. Such a prompt matches only a phrase that asks for a reason for
 * a missed appointment too, which no shipped phrase does; a count ("Number of DNAs") or a history
 * ("DNA history") keeps its reading. The guard lets no phrase answer a prompt it takes, so it takes
 * only appointments: a reason for missing school ("Reasons for not attending school", "Reasons for
 * non-attendance at school", "Why did the child miss school?") keeps every reading it has.
 */
/** Where a person was expected: an appointment and its like, never school ("not attending school" is education). */
const APPOINTMENT = String.raw`(?:appointments?|referral|clinic|session|follow-up|visit)`;
const NOT_SCHOOL = String.raw`(?!\s+(?:at\s+|from\s+|in\s+)?(?:any\s+|the\s+|a\s+)?(?:school|nursery|college|education|class|lessons))`;
/** How forms say an appointment was missed: the services' own words, or missing one named. */
const MISSED = String.raw`(?:dnas?|wnb|(?:did\s+not\s+attend|was\s+not\s+brought|non-attendance)${NOT_SCHOOL}|(?:not\s+attending|missing|missed|failing\s+to\s+attend|failed\s+to\s+attend)\s+(?:the\s+|an?\s+|this\s+|their\s+|her\s+|his\s+)?${APPOINTMENT})`;
const REASON_FOR_MISSING = new RegExp(String.raw`\b(?:reasons?\s+(?:for|why|given\s+for)\s+(?:the\s+)?${MISSED}\b|why\s+(?:was|were|did)\b[^?]*\b(?:(?:miss(?:ed)?|not\s+attend|not\s+brought)\b[^?]*\b${APPOINTMENT}|${APPOINTMENT}\s+(?:missed|not\s+attended)\b))`, "i");

/** Whether a prompt (or phrase) asks why an appointment was missed. */
export function asksWhyMissed(text: string): boolean {
  // Asked of every text the recogniser reads: one with neither word is let go before the long
  // expression, which V8 would otherwise compile in every fresh process (docs/performance.md).
  return /reason|why/i.test(text) && REASON_FOR_MISSING.test(text);
}
