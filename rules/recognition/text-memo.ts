import { detached } from "../../language/detached";

/**
 * A pure function of a text, computed once per exact text. The recogniser reads the same labels,
 * titles, options and pack words many times in a run (and real forms repeat their labels), so
 * each normalisation step runs once per distinct text. Keyed on the text exactly as given, never
 * on a normalised look-alike, so a memoised answer is always the one the function would give.
 * Bounded: past `limit` texts it starts again, so a long editor session cannot grow it forever.
 */
export function perText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  // An undefined answer is stored as NONE, so one lookup tells a known text from a new one.
  const memo = new Map<string, T | typeof NONE>();
  return (text) => {
    const known = memo.get(text);
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    if (memo.size > limit) memo.clear();
    // Kept, and computed on, a copy of its own: a label is a slice of its whole document's text,
    // and a slice kept as a key (or inside a value) kept that whole text alive — every form of a
    // 1,000-form run, every version of a document edited in the server.
    const own = detached(text);
    const value = compute(own);
    memo.set(own, value === undefined ? NONE : value);
    return value;
  };
}
const NONE: unique symbol = Symbol("none");

