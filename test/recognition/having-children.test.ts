/**
 * Having children is the hidden-child question (rules/recognition/having-children.ts): the
 * report found adult ED and minor injury unit records that did not ask it (1.24, Rec 2.5;
 * 1.17, Rec 1.3).
 */
import { describe, expect, it } from "vitest";
import { readHavingChildren } from "../../rules/recognition/having-children";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("having children is the hidden-child question", () => {
  it.each([
    ["do you have any children?", "do you havechildren?"],
    ["does the patient have children", "does the patient havechildren"],
    ["have you got any children?", "havechildren?"],
    // The adult named (round 35).
    ["has the patient got any children?", "havechildren?"],
    ["has the client got any kids under 16?", "havechildren under 16?"],
    ["do you have any children under 18?", "do you havechildren under 18?"],
    // A question that says more keeps its words for the phrases that say it.
    ["do you have any children living in the household?", "do you have any children living in the household?"],
    ["do you have children with special needs?", "do you have children with special needs?"],
    ["have you had any children?", "have you had any children?"],
    ["how many children do you have?", "how many children do you have?"],
  ])("%j reads as %j", (text, read) => {
    expect(readHavingChildren(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing, or "Do you have any children under 18?" as whether the patient is under 18.
    ["Do you have any children?", "caring-responsibilities"],
    ["Have you got any children?", "caring-responsibilities"],
    ["Do you have any children under 18?", "caring-responsibilities"],
    ["Do you have any children under the age of 16?", "caring-responsibilities"],
    ["Does the patient have children?", "caring-responsibilities"],
    ["Has the patient got any children?", "caring-responsibilities"],
    ["How many children do you have?", "children.count"],
    ["Children", null],
    ["Children's names", null],
    ["Have you had any children?", null],
  ], "(the shipped pack)");
});
