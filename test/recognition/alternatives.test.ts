/**
 * One question listing several (rules/recognition/alternatives.ts): "Has anyone ever hit you, hurt
 * you or made you feel afraid?" is read one alternative at a time, each with the question's opening.
 */
import { describe, expect, it } from "vitest";
import { alternativesOf, headingAlternatives } from "../../rules/recognition/alternatives";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a question that lists its alternatives", () => {
  it.each([
    ["Has anyone ever hit you, hurt you or made you feel afraid?", ["Has anyone ever hit you", "Has anyone ever hurt you", "Has anyone ever made you feel afraid"]],
    ["Has your partner ever pushed, hit or kicked you?", ["Has your partner ever pushed", "Has your partner ever hit", "Has your partner ever kicked you"]],
    // No list, or no opening of its own, or alternatives too long to be one: not split.
    // An alternative of six words (set G's MIU record: "live with any child under 18").
    ["Do you have children, or look after or live with any child under 18?", ["Do you have children", "Do you have look after", "Do you have live with any child under 18"]],
    ["Has anyone ever hurt you?", []],
    ["Name, address or phone number", []],
    ["Has anyone ever hit you, or done something else that frightened you badly at home or at work?", []],
  ])("%j → %j", (question, alternatives) => {
    expect(alternativesOf(question)).toEqual(alternatives);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Has anyone ever hit you, hurt you or made you feel afraid?", "domestic-abuse.enquiry"],
    ["Has your partner ever pushed, hit or kicked you?", "domestic-abuse.enquiry"],
    ["Do you have children, or look after or live with any child under 18?", "caring-responsibilities"],
    // Whose it is comes from the whole question: the child hurt is not the adult's enquiry.
    ["Has anyone ever hit the child, hurt the child or made the child afraid?", null],
  ], "(the shipped pack)");
});

describe("a short heading of two things", () => {
  it.each([
    ["Injury / presenting complaint", ["Injury", "presenting complaint"]],
    ["Conferences and core groups", ["Conferences", "core groups"]],
    // A title's own "and" in a longer heading stays whole; a heading of one thing has no parts.
    ["Health and development of the child in the family", []],
    ["Safeguarding", []],
  ])("%j → %j", (title, parts) => {
    expect(headingAlternatives(title)).toEqual(parts);
  });
});
