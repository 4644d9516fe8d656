/**
 * Where a referral goes: "Referral to physiotherapy made?", "Reason for referral to CAMHS". The
 * destination decides which referral a question is about: one to physiotherapy is not the
 * safeguarding referral that "referral made" means on a safeguarding form, so a concept some of
 * whose phrases name a destination ("referral to children's social care") is recognised, where a
 * prompt names one, only through it (recogniser.ts `namesDestinations`). And a destination names a
 * service, not whose a field is: "child" in "child and adolescent mental health services" is not
 * the child the form is about (the role guard skips it).
 *
 * Left unmatched, the destination is not made lighter, as a time frame is (time-frames.ts):
 * measured, it let a weak phrase through on the test part's guard.
 */
import type { Token } from "./normalise";

const REFERRAL = /^refer(?:s|red|ring|ral|rals)?$/;
/** Words that end a destination: what is said about the referral after it ("… to CAMHS made?"). */
const AFTER_DESTINATION = new Set(["for", "because", "on", "made", "sent", "completed", "done", "date", "reason", "reasons", "by", "if", "when", "why", "accepted", "declined", "outcome", "¬", "not", "no"]);

/** Indices (into `list`) of the tokens naming where a referral is sent, found in the text's words. */
export function referralDestinationTokens(words: readonly string[], list: readonly Token[]): ReadonlySet<number> {
  let found: Set<number> | undefined;
  for (let p = 0; p + 2 < words.length; p++) {
    if (words[p + 1] !== "to" || !REFERRAL.test(words[p])) continue;
    let end = p + 2;
    while (end < words.length && !AFTER_DESTINATION.has(words[end])) end++;
    for (let k = 0; k < list.length; k++) {
      if (list[k].position < p + 2 || list[k].position >= end) continue;
      (found ??= new Set()).add(k);
    }
  }
  return found ?? NONE;
}

const NONE: ReadonlySet<number> = new Set();
