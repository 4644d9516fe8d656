/**
 * "Part B" is a named part of a form, not any part: "Was the assessment, or any part of it,
 * declined?" asks whether some of it was declined, not about the full assessment's Part B (the
 * letter is too short to be a word, so "part B of the assessment" would be matched by "part" and
 * "assessment" alone). A prompt that speaks of a part without naming one by its letter is answered
 * only by a phrase that names none either.
 */
const PART = /\bpart\b/i;
const NAMED_PART = /\bpart\s+[a-d]\b/i;

/** Whether a prompt speaks of a part of something without naming a lettered part ("any part of it"). */
export function speaksOfAnyPart(prompt: string): boolean {
  return PART.test(prompt) && !NAMED_PART.test(prompt);
}

/** Whether a phrase names no lettered part, and so may answer such a prompt. */
export function namesNoLetteredPart(phrase: string): boolean {
  return !NAMED_PART.test(phrase);
}
