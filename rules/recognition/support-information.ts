/**
 * What help there is and how to ask for it is asked in a care leaver's words: "Help you can get after
 * you leave care, and how to ask for it", "Has someone told you what help you can get?", "Told what
 * help is available and how to ask for it". A label naming help or support with where it is, that it
 * is there to be had, or how to ask for it asks what the packs' "information on support available"
 * means. A last reading (last-readings.ts): only where nothing else recognises the label.
 *
 * Not help someone needs or wants ("What help do you need?", "Would you like help with your
 * housing?"), nor help that was given ("Help we gave today"): those are a need or an action, not
 * the information; nor a check of what the person knows ("Tell me one place where HIV prevention
 * support is available?", a health education quiz in the real-label set's tuning part), nor a page's
 * heading of instructions ("How to get help", an online support service's page in the audit labels).
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const HELP = /\b(?:help|support|advice)\b/;
const TO_BE_HAD = /\b(?:available|you\s+can\s+get|can\s+you\s+get|how\s+to\s+(?:ask|get|find|contact)|where\s+to\s+(?:get|go|find|turn)|who\s+to\s+(?:contact|call|ask|ring))\b/;
const NEEDED_OR_GIVEN = /\b(?:need|needs|needed|want|wants|wanted|like|would|gave|given|provided|offered\s+today|received)\b|\b(?:tell\s+me|name\s+(?:one|two|a|an))\b|^\s*how\s+to\s+(?:get|find)\b/;

/** The help and how it is had, when a label asks what help there is and how to ask for it; else undefined. */
export function supportInformation(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [HELP, TO_BE_HAD], unless: NEEDED_OR_GIVEN, phrase: "information on support available", topic: "what help there is and how to ask for it" });
}
