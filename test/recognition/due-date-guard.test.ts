/**
 * A pregnancy's due date is not an action's (rules/recognition/due-date-guard.ts). Added when
 * "Estimated Due Date (EDD)", on a prenatal intake form, was read as when a plan's action is due.
 */
import { describe, expect, it } from "vitest";
import { asksPregnancyDueDate } from "../../rules/recognition/due-date-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a pregnancy's due date", () => {
  itReadsEachLabel(pack, [
    ["Estimated Due Date (EDD)", null],
    ["Expected due date", null],
    ["Due date of baby", null],
    // A person's due date is a pregnancy's (a child development study's "What is this child's due date?", tuning part).
    ["What is your due date?", null],
    ["What is this child's due date?", null],
    // An action's due date still is one:
    ["Action due date", "plan.action-due-date"],
    ["Target date", "plan.action-due-date"],
    // A bare "Due date" could be either: left to the rest of the recogniser.
    ["Due date", "plan.action-due-date"],
  ], "(the shipped pack)");

  it.each([
    ["EDD", true],
    ["Estimated date of delivery", true],
    ["Due date of baby", true],
    ["Due date", false],
    ["Date of birth", false],
    ["Review due date", false],
    ["What is her due date?", true],
    ["Mother's expected due date", true],
    ["Action's due date", false],
  ])("%j asks when a pregnancy is due: %s", (text, asks) => {
    expect(asksPregnancyDueDate(text)).toBe(asks);
  });
});
