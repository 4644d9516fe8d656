/**
 * A stock phrase needs its concept's topic (rules/recognition/topic-guard.ts). Added after a blind
 * audit of unlabelled public forms, where "Action taken" on a home-visit log, "Next Review" on an
 * observation chart and "What happened?" on a case note were read as safeguarding concepts.
 */
import { describe, expect, it } from "vitest";
import { isStockMatch, topicStems } from "../../rules/recognition/topic-guard";
import { stem } from "../../rules/recognition/normalise";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabelUnder } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a stock phrase of forms", () => {
  itReadsEachLabelUnder(pack, [
    // Found in the audit, each on a form about something else:
    ["Action taken", undefined, null],
    ["Next Review", undefined, null],
    ["Date of Next Review", undefined, null],
    ["What happened?", undefined, null],
    ["Desired outcome", undefined, null],
    ["Chief Complaint", undefined, null],
    ["Reason for coming to facility", undefined, null],
    ["Recommended Action", undefined, null],
    ["Most recent A1C (%)", undefined, null],
    // With its topic in the label, or in the section around it, it counts:
    ["Safeguarding action taken", undefined, "safeguarding.action-taken"],
    ["Action taken", "Safeguarding", "safeguarding.action-taken"],
    ["What happened to cause the injury?", undefined, "injury.circumstances"],
    ["Date of next risk assessment review", undefined, "risk-assessment.review-date"],
    // A phrase with a word of its own is not a stock phrase:
    ["Date completed", undefined, "completed.date"],
  ], "(the shipped pack)");

  it("takes a concept's topic from the first part of its id", () => {
    expect(topicStems("risk-assessment.review-date")).toEqual([stem("risk"), stem("assessment")]);
    expect(topicStems("safeguarding.action-taken")).toEqual([stem("safeguarding")]);
  });

  it.each([
    [["action", "taken"], true],
    [["date", "next", "review"], true],
    [["date", "completed"], false],
    [["injury", "happened"], false],
    [[], false],
  ])("the matched words %j are only process words: %s", (words, stock) => {
    expect(isStockMatch(words.map((w) => stem(w)))).toBe(stock);
  });
});
