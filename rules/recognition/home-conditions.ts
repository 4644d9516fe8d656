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
import { readTopicWords, type TopicReading } from "./plain-label";

const HOME = /\b(?:home|homes|house|houses|flat|accommodation|property|dwelling|living\s+conditions)\b/;
const CONDITION = /\b(?:repair|disrepair|maintained|maintenance|smoke\s+alarms?|smoke\s+detectors?|carbon\s+monoxide|damp|mould|mold|pests|vermin|infest\w*|rodents|cockroach\w*|hygien\w*|clean|cleanliness|dirty|tidy|untidy|clutter\w*|hoard\w*|hazards?|hazardous|heated|heating|cold|squalid|squalor|sanitation)\b/;
const NOT_THE_DWELLING = /\b(?:owns?|owned|rent\w*|tenure|waiting|register|bedrooms?|neighbourhood|neighborhood|area|local\s+authority|clinic|ward|hospital|school|nursery|wash\s+(?:your\s+)?hands|hand\s+hygiene|food\s+hygiene|meals?|cooking)\b/;

/** The condition and the dwelling, when a label asks about the state of a home; else undefined. */
export function homeConditions(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [CONDITION, HOME], unless: NOT_THE_DWELLING, phrase: "home environment", topic: "the condition of the home" });
}
