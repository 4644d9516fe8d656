/**
 * A section for whoever completes the form ("Completed by", "Conversation 3 — Completed by",
 * "Entry made by", "Sign-off", "Report author") is the practitioner's, in the packs' words ("Name of the practitioner completing the
 * form"): a bare "Signature" under it is theirs (prompt-guards.ts `rolesOf`), and a field under it is
 * read as about "the practitioner completing the form" (recogniser.ts `byGroup`). There a profession
 * ("Midwife name", "Health visitor name") says who the completer is, not what the field is about.
 *
 * Only a heading that ends so: "Birth details - To be completed by health professional" says who
 * fills in a section about the child, not whose its fields are ("Name of child" is the child's).
 */
import { stem, type Token } from "./normalise";
import { PROFESSIONS } from "./form-agents";

/** How the packs name whoever completes a form. */
export const COMPLETER = "the practitioner completing the form";

/** Whether a text is a heading for whoever completes the form. */
export function namesTheCompleter(text: string): boolean {
  // Asked of every label and heading: one with none of these words cannot match, and is let go first.
  return /by|sign|author|completion/i.test(text) && (COMPLETED_BY.test(text) || AUTHOR.test(text) || COMPLETION.test(text));
}
/**
 * "Completed by", "Entry made by", "Completed with me by", "Sign-off"; in plain words "Filled in by" (round 24, set AI);
 * a letter's "Sent by", and the sign-off of the trade completing it ("Nurse sign-off") (round 36). Not another's
 * sign-off ("Manager sign-off": a second person's).
 */
const COMPLETED_BY = /(?:^\s*(?:entry\s+|form\s+|record\s+|report\s+)?|[—–:-]\s*)(?:completed|signed(?:\s+off)?|entered|made|written|prepared|recorded|compiled|sent|filled\s+(?:in|out))(?:\s+with\s+(?:me|you|us))?\s+by\s*:?\s*$|^\s*(?:(?:clinician|practitioner|nurse|midwife|doctor|assessor|professional|staff)\s+)?sign[\s-]?off\s*:?\s*$/i;
/** "Completion", "Form completion", "Completion details": where the form is completed (round 36). */
const COMPLETION = /^\s*(?:form\s+)?completion(?:\s+details)?\s*:?\s*$/i;
/** "Author", "Report author", "Author details": whoever wrote the form. */
const AUTHOR = /^\s*(?:(?:report|form|record)\s+)?author(?:\s+details)?\s*:?\s*$/i;

/**
 * What a person's field may ask besides their name: their role ("Professional role", "Job title",
 * "Grade"). With no name asked, such a field asks only that (sign-off.ts, referral-completer.ts).
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(["role", "grade", "designation", "job", "title", "band"].map(stem));

/** The trades (form-agents.ts), each as the stems of its words ("health visitor" → health, visitor). */
const TRADE_STEMS: readonly string[][] = PROFESSIONS.map((p) => p.split(" ").map((w) => stem(w)));

/** A label's tokens without the trade naming the completer ("Health visitor name" → "name"). */
export function withoutProfession(own: readonly Token[]): Token[] {
  const dropped = new Set<number>();
  for (let k = 0; k < own.length; k++) {
    const trade = TRADE_STEMS.find((s) => s.every((x, j) => own[k + j]?.stem === x));
    if (trade) trade.forEach((_, j) => dropped.add(k + j));
  }
  return own.filter((_, k) => !dropped.has(k));
}
