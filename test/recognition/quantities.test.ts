/**
 * How much is not what (rules/recognition/quantities.ts): an item asking for an amount or a
 * frequency of something asks about that thing; a span of time that dates something else, an age
 * and a count keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { withoutMeasure } from "../../rules/recognition/quantities";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("amounts, periods and opinion frames read off", () => {
  it.each([
    ["how often do you have at least one drink containing alcohol?", "how often do you have drink containing alcohol?"],
    ["drinking at least 4 drinks of any kind of alcohol in a single day?", "drinking drinks of alcohol ?"],
    ["on average, would you say you do at least 2.5 hours of physical activity per week?", ", you do physical activity ?"],
    // A span of time dating something else, an age, a period of the past, a plain count stay.
    ["was this child born more than 3 weeks before his or her due date?", "was this child born more than 3 weeks before his or her due date?"],
    ["is the patient under 18?", "is the patient under 18?"],
    ["in the last 12 months", "in the last 12 months"],
    ["how many children live with you?", "how many children live with you?"],
  ])("%j reads as %j", (text, read) => {
    expect(squash(withoutMeasure(text))).toBe(read);
  });

  const recogniser = recogniserFor(workspaceWithPacks().index);
  it.each([
    ["How often do you have at least one drink containing alcohol?", "lifestyle.risk-factors"],
    ["Drinking at least 4 drinks of any kind of alcohol in a single day?", "lifestyle.risk-factors"],
    ["On average, would you say you do at least 2.5 hours of physical activity per week?", "health.physical-activity"],
    ["Physical activity for at least 60 minutes", "health.physical-activity"],
    // Look-alikes.
    ["Was this child born more than 3 weeks before his or her due date?", null],
    ["In general, would you say your child's health is", null],
    ["Do you have more than one child?", null],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
