/**
 * The date a request was made or received is not the date of what was requested
 * (rules/recognition/dated-events.ts): two writers' initial health assessments dated the request
 * from children's social care, and it was read as the date of the assessment.
 */
import { describe, expect, it } from "vitest";
import { datesARequest, namesARequest } from "../../rules/recognition/dated-events";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("dating a request", () => {
  it.each([
    ["Date IHA request received from CSC", true],
    ["Date the IHA request was received by the health team", true],
    ["Date assessment requested", true],
    ["When was the referral received?", true],
    ["Date of IHA", false],
    ["Date of assessment", false],
    ["Requested by", false],
    ["Request for GP summary", false],
  ])("%j dates a request: %s", (text, dates) => {
    expect(datesARequest(text)).toBe(dates);
  });

  it.each([
    ["GP summary requested", true],
    ["date referral received", true],
    ["Date of the health assessment", false],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesARequest(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // When the request came, not when the assessment took place.
    ["Date IHA request received from CSC", null],
    ["Date the IHA request was received by the health team", null],
    ["Date assessment requested", null],
    // When it took place, however the form names it.
    ["Date of IHA", "assessment.date"],
    ["Date of initial health assessment", "assessment.date"],
    // A request the pack names is still its own.
    ["GP summary requested", "gp.summary-requested"],
  ], "(the shipped pack)");
});
