/**
 * Being told is not telling (rules/recognition/told-guard.ts). Written for round 35; the first row
 * was read as the child's voice before it.
 */
import { describe } from "vitest";
import { asksWhetherTold } from "../../rules/recognition/told-guard";
import { itDecidesEach, itReadsEachLabelShipped } from "./reads-labels";

describe("being told is not telling", () => {
  itDecidesEach(asksWhetherTold, [
    ["Has the child been told about the referral?", true],
    ["Was the young person informed of the outcome?", true],
    ["What has the child told you?", false],
    ["What the child says about home", false],
  ]);

  itReadsEachLabelShipped([
    ["Has the child been told about the referral?", null],
    // What the child said is still the child's voice, and a service told is still a notice.
    ["What has the child told you?", "voice-of-child"],
    ["Has the school nursing or health visiting service been told that I am now looked after?", "school-health.notified"],
  ]);
});
