/**
 * The state of the home a child lives in is asked as its condition in many words: "Is the house in
 * a good state of repair?", "Home is properly maintained (including furniture)", "Are there working
 * smoke alarms in the home?". A question naming the home and its upkeep, cleanliness, damp, pests,
 * heating or hazards asks what the packs' "home environment" means. Read so where nothing else
 * recognises the label (a last reading, recogniser.ts).
 *
 * Only the dwelling's condition: not who owns or rents it, where it is, how long someone has waited
 * for one, who shares a bedroom, or a neighbourhood's housing (round 34 tried the home in all those
 * senses and found them other questions); nor a clinic's or a ward's cleanliness, which is not a home.
 */
import { plainLabel, readTopicWords, type TopicReading } from "./plain-label";

const HOME = /\b(?:home|homes|house|houses|flat|accommodation|property|dwelling|living\s+conditions)\b/;
const CONDITION = /\b(?:repair|disrepair|maintained|maintenance|smoke\s+alarms?|smoke\s+detectors?|carbon\s+monoxide|damp|mould|mold|pests|vermin|infest\w*|rodents|cockroach\w*|hygien\w*|clean|cleanliness|dirty|tidy|untidy|clutter\w*|hoard\w*|hazards?|hazardous|heated|heating|cold|squalid|squalor|sanitation)\b/;
const NOT_THE_DWELLING = /\b(?:owns?|owned|rent\w*|tenure|waiting|register|bedrooms?|neighbourhood|neighborhood|area|local\s+authority|clinic|ward|hospital|school|nursery|wash\s+(?:your\s+)?hands|hand\s+hygiene|food\s+hygiene|meals?|cooking)\b/;

/**
 * Whether the home is warm, dry, big, adequate, suitable or steady enough, said of the home itself:
 * "Is your home warm enough?", "Is the housing adequate?", "a steady place to sleep", "overcrowded
 * accommodation" (round 36). Only next to the home's own word (with a verb between at most): the same
 * words said of a person, a visit or care at home ("Is the mother stable at home?", "Is the support
 * at home adequate?") are other questions.
 */
const DWELLING = String.raw`(?:home|house|housing|flat|accommodation|property|dwelling|(?:place|somewhere)\s+to\s+(?:sleep|stay|live))`;
const ENOUGH = String.raw`(?:warm|dry|big|large|adequate|inadequate|adequately\s+heated|suitable|unsuitable|steady|stable|unstable|secure|insecure|overcrowded|cramped|draughty|drafty|leaking|leaky)`;
const HOME_ENOUGH = new RegExp(String.raw`\b${ENOUGH}\s+(?:enough\s+)?${DWELLING}\b|(?<!\bat\s)\b${DWELLING}\s+(?:(?:is|are|was|were|feel|feels|seem|seems)\s+)?(?:(?:not|too|very|always|generally)\s+)?${ENOUGH}\b`);

/** Care, support or a visit at home, and going home: what is adequate or suitable is not the dwelling. */
const SERVICE_AT_HOME = /\b(?:support|care|visits?|visiting|services?|go(?:ing)?\s+home|return\w*\s+home|discharg\w*|sent\s+home)\b/;

/** The condition and the dwelling, when a label asks about the state of a home; else undefined. */
export function homeConditions(label: string): TopicReading | undefined {
  const byWords = readTopicWords(label, { words: [CONDITION, HOME], unless: NOT_THE_DWELLING, phrase: "home environment", topic: "the condition of the home" });
  if (byWords) return byWords;
  const text = plainLabel(label);
  // A label naming no dwelling cannot match: let go before the long expression (compiled in every fresh process).
  const enough = /home|hous|flat|accommodation|property|dwelling|place|somewhere/.test(text) ? HOME_ENOUGH.exec(text) : null;
  return enough && !NOT_THE_DWELLING.test(text) && !SERVICE_AT_HOME.test(text) ? { phrase: "home environment", evidence: [enough[0]], topic: "the condition of the home" } : undefined;
}
