/**
 * How forms say someone went to a service (rules/recognition/visits.ts): having been to a place is
 * having visited it, an emergency room is the emergency department, and "in the last year" is a
 * time frame, not the most recent attendance. Tested on the reading and on the shipped pack.
 */
import { describe, expect, it } from "vitest";
import { readVisits } from "../../rules/recognition/visits";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("visits", () => {
  it.each([
    ["how many times has the child been to the emergency department?", "how many times has the child visited the emergency department?"],
    ["number of emergency room visits", "number of emergency department visits"],
    ["attended ed in the last year", "attended ed in the past year"],
    ["in the last 12 months", "in the past 12 months"],
    ["in last 6 months", "in the past 6 months"],
    ["in the last they years", "in the past they years"],
    // Not a time frame: "last" as the most recent stays.
    ["when did the child last attend?", "when did the child last attend?"],
    ["date of the last attendance", "date of the last attendance"],
    // Not a place visited.
    ["have you been to blame?", "have you been to blame?"],
    // Leaving before treatment, however it is written; a left arm is not a departure.
    ["left before being seen", "leave before being seen"],
    ["left without treatment", "leave without treatment"],
    ["injury to left arm", "injury to left arm"],
    // Seen in a service is a visit to it; seen alone, by someone or in a clinic keeps its words.
    ["has the child been seen in the department before?", "has the child visited the department before?"],
    ["previously seen at a&e", "previously visited a&e"],
    ["seen alone", "seen alone"],
    ["seen by the nurse", "seen by the nurse"],
    ["seen in clinic today", "seen in clinic today"],
  ])("%j reads as %j", (text, read) => {
    expect(readVisits(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["How many times has the child been to the emergency department in the past year?", "attendance.count"],
    ["How many times has the child attended ED in the last year?", "attendance.count"],
    ["How many times have you been to A&E in the last 12 months?", "attendance.count"],
    ["Emergency room visits", "attendance.count"],
    ["When did the child last attend ED?", "attendance.last-date"],
    // Visits to another service are not attendances at the emergency department: a visit to the
    // dentist is the oral health question (round 29's "visited a dentist"; it was nothing before).
    ["Have you been to the dentist in the last year?", "health.oral"],
    ["Visits in past year", null],
    ["Did the child leave before being seen?", "attendance.left-before-treatment"],
    ["Injury to left arm", null],
    // Was recognised as nothing (a paraphrase written on 4 December).
    ["How many times has the child been seen in the department in the last year?", "attendance.count"],
    ["Previously seen in ED?", "attendance.count"],
    ["Has the child been seen in clinic today?", null],
    // The possessive is dropped before this reading runs: "children's" was never met.
    ["Seen at the children’s A&E before?", "attendance.count"],
  ], "(the shipped pack)");
});
