/**
 * "How long …?" and "Duration …" ask for a length of time, as "When did …?" asks for a date: the
 * answer is a duration whatever the question is about. Such a prompt matches only a phrase that
 * itself asks how long ("time since injury", "duration of …"). Read under the section "History
 * of Presenting Complaint", "Duration: How long have the symptoms been present?" had become the
 * circumstances of the attendance: a symptom's duration is not why the patient came.
 */
const ASKS_DURATION = /\bhow\s+long\b|\bduration\b|\blength\s+of\s+(?:time|stay)\b/i;
const NAMES_DURATION = /\bhow\s+long\b|\bduration\b|\blength\b|\bsince\b/i;

export function asksDuration(text: string): boolean {
  return ASKS_DURATION.test(text);
}

export function namesDuration(phrase: string): boolean {
  return NAMES_DURATION.test(phrase);
}
