/**
 * The child's own words are asked for as what they said or wrote, not by the packs' "voice of the
 * child": "If the child was seen: what they said about how things are at home (their own words)",
 * "What the young person told me about their health", "YP's view of their risks (own words)". A label
 * asking for someone's own words, or for what the child or young person said or told, asks what the
 * packs' "in the child's own words" means: what they said only as what the label asks, at its start
 * (a help text's "your analysis of the risks from what they have told you" asks for the analysis). A last reading (last-readings.ts), read on the whole of
 * what is asked (a bracket saying "own words" is what makes it so, and the main clause drops brackets).
 *
 * Not another person's words ("the parent's own words", "what the mother said"), nor what the child
 * was told (told-guard.ts says why that is another question), nor "your own words", which any form
 * asks of whoever fills it in ("Briefly describe the crime in your own words", a victim's claim): the
 * words must be the child's, their, his, her or my own, or a bracket's "(own words)". Not "the family's
 * own words" either (a help text of the benchmark's generated forms, where this reading first took it).
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const THEIR_WORDS = /(?:\b(?:their|his|her|my)\s+|\b(?:child|young\s+person|yp)'?s?\s+|\(\s*)own\s+words\b|^\s*what\s+(?:the\s+)?(?:child|young\s+person|yp|they|he|she)\s+(?:has\s+|have\s+)?(?:said|says|say|told|tells|wrote|writes)\b/;
const SOMEONE_ELSE = /\b(?:parents?|mother|father|mum|dad|carers?|partner|family|household|adult|patient|client|woman|service\s+user|practitioner|clinician|nurse|doctor|worker|professional|referrer|was\s+told|were\s+told|been\s+told)\b/;

/**
 * So does a label that opens on the child's or young person's views, wishes or feelings, whatever it
 * asks of them: "The child(ren)'s views on the interim plan of care been considered?", "Young
 * person's views about the referral", "Children's wishes and feelings" (round 38: read whole, what
 * the views are about outweighs them). At the start only: the child's views are then what the label is
 * about, not one thing among others it names.
 */
const THEIR_VIEWS = /^(?:[a-z]?\d+[a-z]?[.):]\s*)?(?:the\s+)?(?:child|children|child\(ren\)|young\s+person|young\s+people|yp|cyp)(?:'s|s'|')?\s+(?:own\s+)?(?:views?|wishes|feelings|voice|perspective)\b/;

/** The words that say so, when a label asks for the child's own words; else undefined. */
export function childsOwnWords(label: string): TopicReading | undefined {
  return (
    readTopicWords(label, { words: [THEIR_WORDS], unless: SOMEONE_ELSE, phrase: "in the child's own words", topic: "the child's own words" }) ??
    (/view|wish|feeling|voice|perspective/.test(label.toLowerCase()) ? readTopicWords(label, { words: [THEIR_VIEWS], unless: SOMEONE_ELSE, phrase: "in the child's own words", topic: "the child's views" }) : undefined)
  );
}
