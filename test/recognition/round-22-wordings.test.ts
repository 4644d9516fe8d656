/**
 * Round 22 (issue 16, 6 December 2026): wording found by linting set AE of the forms written by
 * others (test/fixtures/written-forms/tune/: proformas written as prompts to the clinician in the
 * imperative, and templates of headings with help text) with inference on. Each row was reported
 * missing before; the look-alikes beside them keep their meaning.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 22 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // A prompt to the clinician only says what to do with the question after it (normalise.ts).
    ["Ask whether the patient looks after or lives with any children", "caring-responsibilities"],
    ["Observe and record the home environment: space, cleanliness, hazards, and where the baby sleeps", "home.environment"],
    ["Consider whether the injury or illness fits the history given and the child's developmental stage", "injury.explanation-consistent"],
    // An entry made by someone is the record's completer (plain-verbs.ts).
    ["Entry made by", "practitioner.name"],
    ["Has the child or young person agreed to be assessed?", "consent.young-person"],
    ["Has the child or young person agreed to this review?", "consent.young-person"],
    ["In care or care leaver?", "child.looked-after"],
    ["Review refused or not attended", "assessment.declined"],
    ["Summary: effect of use on the children", "child.impact-of-parent"],
    // The look-alikes: a referral made by someone names the referrer; a bare "Consider" or "Ask"
    // with little after it keeps its words; checking a system is not its result.
    ["Referral made by", "referrer.details"],
    ["Ask about hobbies", null],
    ["Young person's agreement to the plan", "plan.young-person-agreement"],
  ]);
});
