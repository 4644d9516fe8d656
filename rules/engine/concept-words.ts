/**
 * What the engine reads out of a concept id ("accompanying-adult.relationship"), worked out once
 * per id. A run asks the same few hundred pack ids thousands of times (every missing prompt of
 * every form), and splitting or rewriting the id each time, then hashing the new string to look
 * it up, was most of the cost of placing a missing prompt. Each answer depends on the id alone,
 * so what is remembered can never be stale.
 */

/** Words no section is named after in particular: never enough to place a prompt in a section. */
const GENERIC_WORDS = new Set(["child", "children", "young", "person", "people", "parent", "family", "details", "form", "record", "status", "date"]);

interface ConceptWords {
  /** Up to the first dot: "accompanying-adult". Fields on the same topic share it. */
  prefix: string;
  /** The id as a field id: dots and hyphens made underscores. */
  fieldId: string;
  /** Its distinctive words ("safeguarding", "attendance"): longer than three letters, not generic. */
  distinctive: string[];
}

const known = new Map<string, ConceptWords>();
/** Bounded: ids that all differ (a fuzz run, a long editor session) must not grow it without end. */
const MAX_KNOWN = 4096;

export function conceptWords(id: string): Readonly<ConceptWords> {
  let words = known.get(id);
  if (!words) {
    words = {
      prefix: id.split(".")[0],
      fieldId: id.replace(/[.-]/g, "_"),
      distinctive: id.split(/[.-]/).filter((w) => w.length > 3 && !GENERIC_WORDS.has(w)),
    };
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(id, words);
  }
  return words;
}
