/**
 * A label its options finish: "Child subject to" with the options "CP plan", "CIN plan", "Looked
 * after (CLA)", "None known" asks whether the child is subject to a plan; its words alone ask
 * nothing, and its options alone ("CP plan", "CIN plan") point several ways. Read as each option
 * finishing it ("Child subject to CP plan", "Child subject to CIN plan"), they vote as options do
 * (`Recogniser.byOptions`: two or more, and at least half of them, the same way).
 *
 * Only a label that stops on a preposition, as a sentence its answer completes does.
 */
const UNFINISHED = /\S\s+(?:to|with|by|from|of|for|in|on|at|into)\s*:?\s*$/i;

/** Whether a label stops where its answer would go ("Child subject to", "Known to"). */
export function endsUnfinished(label: string): boolean {
  return UNFINISHED.test(label);
}

/** The label finished by each option. */
export function finishedBy(label: string, options: readonly string[]): string[] {
  const head = label.replace(/\s*:?\s*$/, "");
  return options.map((o) => `${head} ${o}`);
}
