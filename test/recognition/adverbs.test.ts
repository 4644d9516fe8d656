/**
 * An adverb is the adjective it is made from (rules/recognition/adverbs.ts): "Do you exercise
 * regularly?" asks about regular exercise. Nouns ending in -ly are never cut.
 */
import { describe, expect, it } from "vitest";
import { adjectiveOf } from "../../rules/recognition/adverbs";
import { stem } from "../../rules/recognition/normalise";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("an adverb read as its adjective", () => {
  it.each([
    ["regularly", "regular"],
    ["currently", "current"],
    ["previously", "previous"],
    ["usually", "usual"],
    ["actively", "active"],
    ["carefully", "careful"],
    // Nouns and short words ending in -ly stay as they are.
    ["family", "family"],
    ["bully", "bully"],
    ["rally", "rally"],
    ["supply", "supply"],
    ["only", "only"],
    ["daily", "daily"],
  ])("%s → %s", (word, adjective) => {
    expect(adjectiveOf(word)).toBe(adjective);
  });

  it("meets the adjective once stemmed, unless a word family already says what the word is", () => {
    expect(stem("regularly")).toBe(stem("regular"));
    expect(stem("physically")).toBe(stem("physical"));
  });

  const recogniser = recogniserFor(workspaceWithPacks().index);
  it.each([
    ["Do you exercise regularly?", "health.physical-activity"],
    ["Regular exercise", "health.physical-activity"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
