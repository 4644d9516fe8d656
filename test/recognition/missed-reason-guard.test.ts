/**
 * Why an appointment was missed is a reason, not the count of missed appointments
 * (rules/recognition/missed-reason-guard.ts): a real label of the tuning part and two labels of
 * round 32's sweeps read as appointments.missed.
 */
import { describe, expect, it } from "vitest";
import { asksWhyMissed } from "../../rules/recognition/missed-reason-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("the reason an appointment was missed", () => {
  it.each([
    ["Reason for DNA", true],
    ["Reasons for missing the appointment", true],
    ["Reasons for not attending referral", true],
    ["Reason given for WNB", true],
    ["Why was the child not brought to the appointment?", true],
    ["Number of DNAs", false],
    ["DNA history", false],
    ["Missed appointments in the last 12 months", false],
    ["Why was the appointment missed?", true],
    ["Why did she not attend the clinic?", true],
    ["Reasons for not attending school", false],
    ["Reasons for non-attendance at school", false],
    ["Why did the child miss school?", false],
    ["Reason for referral", false],
  ])("%j asks why an appointment was missed: %s", (text, asks) => {
    expect(asksWhyMissed(text)).toBe(asks);
  });

  itReadsEachLabel(recogniserFor(workspaceWithPacks().index), [
    ["Reason for DNA", null],
    ["Reasons for missing the appointment", null],
    ["Reasons for not attending referral", null],
    // The count keeps its reading.
    ["Number of DNAs", "appointments.missed"],
    ["DNA history", "appointments.missed"],
    ["Missed appointments", "appointments.missed"],
    ["How many appointments missed?", "appointments.missed"],
  ], "(the shipped pack)");
});
