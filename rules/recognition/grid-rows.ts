/**
 * A row of a grid question. A form asks one question of several things at once, "In the past three
 * months, how often have you used any of the following?", and each row names only the thing
 * ("Opioids", "Stimulants", "Other drugs - specify"): the row's answer is the title's question
 * asked of it. Read so, the row asks what the title asks.
 *
 * Only a title that says it is asked of its rows ("… the following", "each of these"), and only a
 * row that names something of its own in a few words: not a row of instructions ("Give details",
 * "Comments"), whose answer says more about the question but is not its answer; not a long item,
 * which asks something itself (the PHQ's "Trouble falling or staying asleep" is its own question,
 * whatever its grid's title asks).
 */
import { stem, type Token } from "./normalise";

const ASKED_OF_EACH_ROW = /\b(?:the|any\s+of\s+the|each\s+of\s+the|all\s+of\s+the)\s+following\b|\beach\s+of\s+these\b/i;
/** Words of a row that name no thing of its own: what to write, not what it is about. */
const INSTRUCTION_WORDS = new Set(["detail", "details", "comment", "comments", "note", "notes", "other", "describe", "explain", "information", "further", "additional", "more", "reason", "reasons", "answer", "response", "none", "n/a", "na", "unknown"].map(stem));

/** Whether a group's title asks one question of each of its rows. */
export function asksEachRow(title: string): boolean {
  return ASKED_OF_EACH_ROW.test(title);
}

/** Whether a row's words (normalised) name a thing of their own in at most three words. */
export function namesARow(row: readonly Token[]): boolean {
  return row.length > 0 && row.length <= 3 && row.some((t) => !INSTRUCTION_WORDS.has(t.stem));
}
