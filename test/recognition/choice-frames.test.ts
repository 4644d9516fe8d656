/**
 * A survey's instruction to pick an answer asks about what the answer describes
 * (rules/recognition/choice-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readChoiceFrame } from "../../rules/recognition/choice-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("an instruction to pick the answer that describes something", () => {
  it.each([
    ["please check the range that best describes your annual household income.", "your annual household income."],
    ["select the category that best describes your current work or employment status:", "your current work or employment status:"],
    ["choose the description that best fits your situation.", "your situation."],
    ["which best describes your living situation?", "your living situation?"],
    ["which of the following best describes your housing?", "your housing?"],
    // A question that only mentions a range, a category or a description keeps its words.
    ["what is the normal range for this test?", "what is the normal range for this test?"],
    ["describe the injury", "describe the injury"],
    ["which school does the child attend?", "which school does the child attend?"],
  ])("%j reads as %j", (text, read) => {
    expect(readChoiceFrame(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was below the bar, its instruction's words weighing against the topic.
    ["Please check the range that best describes your annual household income.", "family.finance"],
    ["Which best describes your living situation?", "home.environment"],
    ["Select one option", null],
  ], "(the shipped pack)");
});
