/**
 * Either side of an age threshold is one question (rules/recognition/age-thresholds.ts): "Are you
 * 18 or over?" asks what "Is the patient under 18?" asks. Tested on the reading and with a
 * vocabulary of its own.
 */
import { describe, expect, it } from "vitest";
import { readAgeThreshold } from "../../rules/recognition/age-thresholds";
import { Recogniser } from "../../rules/recognition/recogniser";

describe("either side of an age threshold", () => {
  it.each([
    ["are you 18 or over?", "are you under 18?"],
    ["aged 18 years or older", "aged under 18"],
    ["is the patient over 18?", "is the patient under 18?"],
    ["older than the age of 16", "under 16"],
    // A range is not a side of a threshold; a text with no threshold is as it was.
    ["only for ages 18 to 25", "only for ages 18 to 25"],
    ["over 18 - 25", "over 18 - 25"],
    ["anything over the limit", "anything over the limit"],
  ])("%j reads as %j", (text, read) => {
    expect(readAgeThreshold(text)).toBe(read);
  });

  const own = new Recogniser([
    { id: "child", title: "The patient is a child (under 18)", synonyms: ["under 18"] },
    { id: "teenage", title: "Teenage mother", synonyms: ["mother under 20"] },
  ]);
  it.each([
    ["Are you 18 or over?", "child"],
    ["Is the patient aged 18 or older?", "child"],
    ["Mother 20 or over?", "teenage"],
    // Another threshold is another question.
    ["Is the patient over 16?", null],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
