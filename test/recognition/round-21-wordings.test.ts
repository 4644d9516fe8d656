/**
 * Round 21 (issue 16, 6 December 2026): wording found by linting set AC of the forms written by
 * others (test/fixtures/written-forms/tune/: an acute trust's Cerner / Epic flowsheet builds and
 * pre-contact questionnaires a family fills in before the appointment) with inference on. Each row
 * was reported missing before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { actionColumn } from "../../rules/recognition/action-plan";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { lacHealthPlanForm, missingConceptsIn, workspaceWithPacks } from "../helpers";

describe("round 21 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // Coming to the unit is attending it (plain-verbs.ts).
    ["Was there a delay between the injury and coming to the MIU?", "injury.delay-in-presentation"],
    // "… if any of the following occur" ends where "… if" does (normalise.ts, readings.ts).
    ["Update this risk assessment before the review date if any of the following occur", "risk-assessment.update-trigger"],
    // The young person's own agreement to the assessment is their consent to it.
    ["Child's or young person's own agreement to this assessment", "consent.young-person"],
    ["Young person's own agreement to this review", "consent.young-person"],
    ["Would you prefer to see a woman or a man doctor?", "examiner.gender-preference"],
    // The look-alikes: coming to terms is no attendance; agreement to a plan is not consent; an
    // update with no condition is the review.
    ["Has the family come to terms with the diagnosis?", null],
    ["Young person's agreement to the plan", "plan.young-person-agreement"],
    ["Date of next risk assessment review", "risk-assessment.review-date"],
  ]);

  it("reads 'What will be different when it is done' as an action's outcome column", () => {
    expect(actionColumn("Action 1: what will be different when it is done", "longtext")).toBe("outcome");
  });

  it("reads a plan's numbered actions as the action's columns in a section that is also its sign-off", () => {
    const text = lacHealthPlanForm(`  section plan "Health plan (practitioner)" {
    field action_1 longtext required { label "Action 1: what will be done" }
    field action_1_lead person required { label "Action 1: who will do it" }
    field action_1_by date required { label "Action 1: to be done by" }
    field action_1_result longtext required { label "Action 1: what will be different when it is done" }
    field action_1_done date { label "Action 1: date completed" }
    field practitioner_name person required { label "Name and role of practitioner completing this plan" }
    field practitioner_signature signature required { label "Signature" }
    field date_completed date required { label "Date" }
  }`);
    const missing = missingConceptsIn(text, { infer: true, uri: "/test/round-21.form" });
    for (const concept of ["plan.action-owner", "plan.action-due-date", "plan.action-outcome", "plan.action-completed-date", "practitioner.name", "practitioner.signature", "completed.date"]) {
      expect(missing, concept).not.toContain(concept);
    }
  });
});
