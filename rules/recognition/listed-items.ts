/**
 * A list of things inside a question: "any current or past mental illness, low mood or anxiety",
 * "the behaviour, health or lifestyle of the parent or carer". A phrase naming one of the things
 * ("mental illness", "parent's behaviour") asks what the question asks; the other things beside
 * it only widen what counts as a yes. Read whole, their words weighed against every phrase as if
 * each were a topic of its own, and a question listing four things scored as none of them.
 *
 * A list of three or more: items of at most three words between commas, ending in "or" and an
 * item of at most three words ("…, low mood or anxiety"). The first item is the words before the
 * first comma, back to the first word that carries no meaning, at most three. And a pair: the
 * words either side of a bare "or", as far as the first word that carries no meaning, at most
 * three ("doctor or ANP"). A text whose words do not split at its commas as they run whole (a
 * reading joined words across one) has none. "And" joins things all asked ("name, address and
 * phone number"): measured as a connector too, it changed nothing, and it is left out.
 */
import { isStopWord, words } from "./normalise";

/** The word positions of each item of each list in a text (`words(text)`'s positions). */
export type ListedItems = ReadonlyArray<ReadonlyArray<readonly number[]>>;

const NONE: ListedItems = [];
const CONNECTORS = new Set(["or"]);
const MOST_WORDS = 3;

export function listedItems(text: string, promptWords: readonly string[]): ListedItems {
  if (!/\bor\b/i.test(text)) return NONE;
  const chunks = text.split(",").map((c) => words(c));
  if (chunks.reduce((n, c) => n + c.length, 0) !== promptWords.length) return NONE;
  const offsets: number[] = [];
  let at = 0;
  for (const c of chunks) {
    if (c.some((w, k) => w !== promptWords[at + k])) return NONE;
    offsets.push(at);
    at += c.length;
  }
  const lists: Array<ReadonlyArray<readonly number[]>> = [];
  for (let j = 1; j < chunks.length; j++) {
    const last = chunks[j];
    const c = last.findIndex((w) => CONNECTORS.has(w));
    if (c === -1) continue;
    // The chunk before the connector is an item ("low mood" in "low mood or anxiety"), or nothing (", or anxiety").
    const before = last.slice(0, c);
    if (before.length > MOST_WORDS || !itemWords(before)) continue;
    const after = leadingItem(last.slice(c + 1));
    if (after.length === 0) continue;
    // The items between commas before it, each of one to three words.
    let i = j - 1;
    const middle: number[][] = [];
    while (i > 0 && chunks[i].length > 0 && chunks[i].length <= MOST_WORDS && itemWords(chunks[i]) && !chunks[i].some((w) => CONNECTORS.has(w))) {
      middle.unshift(range(offsets[i], chunks[i].length));
      i--;
    }
    const first = trailingItem(chunks[i]);
    if (first.length === 0) continue;
    const items: number[][] = [range(offsets[i] + chunks[i].length - first.length, first.length), ...middle];
    if (before.length > 0) items.push(range(offsets[j], before.length));
    items.push(range(offsets[j] + c + 1 + after.skip, after.length));
    if (items.length >= 3) lists.push(items);
  }
  // Two things either side of a bare "or" ("the injury or onset of illness", "doctor or ANP"), where no list of three holds them.
  for (let j = 0; j < chunks.length; j++) {
    const ws = chunks[j];
    for (let c = 1; c < ws.length - 1; c++) {
      if (ws[c] !== "or" || lists.some((l) => l.some((item) => item.includes(offsets[j] + c - 1)))) continue;
      const left = trailingItem(ws.slice(0, c));
      const right = leadingItem(ws.slice(c + 1));
      if (left.length === 0 || right.length === 0 || right.skip > 0) continue;
      lists.push([range(offsets[j] + c - left.length, left.length), range(offsets[j] + c + 1, right.length)]);
    }
  }
  return lists;
}

/** Whether some word of an item carries meaning (an item of "the" alone is not one). */
function itemWords(ws: readonly string[]): boolean {
  return ws.length === 0 || ws.some((w) => !isStopWord(w));
}

/** Where the item a list's last part opens with lies in it: after one word that carries no meaning ("or any anxiety"), its words up to the next such word, at most three. */
function leadingItem(ws: readonly string[]): { skip: number; length: number } {
  const skip = ws.length > 0 && isStopWord(ws[0]) ? 1 : 0;
  let end = skip;
  while (end < ws.length && end - skip < MOST_WORDS && !isStopWord(ws[end])) end++;
  return { skip, length: end - skip };
}

/** The item a list's first part closes with: its words back to the last that carries no meaning, at most three. */
function trailingItem(ws: readonly string[]): readonly string[] {
  let start = ws.length;
  while (start > 0 && ws.length - start < MOST_WORDS && !isStopWord(ws[start - 1])) start--;
  return ws.slice(start);
}

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, k) => from + k);
}

/**
 * The positions of the items beside those a phrase matched (`matched`: word positions): the other
 * items of every list one of whose items it named. None where it named none, or every one.
 */
export function itemsBeside(listed: ListedItems, matched: ReadonlySet<number>): ReadonlySet<number> {
  let out: Set<number> | undefined;
  for (const items of listed) {
    const named = items.filter((item) => item.some((p) => matched.has(p)));
    if (named.length === 0 || named.length === items.length) continue;
    // Only where the phrase names something of the question besides: "foster care" alone in "In
    // foster care, a children's home, or adopted?" is one of three places, not what is asked of them.
    if (![...matched].some((p) => !items.some((item) => item.includes(p)))) continue;
    out ??= new Set();
    for (const item of items) if (!named.includes(item)) for (const p of item) out.add(p);
  }
  return out ?? NO_POSITIONS;
}

const NO_POSITIONS: ReadonlySet<number> = new Set();
