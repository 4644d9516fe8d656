/**
 * An answer asked for in the child's own words is the child's voice, whatever else the question
 * asks: "What I want professionals to know about my health (in my own words)", "The young person's
 * views on their own health, in their own words", "In the young person's own words: what do they
 * want from today?". Read whole, such questions are diluted by what they ask about and fall under
 * the bar, and a form that records the child's voice was told it did not (paragraph 2.3).
 *
 * Only the child's words: "in the parent's own words" names someone else; "your" and "my" only on a
 * form about a child or young person, where they are the child (audience-subject.ts). The concept is
 * the one the packs' own words for it are read as, so none is named here. Read last, only where
 * nothing else recognised the field.
 */
import { rolesOf } from "./prompt-guards";

const OWN_WORDS = /\b(?:in|use|record|using)\s+(?:the\s+)?([a-z']+(?:\s+person's)?)\s+(?:own\s+)?words\b|\((own\s+words)\)/i;
/** How the packs word the voice of the child, read to find its concept. */
export const IN_THE_CHILDS_OWN_WORDS = "in the child's own words";

/** Whose own words a label asks for: "child" for the child or young person, undefined for no one or someone else. */
export function ownWordsOf(label: string, subject: string | undefined): "child" | undefined {
  const m = OWN_WORDS.exec(label.replace(/[’‘`]/g, "'"));
  if (!m) return undefined;
  if (m[2]) return subject === "child" ? "child" : undefined;
  const whose = m[1].toLowerCase();
  if (whose === "your" || whose === "my") return subject === "child" ? "child" : undefined;
  if (whose === "their" || whose === "his" || whose === "her") return "child";
  const roles = rolesOf(whose);
  return roles.size > 0 && [...roles].every((r) => r === "subject") ? "child" : whose === "yp's" ? "child" : undefined;
}
