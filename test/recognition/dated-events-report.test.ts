/**
 * The date of a report is not the date of what it reports (rules/recognition/dated-events.ts).
 */
import { describe, expect, it } from "vitest";
import { datesAReport, namesAReport } from "../../rules/recognition/dated-events";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("dating a report", () => {
  it.each([
    ["Date of incident report", true],
    ["Date incident reported", true],
    ["Time of incident report", true],
    ["When was the incident reported?", true],
    ["Reported on", true],
    ["Date report completed:", false],
    ["Date of incident", false],
    ["Time of assault", false],
    ["Reported by", false],
  ])("%j dates a report: %s", (text, dates) => {
    expect(datesAReport(text)).toBe(dates);
  });

  it.each([
    ["date of report", true],
    ["date and time of incident", false],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesAReport(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // When the report was made, not when the injury happened ("Time of incident report" was injury.timing).
    ["Time of incident report", null],
    ["Date and time of incident report", null],
    ["Date incident reported", null],
    // When it happened, however the form names the event.
    ["Date and time of incident", "injury.timing"],
    ["Date of Assault", "injury.timing"],
    ["Time of Assault", "injury.timing"],
    ["Date of accident", "injury.timing"],
    // The report's own completion is the form's (an ORR home study: it was lost to the first version of this guard).
    ["Date Report Completed:", "completed.date"],
  ], "(the shipped pack)");
});
