/**
 * The words that are a concept's own: a stem that at most `SPECIFIC_TO` concepts' phrases use.
 *
 * A long real question names its topic more than once: "did this child see a dentist or other oral
 * health care provider for preventive dental care" matches "see a dentist", and "oral" and
 * "dental" are oral health's words too. Read as unexplained, they counted against the very
 * concept they belong to, so the longer a question said what it was about, the less it was
 * recognised. Where a concept's best phrase of two words or more matched, the prompt's other words
 * that at most three concepts use, that one among them, are explained by it. A word many concepts
 * share ("health", "child", "care") still counts against it. Three was chosen on the real labels'
 * tuning part (five more found there, one false fewer; one and two found fewer, measured before the
 * limits below; four found nothing more, six one more false); the test part and the held-out
 * written forms were read as guards only.
 */
import type { Phrase } from "./vocabulary-index";
import { ATTRIBUTES, TIME_WORDS } from "./prompt-guards";
import { NEGATION, stem } from "./normalise";

/** A stem is a concept's own when no more than this many concepts' phrases use it. */
const SPECIFIC_TO = 3;

/**
 * Words that say nothing of a topic, however few concepts' phrases happen to use them: a domestic
 * abuse enquiry is often asked "Has anyone ever…", but "ever" in a question about a dentist is not
 * a sign of abuse.
 */
const SAY_NOTHING_OF_A_TOPIC = new Set(
  (
    "ever say said tell told ask asked make made get got give given try tried stop seek talk talked another else other " +
    "otherwise someone somebody something anyone anybody anything everyone above below list result important well act " +
    "close serve ups tool feel felt way thing things lot often much many more most less usual usually still again like " +
    "need want happen happened kind type sort part go come see seen know think person people experience experienced " +
    "there here now due yet just even only very"
  )
    .split(" ")
    .map(stem),
);

/**
 * Each concept's own words, for the concepts that have any, in the order the phrases first name
 * the concepts (so the index made at run time and the one the build stores list them alike).
 */
export function conceptOwnWords(phrases: readonly Phrase[]): Map<string, ReadonlySet<string>> {
  const conceptsOf = new Map<string, Set<string>>();
  for (const p of phrases) {
    for (const s of p.stems) {
      if (s === NEGATION || ATTRIBUTES.has(s) || TIME_WORDS.has(s) || SAY_NOTHING_OF_A_TOPIC.has(s) || /^\d/.test(s)) continue;
      let set = conceptsOf.get(s);
      if (!set) conceptsOf.set(s, (set = new Set()));
      set.add(p.concept);
    }
  }
  const own = new Map<string, Set<string>>();
  for (const [stem, concepts] of conceptsOf) {
    if (concepts.size > SPECIFIC_TO) continue;
    for (const c of concepts) {
      let set = own.get(c);
      if (!set) own.set(c, (set = new Set()));
      set.add(stem);
    }
  }
  const ordered = new Map<string, ReadonlySet<string>>();
  for (const p of phrases) {
    const words = own.get(p.concept);
    if (words && !ordered.has(p.concept)) ordered.set(p.concept, words);
  }
  return ordered;
}
