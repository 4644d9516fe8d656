/**
 * Whether the adult is a parent (rules/recognition/being-a-parent.ts), who follows up once a child
 * leaves care, and what makes a risk assessment be updated (rules/recognition/care-plan-topics.ts):
 * last readings, tried only where nothing else recognises the label. The rows were written for round
 * 35, not taken from any labelled set; each was recognised as nothing before it.
 */
import { describe } from "vitest";
import { beingAParent } from "../../rules/recognition/being-a-parent";
import { leavingCareFollowUp, riskAssessmentUpdate } from "../../rules/recognition/care-plan-topics";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itLeavesEachLabel, itReadsEachLabel } from "./reads-labels";

describe("round 35: a parent, leaving care, a risk assessment's update", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Are you a parent?", "parent.status"],
    ["Are you a dad or step-parent to anyone?", "parent.status"],
    ["Which service will pick up her asthma and dental care once she leaves care?", "leaving-care.follow-up"],
    // Round 36: the condition before the question says when (the main clause alone leaves it out).
    ["If she leaves care before the plan is done: who will make sure each need is followed up?", "leaving-care.follow-up"],
    ["Bring the RA forward and update it if any of these happen", "risk-assessment.update-trigger"],
    ["Events that mean the risk assessment has to be redone early", "risk-assessment.update-trigger"],
  ]);
  itLeavesEachLabel(beingAParent, [
    "Are you the parent of the child?",
    "Are you a parent governor at the school?",
    "Is the child a parent?",
  ], "is not read as whether the adult is a parent");
  itLeavesEachLabel(leavingCareFollowUp, [
    // The needs themselves, not who follows them up.
    "Outstanding health needs at the point of leaving care",
    "Who will follow up the referral to the dentist?",
  ], "is not read as who follows up after care");
  itLeavesEachLabel(riskAssessmentUpdate, [
    "Has your contact information been updated?",
    "Ask for the hearing to be sooner",
  ], "is not read as what updates a risk assessment");
});
