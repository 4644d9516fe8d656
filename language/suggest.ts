/** "Did you mean …?" for unknown ids: the nearest known id by edit distance. */
import { editDistance } from "./edit-distance";

/**
 * The closest candidate, if it is close enough to be a likely typo: at most a third of the
 * word's length in edits (at least 1, at most 4). Ties go to the alphabetically first.
 */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.min(4, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    // A candidate that only adds or drops a dotted segment is a good guess too.
    const d = c.endsWith("." + word) || word.endsWith("." + c) ? 1 : editDistance(word, c, limit);
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
