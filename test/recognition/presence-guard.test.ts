/**
 * Someone present is someone in attendance (rules/recognition/presence-guard.ts): "Parent/carer
 * present" is not whether the client is a parent or carer.
 */
import { describe, expect, it } from "vitest";
import { asksPresence, namesAttendance } from "../../rules/recognition/presence-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("someone present is in attendance", () => {
  it.each([
    ["Parent/carer present", true],
    ["Was a parent present?", true],
    ["Health visitor present", true],
    // "Present" before a noun is current, not attendance.
    ["Present address", false],
    ["Presenting complaint", false],
    ["Parent or carer", false],
  ])("%j asks whether someone is present: %s", (text, asks) => {
    expect(asksPresence(text)).toBe(asks);
  });

  it.each([
    ["adult present", true],
    ["who accompanied the child", true],
    ["HV attending", true],
    ["parent or carer", false],
    ["is the client a parent", false],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesAttendance(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Parent/carer present", null],
    ["Was a parent present?", null],
    ["Adult present", "accompanying-adult.name"],
    ["Health visitor present", "attendees.health-visitor"],
    ["Parent or carer", "parent.status"],
    ["Is the client a parent or carer?", "parent.status"],
  ], "(the shipped pack)");
});
