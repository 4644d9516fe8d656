/**
 * Asking what led to something asks for its cause. "What led to your injuries?", "What caused the
 * injury?", "What brought about the fall?" ask what the pack's phrases say as a noun: "cause of
 * injury". Read the question's verb frame as the noun it asks for, "cause of …".
 *
 * Only a "what" question about what came before: "led by", "caused by" in a statement ("Injury
 * caused by a fall") already names the cause, and "What did you do?" asks nothing of causes.
 */
const WHAT_CAUSED = /\bwhat\s+(?:(?:has|have|had)\s+)?(?:led|leads|caused|causes|brought\s+about|resulted|results|triggered|triggers)\s+(?:to\s+|in\s+)?(?=\S)/g;

/** `text` (lower case) with "what led to X", "what caused X" read as "cause of X". */
export function readCauseFrame(text: string): string {
  if (!text.includes("what")) return text;
  return text.replace(WHAT_CAUSED, "cause of ");
}
