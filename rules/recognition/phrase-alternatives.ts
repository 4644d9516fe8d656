/**
 * A pack phrase that lists alternatives ("threatened or hurt by partner", "hit, slapped, kicked
 * or hurt", "problem with alcohol or drugs") means each of them: a prompt naming one ("Has your
 * partner ever threatened you?", "Problem with drugs") asks what the phrase asks. Read whole, the
 * phrase loses the alternatives the prompt leaves out, and the near-phrase allowance (one word
 * missing) does not stretch to a list. So each such phrase also stands for one variant per
 * alternative, the list replaced by that one word.
 *
 * Only lists of single words, where the list's end is plain: the last alternative closes the
 * phrase or is followed by a linking word ("… hurt by partner", "… mould in the home"). In
 * "nervous, anxious or on edge" or "self harm or attempt suicide" the alternatives are not single
 * words, and no variant is made. A variant must keep a word that carries meaning besides the
 * alternative: "damp or mould" does not make "damp" a phrase on its own.
 */
const LINKING = new Set(["by", "to", "at", "in", "with", "from", "of", "for", "on", "about", "towards", "you", "your", "them", "her", "him"]);
/** Words that carry no meaning of their own here: "anyone" and "someone" name no one ("has anyone hit you" keeps nothing of "has anyone hit or threatened you" but the alternative). */
const STOP = new Set(["a", "an", "the", "or", "and", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "ever", "you", "your", "any", "about", "anyone", "someone", "anybody", "somebody"]);

export function phraseAlternatives(text: string): string[] {
  const parts = text.trim().split(/\s+/);
  const or = parts.findIndex((w, i) => i > 0 && w.toLowerCase() === "or");
  if (or < 0 || or === parts.length - 1) return [];
  // The list runs back from "or" over single words each but the last ending in a comma.
  let first = or - 1;
  while (first > 0 && parts[first - 1].endsWith(",")) first--;
  const after = parts[or + 1];
  if (/[,]$/.test(after)) return [];
  const next = parts[or + 2];
  if (next !== undefined && !LINKING.has(next.toLowerCase())) return [];
  const alternatives = [...parts.slice(first, or).map((w) => w.replace(/,$/, "")), after];
  if (alternatives.some((w) => !/^[\p{L}'-]+$/u.test(w))) return [];
  const before = parts.slice(0, first);
  const rest = parts.slice(or + 2);
  const meaningful = [...before, ...rest].filter((w) => !STOP.has(w.toLowerCase().replace(/[^\p{L}'-]/gu, ""))).length;
  if (meaningful < 1) return [];
  return alternatives.map((a) => [...before, a, ...rest].join(" "));
}

/**
 * Each concept's variants, leaving out any that another concept also has, written or as a variant:
 * "felt sad" comes from the EPDS's "felt sad or miserable" and from a school survey's "felt sad or
 * hopeless", so on its own it says nothing about which of the two a prompt asks.
 */
export function unambiguousAlternatives(concepts: readonly AlternativesInput[]): Map<string, string[]> {
  const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const owners = new Map<string, Set<string>>();
  const own = (t: string, id: string) => {
    const k = key(t);
    const set = owners.get(k) ?? new Set<string>();
    set.add(id);
    owners.set(k, set);
  };
  const variants = new Map<string, string[]>();
  for (const c of concepts) {
    const written = [c.title, ...c.synonyms].filter((t): t is string => !!t && t.trim().length > 0);
    for (const t of written) own(t, c.id);
    const list = written.flatMap(phraseAlternatives);
    for (const v of list) own(v, c.id);
    variants.set(c.id, list);
  }
  for (const [id, list] of variants) variants.set(id, list.filter((v) => owners.get(key(v))!.size === 1));
  return variants;
}

/** What the variants are worked out from: each concept's id, title and synonyms. */
export interface AlternativesInput {
  id: string;
  title?: string;
  synonyms: readonly string[];
}

/** Everything unambiguousAlternatives reads, in order, as one string: equal fingerprints, equal variants. */
export function vocabularyFingerprint(concepts: readonly AlternativesInput[]): string {
  return JSON.stringify(concepts.map((c) => [c.id, c.title ?? null, c.synonyms]));
}
