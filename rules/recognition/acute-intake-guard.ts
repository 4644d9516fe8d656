/**
 * "Is the child eating and drinking normally?", "Has the child been eating less than usual?", "Off
 * their food", "Poor feeding": a change in how much an ill person eats or feeds is a sign of illness
 * an urgent care or emergency form asks about, not a question about what the family eats. A prompt
 * asked so is answered only by a phrase that speaks of such a change, and no shipped phrase does, so
 * the healthy eating prompt's "what do you eat and drink" no longer answers it. "Eating well" is the
 * habit ("Eating well: diet, weight and advice given"); only a baby's feeding well or poorly is the sign.
 */
const ACUTE_INTAKE = /\b(?:eat|eats|eating|ate|feed|feeds|feeding|fed|oral\s+intake)\b(?:\s+and\s+drinking)?\s+(?:[a-z]+\s+){0,2}?(?:normally|as\s+normal|as\s+usual|less\s+than\s+usual|more\s+than\s+usual|less\s+than\s+normal)\b|\b(?:feed|feeds|feeding)\s+(?:well|poorly)\b|\b(?:off\s+(?:their|his|her|your)\s+food|poor\s+(?:oral\s+)?(?:intake|feeding)|reduced\s+(?:oral\s+)?intake|not\s+(?:eating|feeding)(?:\s+or\s+drinking)?)\b/i;

/** Whether a prompt asks about a change in an ill person's eating or feeding. */
export function asksAcuteIntake(prompt: string): boolean {
  // Asked of every text the recogniser reads: one with no eating, feeding, intake or food cannot match, and is let go first.
  return /eat|\bate\b|feed|\bfed\b|intake|food/i.test(prompt) && ACUTE_INTAKE.test(prompt);
}

/** Whether a phrase speaks of such a change (so may answer such a prompt). */
export function namesAcuteIntake(phrase: string): boolean {
  return ACUTE_INTAKE.test(phrase);
}
