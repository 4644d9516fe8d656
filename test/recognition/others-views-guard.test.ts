/**
 * Someone else's views are not the child's voice (rules/recognition/others-views-guard.ts).
 */
import { describe, expect, it } from "vitest";
import { asksOthersViews, mayAnswerOthersViews } from "../../rules/recognition/others-views-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("someone else's views", () => {
  it.each([
    ["Carer's views on the young person's emotional and behavioural health", true],
    ["Parent's views on the child's health", true],
    ["Views of the foster carer", true],
    ["Social worker's comments", true],
    ["Young person's views on their health", false],
    ["Views of the young person", false],
    // The child's views asked with theirs.
    ["Views of parents and child", false],
  ])("%j gives the views to someone other than the child: %s", (text, asks) => {
    expect(asksOthersViews(text)).toBe(asks);
  });

  it.each([
    ["views of the young person", false],
    ["wishes and feelings", false],
    ["emotional and behavioural health", true],
    ["carer's views", true],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(mayAnswerOthersViews(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Carer's views on the young person's emotional and behavioural health", "health.emotional-wellbeing"],
    ["Parent's views on the child's health", null],
    ["Young person's views on their health", "voice-of-child"],
    ["Views of parents and child", "voice-of-child"],
  ], "(the shipped pack)");
});
