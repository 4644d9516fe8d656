/**
 * Questions put to a young person, or answers asked for in their own words, on a form about them:
 * "… (in my own words)", "What would you like to be different?", "How have you been feeling
 * lately?". Read whole, such labels are diluted by what they are about and fall under the bar; each
 * reading here names the phrase of the concept it is (so no concept id is written here), and the
 * recogniser reads them after the label's own words and the form's audience, first match first.
 */
import { asksHowTheyFeel, EMOTIONAL_WELLBEING } from "./mood-frames";
import { words } from "./normalise";
import { straightQuotes } from "./straight-quotes";
import { asksTheirOwnView, IN_THE_CHILDS_OWN_WORDS, ownWordsOf } from "./own-words";

interface YoungPersonsReading {
  /** Whether a label on a form about `subject` is this question. */
  asks: (label: string, subject: string | undefined) => boolean;
  /** The packs' words for what it asks. */
  phrase: string;
  /** What an explanation shows as the words read. */
  evidence: (label: string) => string[];
}

/** How the packs word the young person's agreement to their plan. */
const AGREES_WITH_PLAN = "young person agrees with plan";
const SEEN_OR_AGREED_THE_PLAN = /^(?:have\s+you\s+(?:seen|read|been\s+given)|do\s+you\s+agree\s+(?:with|to))\s+(?:this|the|your)\s+(?:health\s+|care\s+)?plan\b/i;

const OPENING_WORDS = (label: string) => words(label).slice(0, 6);

const READINGS: readonly YoungPersonsReading[] = [
  // "… (in my own words)", "In the young person's own words: …": the child's voice (own-words.ts).
  { asks: (label, subject) => ownWordsOf(label, subject) !== undefined, phrase: IN_THE_CHILDS_OWN_WORDS, evidence: () => ["own", "words"] },
  // "What would you like to be different?", "Anything else you want us to know?" (own-words.ts).
  { asks: (label, subject) => subject === "child" && asksTheirOwnView(label), phrase: IN_THE_CHILDS_OWN_WORDS, evidence: OPENING_WORDS },
  // "Have you seen this plan? Do you agree with it?", "Do you agree with your health plan?": asked of the
  // young person, whether they have seen and agreed their plan (asked of a parent, it is the parent's).
  { asks: (label, subject) => subject === "child" && SEEN_OR_AGREED_THE_PLAN.test(straightQuotes(label).trim()), phrase: AGREES_WITH_PLAN, evidence: OPENING_WORDS },
  // "How have you been feeling lately?" (mood-frames.ts).
  { asks: (label, subject) => subject === "child" && asksHowTheyFeel(label), phrase: EMOTIONAL_WELLBEING, evidence: OPENING_WORDS },
];

/** The first reading of a label as a question put to a young person, with the packs' phrase for it, or none. */
export function youngPersonsReading(label: string, subject: string | undefined): { phrase: string; evidence: string[] } | undefined {
  for (const r of READINGS) if (r.asks(label, subject)) return { phrase: r.phrase, evidence: r.evidence(label) };
  return undefined;
}
