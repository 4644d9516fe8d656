/**
 * Being told is not telling (rules/recognition/told-guard.ts). Written for round 35; the first row
 * was read as the child's voice before it.
 */
import { describe, expect, it } from "vitest";
import { asksWhetherTold } from "../../rules/recognition/told-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("being told is not telling", () => {
  it.each([
    ["Has the child been told about the referral?", true],
    ["Was the young person informed of the outcome?", true],
    ["What has the child told you?", false],
    ["What the child says about home", false],
  ])("%j: %s", (label, asks) => {
    expect(asksWhetherTold(label)).toBe(asks);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Has the child been told about the referral?", null],
    // What the child said is still the child's voice, and a service told is still a notice.
    ["What has the child told you?", "voice-of-child"],
    ["Has the school nursing or health visiting service been told that I am now looked after?", "school-health.notified"],
  ], "(the shipped pack)");
});
