/**
 * A label that lists its answers after a colon asks what comes before the colon
 * (rules/recognition/inline-options.ts).
 */
import { describe, expect, it } from "vitest";
import { inlineOptions } from "../../rules/recognition/inline-options";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("answers listed in the label", () => {
  it.each([
    ["Education: on roll / EHE / CME", { head: "Education", options: ["on roll", "EHE", "CME"] }],
    ["Referral type: request for service / information sharing", { head: "Referral type", options: ["request for service", "information sharing"] }],
    // Not a list of answers: no slashes, a question before the colon, or answers too long to be answers.
    ["Other children: names and dates of birth", undefined],
    ["Notes: see attached", undefined],
    ["Why? Give details: who / what / when happened and what the child said about it afterwards to staff", undefined],
    ["Parent/carer name", undefined],
    // Three or more short answers after a question (6 December 2026, a label of the real labels' tuning part).
    ["What type of alcohol? Beer/Cider/Wine/Vodka/Gin/Rum...", { head: "What type of alcohol?", options: ["Beer", "Cider", "Wine", "Vodka", "Gin", "Rum"] }],
    ["Is the child known to social care? CP / CIN / LAC", { head: "Is the child known to social care?", options: ["CP", "CIN", "LAC"] }],
    // A yes/no marker, or a second question, is not a list of answers.
    ["Seen alone? Y/N", undefined],
    ["Any concerns? If yes, who was told / when / what was done next and by whom", undefined],
  ])("%j → %j", (label, expected) => {
    expect(inlineOptions(label)).toEqual(expected);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Read whole, the long answer "referral to children's social care" made it the referral itself.
    ["Threshold decision: early help (CAF) / referral to children's social care / no further action", "referral.caf-or-social-care"],
    ["Education: on roll / EHE / CME", "education.status"],
    ["Referral type: request for service / information sharing", "referral.type"],
    // The drinks named outweighed the question (recognised as nothing before).
    ["What type of alcohol? Beer/Cider/Wine/Vodka/Gin/Rum...", "lifestyle.risk-factors"],
    // A heading and answers that recognise nothing leave the label to be read whole.
    ["Referral to children's social care", "safeguarding.referral"],
  ], "(the shipped pack)");
});
