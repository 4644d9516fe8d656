/**
 * A health visitor's family assessment asks after each parent's mental health in its own words:
 * "Has either parent been feeling low, very worried, or struggling with their mental health?",
 * "How is each parent feeling in themselves? Low mood, anxiety…", "Each parent has been asked about
 * their emotional wellbeing…". A question whose subject is a parent (or both, each, either) and
 * whose topic is mental health or mood asks what the packs' "parental mental health" means. A last
 * reading (last-readings.ts): only where nothing else recognises the label.
 *
 * Not where a child is named too: "Is the mother worried about the baby's mood?" is the child's, and
 * "Does the father's depression affect the children?" asks about the effect on them (parent-impact.ts
 * reads that first).
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const PARENT = /\b(?:(?:each|either|both|the|a|any)\s+parents?|parents?\s+or\s+carers?|mother|father|mum|dad|parents)\b/;
const MENTAL = /\b(?:mental\s+health|mental\s+illness|emotional\s+(?:health|wellbeing|well-being)|(?:low|their)\s+mood|feeling\s+(?:low|down|depressed|anxious)|anxiety|depression|depressed|postnatal\s+depression)\b/;
const A_CHILD = /\b(?:child|children|baby|babies|infant|young\s+person|son|daughter|kids?)\b/;

/** The parent and the topic, when a label asks about a parent's mental health; else undefined. */
export function parentsMentalHealth(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [PARENT, MENTAL], unless: A_CHILD, phrase: "parental mental health", topic: "a parent's mental health" });
}
