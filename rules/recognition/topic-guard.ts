/**
 * A stock phrase of forms says nothing of what it is about. "Action taken", "Date of next review",
 * "What happened?", "Desired outcome", "Reason for coming", "Chief complaint" are asked on falls
 * charts, care plans, case notes and benefit claims alike; they are a safeguarding decision, a risk
 * assessment's review date or an injury's circumstances only on a form about that. Read blind, on
 * 2,978 unlabelled labels of 15 public health and public-service form sets (2 December 2026), such
 * matches were wrong 11 times out of 11.
 *
 * So a match made only of process words (below) counts only when the prompt — its label, or its label
 * read under its group's title — also names the concept's topic: the words of the first part of the
 * concept's id ("safeguarding" in `safeguarding.action-decision`, "risk" and "assessment" in
 * `risk-assessment.review-date`, "injury" in `injury.circumstances`). The packs stay the only
 * vocabulary: the topic is read from the concept id, and nothing here names a concept.
 */
import { stem } from "./normalise";

const PROCESS_WORDS = [
  "action", "actions", "taken", "take", "recommended", "next", "review", "reviewed", "date", "time",
  "what", "happened", "happen", "outcome", "outcomes", "desired", "expected", "intended", "change",
  "changes", "changed", "circumstances", "type", "types", "order", "support", "request", "requested",
  "requesting", "reason", "reasons", "coming", "come", "details", "history", "most", "recent", "last",
  "previous", "complaint", "chief", "presenting", "grading", "graded", "level", "status", "notes",
  "comments", "summary", "decision", "further", "follow", "up", "information", "offered", "offer",
];

const PROCESS_STEMS: ReadonlySet<string> = new Set(PROCESS_WORDS.map((w) => stem(w)));

/** Whether every word a phrase matched is a process word (so the match names no topic). */
export function isStockMatch(matchedStems: readonly string[]): boolean {
  return matchedStems.length > 0 && matchedStems.every((s) => PROCESS_STEMS.has(s));
}

/** The stems of a concept's topic: the words of its id's first part ("risk-assessment" → risk, assessment). */
export function topicStems(conceptId: string): string[] {
  return conceptId.split(".")[0].split(/[-_]/).filter(Boolean).map((w) => stem(w));
}
