/**
 * "Part B" is a named part of a form, not any part (rules/recognition/part-letter-guard.ts).
 */
import { describe, expect, it } from "vitest";
import { namesNoLetteredPart, speaksOfAnyPart } from "../../rules/recognition/part-letter-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("any part, and Part B", () => {
  it.each([
    ["Was the assessment, or any part of it, declined?", true],
    ["Did the child take part?", true],
    ["Part B completed?", false],
    ["Date of assessment", false],
  ])("%j speaks of a part it does not name: %s", (text, any) => {
    expect(speaksOfAnyPart(text)).toBe(any);
  });

  it.each([
    ["part B of the assessment", false],
    ["declined assessment", true],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesNoLetteredPart(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Set I's review health assessment: read as Part B, the declined assessment was reported missing.
    ["Was the assessment, or any part of it, declined?", "assessment.declined"],
    ["Part B completed?", "assessment.part-b"],
    ["Part B of the health assessment uploaded", "assessment.part-b"],
  ], "(the shipped pack)");
});
