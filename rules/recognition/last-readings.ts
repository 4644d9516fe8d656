/**
 * The last readings: what a question is about, read from its topic when no phrase of any concept
 * matched it (recogniser.ts, after every other way of reading a label). Each names the packs' words
 * for the topic (`phrase`, matched like any label), the label's own words that said so (`evidence`)
 * and the topic in words for explanations (`topic`). Being last, they move no phrase's weight and
 * override no other reading; round 34 in docs/recognition.md measured each.
 */
import { ownMoney } from "./money-frames";
import { habitTopic } from "./habit-topics";
import { abuseBehaviour } from "./abuse-behaviour";
import { consentToCare } from "./care-consent";
import { homeConditions } from "./home-conditions";
import type { TopicReading } from "./plain-label";

export type { TopicReading } from "./plain-label";

/** In the order tried: the household's own money, a habit however counted, abusive behaviour, consent to care, the condition of the home. */
const LAST_READINGS: ReadonlyArray<(label: string) => TopicReading | undefined> = [ownMoney, habitTopic, abuseBehaviour, consentToCare, homeConditions];

/** Each last reading that takes `label` by its topic, in order. */
export function lastReadings(label: string): TopicReading[] {
  const out: TopicReading[] = [];
  for (const read of LAST_READINGS) {
    const r = read(label);
    if (r) out.push(r);
  }
  return out;
}
