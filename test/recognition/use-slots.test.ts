/**
 * A label asking only how, how often or since when something is used is an aspect of the use its
 * heading names (rules/recognition/use-slots.ts). The first rows are a substance-use admission
 * record's items in the real-label set's tuning part, none recognised before.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { isUseSlot } from "../../rules/recognition/use-slots";
import { tokens } from "../../rules/recognition/normalise";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabelUnder } from "./reads-labels";

describe("an aspect of use under a heading naming what is used", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabelUnder(pack, [
    ["Frequency of use:", "Primary Substance Usage", "lifestyle.risk-factors"],
    ["Age of first use:", "Primary Substance Usage", "lifestyle.risk-factors"],
    ["Usual route of administration:", "Primary Substance Usage", "lifestyle.risk-factors"],
    ["How often?", "Alcohol use", "lifestyle.risk-factors"],
    ["Amount used per week", "Drug and alcohol use", "lifestyle.risk-factors"],
    // Look-alikes: the heading must name a use (an inhaler's or social media's is no substance use),
    // and the label must ask about using ("Age" and "Date" alone are the person's).
    ["Frequency of use", "Inhaler", null],
    ["Frequency of use", "Internet and social media", null],
    ["Age", "Substance use", null],
    ["Date started", "Substance use", null],
  ]);
});

describe("isUseSlot", () => {
  it.each([
    ["Frequency of use", true],
    ["Usual route of administration", true],
    ["How often?", true],
    ["Age of first use", true],
    ["Age", false],
    ["Date of last use of the service", false],
    ["Frequency of contact with the family", false],
  ])("%j → %s", (label, expected) => {
    expect(isUseSlot(tokens(label))).toBe(expected);
  });
});
