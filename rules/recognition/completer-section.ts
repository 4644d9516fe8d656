/**
 * A section for whoever completes the form ("Completed by", "Conversation 3 — Completed by",
 * "Sign-off") is the practitioner's, in the packs' words ("Name of the practitioner completing the
 * form"): a bare "Signature" under it is theirs (prompt-guards.ts `rolesOf`), and a field under it is
 * read as about "the practitioner completing the form" (recogniser.ts `byGroup`). There a profession
 * ("Midwife name", "Health visitor name") says who the completer is, not what the field is about.
 *
 * Only a heading that ends so: "Birth details - To be completed by health professional" says who
 * fills in a section about the child, not whose its fields are ("Name of child" is the child's).
 */
import { stem, type Token } from "./normalise";

/** How the packs name whoever completes a form. */
export const COMPLETER = "the practitioner completing the form";

/** Whether a text is a heading for whoever completes the form. */
export function namesTheCompleter(text: string): boolean {
  return /(?:^|[—–:-]\s*)(?:completed|signed(?:\s+off)?)\s+by\s*:?\s*$|^\s*sign[\s-]?off\s*:?\s*$/i.test(text);
}

/** Professions a completer may be named by ("Midwife name", "Nurse's signature"). */
const PROFESSIONS: ReadonlySet<string> = new Set(["midwife", "nurse", "doctor", "gp", "clinician", "practitioner", "visitor", "therapist", "physician", "paediatrician", "worker", "professional"].map((w) => stem(w)));
const HEALTH = stem("health");
const VISITOR = stem("visitor");

/** A label's tokens without the profession naming the completer ("Health visitor name" → "name"). */
export function withoutProfession(own: readonly Token[]): Token[] {
  return own.filter((t, k) => !PROFESSIONS.has(t.stem) && !(t.stem === HEALTH && own[k + 1]?.stem === VISITOR));
}
