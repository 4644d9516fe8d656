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
    // How long, as a bound, and the days of one week (round 27).
    ["on how many days in the past week did you do 30 minutes or more of physical activity?", "how often did you do physical activity?"],
    ["during the last 7 days, on how many days did you walk for at least 10 minutes at a time?", "how often did you walk ?"],
    ["in a typical week, on how many days do you do vigorous-intensity activities?", "how often do you do vigorous-intensity activities?"],
    // A span of time dating something else, an age, a period of the past, a plain count stay.
    ["on how many days in the past year did the child attend?", "on how many days in the past year did the child attend?"],
    ["the appointment lasted 10 minutes", "the appointment lasted 10 minutes"],
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
    ["On how many days in the past week did you do 30 minutes or more of physical activity?", "health.physical-activity"],
    // The times of one week, after a leading frame that is otherwise dropped (normalise.ts mainClause).
    ["During the past 7 days, how many times did you eat fruit?", "health.healthy-eating"],
    // The household's meals are not what the person did: the count stays, and who lives there is not asked.
    ["DURING THE PAST WEEK, on how many days did all the family members who live in the household eat a meal together?", null],
    ["In a typical week, on how many days do you do vigorous-intensity activities as part of your work?", "health.physical-activity"],
    // Look-alikes.
    ["Was this child born more than 3 weeks before his or her due date?", null],
    ["In general, would you say your child's health is", null],
    ["Do you have more than one child?", null],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
