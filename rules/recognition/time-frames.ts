/**
 * "Previous attendances within 12 months" asks for previous attendances; "within 12 months" says
 * over what span they are counted. A time frame ("in the last 12 months", "during the past six
 * months", "over the past 2 weeks") dates a question without changing what it asks, so left
 * unmatched it says little against a phrase, as an age bound after a group does (age-bounds.ts).
 * A phrase that names the time frame itself ("ED attendances in the past 12 months") still
 * matches it in full, and one made only of a time frame still recognises nothing (prompt-guards.ts
 * TIME_WORDS).
 *
 * How far back a form looks is not lost: the look-back requirement reads it from the field.
 */
import { stem, type Token } from "./normalise";

const UNITS = new Set(["day", "days", "week", "weeks", "month", "months", "year", "years"].map(stem));
const FRAME_WORDS = new Set(["past", "last", "previous", "recent", "within", "during", "over"].map(stem));

/** Indices (into `list`) of the tokens of a time frame. */
export function timeFrameTokens(list: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let u = 0; u < list.length; u++) {
    if (!UNITS.has(list[u].stem)) continue;
    const frame = [u];
    let k = u - 1;
    const hasNumber = k >= 0 && /^\d+$/.test(list[k].stem) && list[u].position - list[k].position === 1;
    if (hasNumber) frame.push(k--);
    let hasFrameWord = false;
    // "in the past 12 months", "within the last year", "during the previous six months"
    while (k >= 0 && FRAME_WORDS.has(list[k].stem) && list[k + 1].position - list[k].position <= 2) {
      hasFrameWord = true;
      frame.push(k--);
    }
    if (!hasNumber && !hasFrameWord) continue;
    found ??= new Set();
    for (const i of frame) found.add(i);
  }
  return found ?? NONE;
}

const NONE: ReadonlySet<number> = new Set();
