/**
 * A pregnancy's due date is not an action's. "Estimated Due Date (EDD)", "Expected due date" and
 * "Due date of baby" ask when the baby is due, a date every maternity form records; "due date"
 * in a plan ("by when", "target date") is when an action must be done. A prompt that names the
 * pregnancy's due date matches only a phrase that speaks of the pregnancy, birth or delivery.
 * So does a person's due date ("What is your due date?", "this child's due date", "her due date"):
 * an action has a due date, a person only a pregnancy's. A bare "Due date" could be either, and is
 * left to the rest of the recogniser.
 */
const DUE_DATE = /\bdue\s+date\b|\bedd\b|\bdate\s+of\s+(?:delivery|confinement)\b/i;
const OF_A_PREGNANCY = /\b(?:estimated|expected|edd|baby|babies|pregnan\w*|deliver\w*|confinement|gestation\w*|birth|labou?r)\b/i;

const A_PERSONS_DUE_DATE = /\b(?:your|her|my|(?:child|mother|woman|patient|client)(?:['’]s)?)\s+(?:estimated\s+|expected\s+)?due\s+date\b/i;

/** Whether a prompt asks for the date a pregnancy is due. */
export function asksPregnancyDueDate(text: string): boolean {
  return DUE_DATE.test(text) && (OF_A_PREGNANCY.test(text) || A_PERSONS_DUE_DATE.test(text));
}

/** Whether a phrase speaks of a pregnancy's end (so it may answer such a prompt). */
export function speaksOfPregnancy(phrase: string): boolean {
  return /\b(?:edd|baby|babies|pregnan\w*|deliver\w*|confinement|gestation\w*|birth|labou?r|antenatal|maternity)\b/i.test(phrase);
}
