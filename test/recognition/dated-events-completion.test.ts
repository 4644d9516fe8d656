/**
 * The date something else was completed is not the date the form was completed
 * (rules/recognition/dated-events.ts): a security-vetting form's "Date the investigation was
 * completed" was read as the form's completion date, which would have counted as the prompt the
 * report asks every form to date.
 */
import { describe, expect, it } from "vitest";
import { datesAnotherCompletion, mayDateAnotherCompletion } from "../../rules/recognition/dated-events";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("dating the completion of something other than the form", () => {
  it.each([
    ["Date the investigation was completed", true],
    ["Date training completed", true],
    ["Date safeguarding training completed", true],
    ["Course completion date", true],
    ["Date of completion of the treatment programme", true],
    ["Date immunisations completed", true],
    ["Date completed", false],
    ["Date form completed", false],
    ["Date assessment completed", false],
    ["Date and time completed", false],
    ["Form completion date", false],
    ["Date minutes completed", false],
    ["Date of completion", false],
    ["Completed by", false],
  ])("%j dates another completion: %s", (text, dates) => {
    expect(datesAnotherCompletion(text)).toBe(dates);
  });

  it.each([
    ["date completed", false],
    ["date form completed", false],
    ["date signed", false],
    ["date action completed", true],
    ["date of incident", true],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(mayDateAnotherCompletion(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Date the investigation was completed", null],
    ["Date training completed", null],
    ["Course completion date", null],
    // The form's own completion keeps its reading.
    ["Date completed", "completed.date"],
    ["Date form completed", "completed.date"],
    ["Date Report Completed:", "completed.date"],
    ["Form completion date", "completed.date"],
  ], "(the shipped pack)");
});
