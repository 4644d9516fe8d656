/**
 * The child's own words asked for as what they said (rules/recognition/childs-own-words.ts), read
 * only where nothing else recognises the label. The first two rows are written forms' tuning labels
 * (told before that the form did not record the child's voice); the rest were written for round 36,
 * except the crime victim's, a label of the real-label set's tuning part.
 */
import { describe } from "vitest";
import { childsOwnWords } from "../../rules/recognition/childs-own-words";
import { itLeavesEachLabel, itReadsEachLabelShipped } from "./reads-labels";

describe("the child's own words (round 36)", () => {
  itReadsEachLabelShipped([
    ["If the child was seen: what they said about how things are at home (their own words)", "voice-of-child"],
    ["What the young person told me about their health", "voice-of-child"],
    ["What she said about school (own words)", "voice-of-child"],
    // Whoever fills the form in, and another person's words.
    ["Would you like to briefly describe the crime in your own words?", null],
    ["What the mother said about the injury (her own words)", null],
  ]);
  itLeavesEachLabel(childsOwnWords, [
    "Your summary and analysis of the risks from what they have told you",
    "What the parent said (own words)",
    "Has the child been told about the plan?",
    // The benchmark's generated forms' help text, taken at first (433 recognitions too many, and the
    // batch's in-process lint 55% slower for them: docs/performance.md).
    "Ask in the family's own words; record who answered.",
    "Describe the incident in your own words",
  ], "is not read as the child's own words");
});
