/**
 * Someone else's views are not the child's voice: "Carer's views on the young person's emotional and
 * behavioural health", "Parent's views on the child's health" ask what the carer or parent thinks,
 * but the child named after "on" met "views of the young person". A prompt that gives the views to
 * someone other than the child matches only a phrase that speaks of no one's views, or of that kind
 * of person's own. Not where the child's are asked with theirs ("Views of parents and child").
 */
const WHO = String.raw`(?:carers?|foster\s+carers?|parents?|mother|father|social\s+workers?|teachers?|school|gp|professionals?|family|partner|staff)`;
const VIEWS = String.raw`(?:views?|wishes|opinions?|perspectives?|comments|concerns)`;
const OTHERS_VIEWS = new RegExp(String.raw`\b${WHO}(?:['’]s|s['’]|['’])?\s+${VIEWS}\b|\b${VIEWS}\s+of\s+(?:the\s+)?${WHO}\b`, "i");
/** "… parents and child", "carer's and young person's views": the child's among them. */
const AND_THE_CHILD = /\b(?:and|&|or)\s+(?:the\s+|their\s+)?(?:child|children|young\s+person|young\s+people)\b/i;
const SPEAKS_OF_VIEWS = /\b(?:views?|wishes|feelings|voice|own\s+words|opinions?|perspectives?)\b/i;

/** Whether a prompt gives the views it asks to someone other than the child ("Carer's views on …"). */
export function asksOthersViews(prompt: string): boolean {
  // Asked of every text the recogniser reads: one naming no views cannot match, and is let go first.
  return /view|wish|opinion|perspective|comment|concern/i.test(prompt) && OTHERS_VIEWS.test(prompt) && !AND_THE_CHILD.test(prompt);
}

/** Whether a phrase may answer such a prompt: one speaking of no one's views, or of another's. */
export function mayAnswerOthersViews(phrase: string): boolean {
  return !SPEAKS_OF_VIEWS.test(phrase) || OTHERS_VIEWS.test(phrase);
}
