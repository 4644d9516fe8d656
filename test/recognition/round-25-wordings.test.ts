/**
 * Round 25 (issue 16, 6 December 2026): wording found by linting set AK of the forms written by
 * others (test/fixtures/written-forms/tune/: forms structured as SBAR handovers, and forms laid out
 * on the GIRFEC "My World Triangle") with inference on. Each row was reported missing before; the
 * look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { actionColumn } from "../../rules/recognition/action-plan";
import { inlineOptions } from "../../rules/recognition/inline-options";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 25 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // A bracket of three or more short answers after a heading lists the answers (inline-options.ts).
    ["Known to services (CP / CIN / LAC)", "child.protection-status"],
    // A bracket saying the field is the completer's (normalise.ts).
    ["Name (completing this record)", "practitioner.name"],
    // A bracketed name after a statement only says how to answer (bracket-qualifier.ts): round 24's
    // reverse reading made this "name of health visitor present", which is nothing.
    ["Health visitor present (name)", "attendees.health-visitor"],
    ["Community midwife present (name)", "attendees.midwife"],
    // Phrases.
    ["Previous attendances of concern?", "attendance.pattern-considered"],
    ["Parents' emotional and mental health", "parent.mental-health"],
    ["Which health team will check that this plan is working", "plan.review-team"],
    ["Enhanced risk assessment: is there anything to suggest the young person is being sexually exploited?", "exploitation.risk"],
    ["Presenting difficulties – why now?", "referral.reason"],
    // The look-alikes: a person named in a bracket is not a list of answers; the child's own
    // emotional and mental health is not the parents'.
    ["Signature (parent/carer)", null],
    ["Emotional and mental health", "health.emotional-wellbeing"],
  ]);

  it("reads a bracket of three or more short answers as the label's options, and a pair naming people as not", () => {
    expect(inlineOptions("Known to services (CP / CIN / LAC)")).toEqual({ head: "Known to services", options: ["CP", "CIN", "LAC"] });
    expect(inlineOptions("Signature (parent/carer)")).toBeUndefined();
    expect(inlineOptions("Relationship (mother / father / other relative who lives with the child)")).toBeUndefined();
  });

  it("reads 'what will be better for me when it is done' as an action's outcome column", () => {
    expect(actionColumn("Action 1: what will be better for me when it is done", "longtext")).toBe("outcome");
  });
});
