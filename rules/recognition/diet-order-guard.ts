/**
 * "Discharge diet:", "Diet order", "Diet texture (IDDSI level)", "Nil by mouth": a hospital's order
 * for what a patient may be given, not a question about what the person eats. A prompt written so is
 * answered only by a phrase that speaks of such an order, and no shipped phrase does, so the healthy
 * eating prompt's "diet" no longer answers it (the real-label set's tuning part labels "Discharge
 * Diet:" about no concept).
 */
const DIET_ORDER = /\b(?:diet\s+(?:order(?:ed|s)?|texture|consistency|as\s+tolerated)|(?:discharge|therapeutic|renal|diabetic|modified[-\s]texture|texture[-\s]modified|soft|pureed?|liquid|fluid|clear\s+fluids?)\s+diet|iddsi|nil\s+by\s+mouth|nbm|npo)\b/i;

/** Whether a prompt is a hospital's diet order. */
export function ordersADiet(prompt: string): boolean {
  // Asked of every text the recogniser reads: one with none of these words cannot match, and is let go first.
  return /diet|iddsi|nil|nbm|npo/i.test(prompt) && DIET_ORDER.test(prompt);
}

/** Whether a phrase speaks of a diet order (so may answer such a prompt). */
export function namesADietOrder(phrase: string): boolean {
  return DIET_ORDER.test(phrase);
}
