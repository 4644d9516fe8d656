/**
 * "Trafficking screening", "Exploitation suspected", "Trafficking indicators present":
 * a terse record names its topic and then the state of the enquiry into it (screened for,
 * suspected, its indicators, identified). Those words say what became of asking about the topic,
 * not what the topic is, so left unmatched they say little against a phrase, as a time frame
 * does (time-frames.ts). A phrase that names them ("EPDS screening", "concerns identified") still
 * matches them in full, and a phrase matched on them alone recognises nothing (the recogniser
 * refuses a match made only of qualifiers). Not "present": the stemmer makes it "presenting" too,
 * and a presenting problem is a topic of its own.
 */
import { stem, type Token } from "./normalise";

const STATUS = new Set(["screening", "screened", "suspected", "suspicion", "indicators", "indicator", "identified"].map(stem));

/** Indices (into `list`) of the words that only report the state of an enquiry. */
export function statusWordTokens(list: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let k = 0; k < list.length; k++) if (STATUS.has(list[k].stem)) (found ??= new Set()).add(k);
  return found ?? EMPTY;
}

const EMPTY: ReadonlySet<number> = new Set();
