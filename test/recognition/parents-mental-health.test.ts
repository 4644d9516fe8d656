/**
 * A parent's mental health asked in a family assessment's own words
 * (rules/recognition/parents-mental-health.ts), read only where nothing else recognises the label.
 * The rows were written for round 36, not taken from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { parentsMentalHealth } from "../../rules/recognition/parents-mental-health";
import { itLeavesEachLabel, itReadsEachLabelShipped } from "./reads-labels";

describe("a parent's mental health (round 36)", () => {
  itReadsEachLabelShipped([
    // Each was recognised as nothing before this reading.
    ["Has either parent been feeling low, very worried, or struggling with their mental health, now or in the past?", "parent.mental-health"],
    ["How is each parent feeling in themselves? Low mood, anxiety, or current or past mental health difficulties", "parent.mental-health"],
    ["Each parent has been asked about their emotional wellbeing and any past or current mental health problems", "parent.mental-health"],
  ]);
  it("names the parent and the topic", () => {
    expect(parentsMentalHealth("Has either parent been feeling low lately?")).toEqual({ phrase: "parental mental health", evidence: ["either parent", "feeling low"], topic: "a parent's mental health" });
  });
  itLeavesEachLabel(parentsMentalHealth, ["Is the mother worried about the baby's mood?", "Does the father's depression affect the children?", "How is your mood today?"], "is not read as a parent's mental health");
});
