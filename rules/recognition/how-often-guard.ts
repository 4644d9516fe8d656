/**
 * "How often has this happened?" asks how many times, not how it happened: a housing helpline's
 * harassment questions ask the first after the second (round 38), and "how did it happen" (an injury's
 * circumstances) shared every word with it but "often". Such a prompt matches no phrase asking how
 * something happened.
 */
const HOW_OFTEN = /\bhow\s+(?:often|frequently|many\s+times)\b/i;
const HOW_IT_HAPPENED = /\bhow\s+(?:did|does|do|was|were|has|had|is)\b.*\bhappen/i;

/** Whether a prompt asks how often something happens. */
export function asksHowOftenItHappens(prompt: string): boolean {
  // Asked of every text the recogniser reads: most have no "how", and are let go at once.
  return /how/i.test(prompt) && HOW_OFTEN.test(prompt);
}

/** Whether a phrase may answer such a prompt: any phrase but one asking how something happened. */
export function mayAnswerHowOften(phrase: string): boolean {
  return !HOW_IT_HAPPENED.test(phrase);
}
