/**
 * Two questions of a plan's own upkeep, asked at length on the forms that need them:
 *
 * - who follows up a looked-after child's health needs once they leave care ("If the child leaves care
 *   before the next review: who will follow up outstanding health needs", "If I leave care before these
 *   actions are finished, who will make sure they still happen?"): leaving care, with someone following
 *   up, picking up or making sure;
 * - what makes a risk assessment be updated before its review ("Update RA if", "Review sooner if",
 *   "What events would mean this risk assessment must be updated before the planned review date?"):
 *   updating, redoing or reviewing sooner, with the risk assessment or its review date.
 *
 * Each is a last reading (recogniser.ts), tried only where nothing else recognises the label.
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const LEAVING_CARE = /\b(?:leav\w*|left)\s+care\b|\bcare\s+leavers?\b/;
const FOLLOWING_UP = /\b(?:follow\w*(?:\s+[a-z]+){0,3}?\s+up|follow-up|pick\s+up|picks\s+up|take\s+over|make\s+sure)\b/;

/** Who follows up health needs once a child leaves care. */
export function leavingCareFollowUp(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [LEAVING_CARE, FOLLOWING_UP], phrase: "health follow-up after leaving care", topic: "who follows up once the child leaves care" });
}

const UPDATED = /\b(?:update|updates|updated|updating|re-?do|redone|review(?:ed)?\s+sooner)\b/;
/** The risk assessment, or its review brought forward ("Review sooner if", "Re-do RA sooner if"). */
const THE_ASSESSMENT = /\b(?:risk\s+assessment|ra|sooner\s+if|before\s+the\s+(?:planned\s+|next\s+)?review(?:\s+date)?)\b/;

/** What makes a risk assessment be updated before its review. */
export function riskAssessmentUpdate(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [UPDATED, THE_ASSESSMENT], phrase: "reasons to update risk assessment", topic: "what makes the risk assessment be updated" });
}
