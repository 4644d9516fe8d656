/**
 * A number per day or week is how often something is done, not a count of things
 * (rules/recognition/prompt-guards.ts `asksHowOften`): "On average, how many times are the child's
 * teeth brushed per day?" (the real-label set's tuning part) asks about brushing, the oral health
 * prompt, and was refused by the count guard before 6 December 2026 as if it asked how many of
 * something there were.
 */
import { describe, expect, it } from "vitest";
import { asksHowOften } from "../../rules/recognition/prompt-guards";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("asksHowOften", () => {
  it.each([
    ["On average, how many times are the child's teeth brushed per day?", true],
    ["How many days a week do you exercise?", true],
    ["How many hours each night does the child sleep?", true],
    // The days of one week on which it was done (round 27).
    ["On how many days in the past week did you do physical activity?", true],
    ["During the last 7 days, on how many days did you walk?", true],
    ["In a typical week, on how many days do you eat breakfast?", true],
    // A count over a span, not a rate.
    ["On how many days in the past year was the child absent?", false],
    ["How many times has the child attended in the past year?", false],
    ["How many children do you have?", false],
    ["Number of attendances per year", false],
  ])("%j → %s", (label, expected) => {
    expect(asksHowOften(label)).toBe(expected);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["On average, how many times are the child's teeth brushed per day?", "health.oral"],
    ["How many times has the child attended in the past 12 months?", "attendance.count"],
    ["How many children do you have?", "children.count"],
  ], "(the shipped pack)");
});
