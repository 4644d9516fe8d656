/**
 * A time frame dates a question without changing what it asks (rules/recognition/time-frames.ts):
 * "Previous attendances within 12 months" asks for previous attendances. Tested on the reading and
 * on the shipped pack, with the look-alikes that must stay unrecognised.
 */
import { describe, expect, it } from "vitest";
import { mainClause, tokens } from "../../rules/recognition/normalise";
import { timeFrameTokens } from "../../rules/recognition/time-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

/** The words of a label the reading takes as a time frame, in order. */
function frame(label: string): string[] {
  const list = tokens(mainClause(label));
  const found = timeFrameTokens(list);
  return list.filter((_, k) => found.has(k)).map((t) => t.stem);
}

describe("a time frame", () => {
  it.each([
    ["Previous attendances within 12 months", ["within", "12", "month"]],
    ["Number of attendances in last 6 months", ["past", "6", "month"]],
    ["Attendances over the past 2 weeks", ["over", "past", "2", "week"]],
    ["Visits in the past year", ["past", "year"]],
    // A unit with neither a number nor a frame word is not a frame; nor is "previous" without a unit.
    ["Month of birth", []],
    ["Previous attendances", []],
  ])("%j: %j", (label, words) => {
    expect(frame(label)).toEqual(words);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Previous attendances within 12 months", "attendance.count"],
    // A look-back of six months is still the count (the look-back requirement then says it is too short).
    ["Number of attendances in last 6 months", "attendance.count"],
    ["Have you used illegal drugs in the past 3 months?", "lifestyle.risk-factors"],
    // A time frame alone, or with what is not a concept, recognises nothing.
    ["In the past 12 months", null],
    ["Number of referrals in the last 12 months", null],
    // Attending a school is not attending the emergency department (setting-guard.ts), and a
    // template's placeholder for the number still makes a time frame (visits.ts).
    ["Have you attended any schools in the last {{years}} years?", null],
    ["Have you attended any schools in the last 3 years?", null],
    ["Attendances in the past year", "attendance.count"],
  ], "(the shipped pack)");
});
