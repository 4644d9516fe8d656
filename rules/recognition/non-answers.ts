/**
 * Options that answer nothing of their own: "None disclosed", "Other", "Not known", "Declined to
 * say". A list of choices votes for what it asks when at least half its options point at one
 * concept (recogniser.ts `byOptions`); these stand in every list whatever it asks, so counting
 * them in the half let "None disclosed" outvote "Low mood", "Self-harm" and "Thoughts of suicide".
 * A referral's options that name nowhere are these too (referral-options.ts).
 */
const NON_ANSWER = /^\s*(?:none(?:\s+(?:disclosed|identified|known|reported|of\s+the\s+above))?|nil|others?(?:\s*[-(:].*)?|not\s+(?:known|asked|applicable|disclosed|required)|unknown|n\/?a|declined(?:\s+to\s+(?:say|answer))?|prefer\s+not\s+to\s+say)\s*\.?\s*$/i;

/** Whether an option answers nothing of its own. */
export function answersNothing(option: string): boolean {
  return NON_ANSWER.test(option);
}
