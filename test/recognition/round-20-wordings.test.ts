/**
 * Round 20 (issue 16, 6 December 2026): wording found by linting set AA of the forms written by
 * others (test/fixtures/written-forms/tune/: a mental health trust's formulation-style templates and
 * a GP practice's code-driven templates) with inference on. Each row was reported missing before;
 * the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { namesTheReferrer } from "../../rules/recognition/referral-completer";
import { isSignOffBlock, signOffSlot } from "../../rules/recognition/sign-off";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 20 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // Completing, updating or writing this part of the form is completing the form (plain-verbs.ts).
    ["Name of practitioner completing this risk assessment", "practitioner.name"],
    ["Name of practitioner updating this section", "practitioner.name"],
    ["Name of liaison clinician writing this notification", "practitioner.name"],
    // Coming with the child, wherever to, is accompanying them (accompanying.ts).
    ["Full name of the adult who has come to the department with the child or young person", "accompanying-adult.name"],
    ["Review health assessment due", "assessment.next-due-date"],
    // The look-alikes: attending with an injury says why; a course is not this form; a person
    // pointed back at with no field before is no one's.
    ["Attended the department with a head injury", null],
    ["Name of the person completing the course", null],
    ["That adult's relationship to the child", null],
  ]);

  it("reads 'that adult's' relationship beside the field naming that adult", () => {
    const siblings = ["Full name of the adult who has come to the department with the child or young person"];
    expect(pack.recognise({ label: "That adult's relationship to the child or young person", siblings })?.concept).toBe("accompanying-adult.relationship");
  });

  it("dates a record by its contact in a sign-off block", () => {
    expect(signOffSlot("Date of contact", "date")).toBe("date");
    expect(signOffSlot("Date of visit", "date")).toBe("date");
    // The next contact is another event.
    expect(signOffSlot("Date of next contact", "date")).toBeUndefined();
  });

  it("takes a referral's Declaration as the referrer's, and only a referral's", () => {
    expect(namesTheReferrer("Declaration")).toBe(true);
    expect(namesTheReferrer("Section 9 - Declaration")).toBe(true);
    expect(namesTheReferrer("Declaration of interests")).toBe(false);
    const fields = [{ label: "Date of referral", type: "date" }];
    expect(isSignOffBlock("Declaration", fields, true)).toBe(true);
    expect(isSignOffBlock("Declaration", fields, false)).toBe(false);
  });
});
