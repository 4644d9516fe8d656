/**
 * Round 24 (issue 16, 6 December 2026): wording found by linting set AI of the forms written by
 * others (test/fixtures/written-forms/tune/: a voluntary-sector family team's forms in plain English,
 * and a regional template's bare labels with a bracket saying whose, which or when) with inference on.
 * Each row was reported missing before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { actionColumn } from "../../rules/recognition/action-plan";
import { withBracketedQualifier } from "../../rules/recognition/bracket-qualifier";
import { wordedAsFollowUp } from "../../rules/recognition/condition-followups";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { lacHealthPlanForm, missingConceptsIn, workspaceWithPacks } from "../helpers";

describe("round 24 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // A bare attribute and a bracket saying of what (bracket-qualifier.ts).
    ["Name (accompanying adult)", "accompanying-adult.name"],
    ["Date (next review conference)", "cp-conference.next-date"],
    ["Outcome (child in need meeting)", "cin-meeting.outcome"],
    ["Date (became looked after)", "looked-after.start-date"],
    ["Children under 18 (number)", "children.count"],
    ["Report copy (sent to carers)", "report.copy-to-carers"],
    ["Follow-up of outstanding health needs (after leaving care)", "leaving-care.follow-up"],
    // A birth parent named in a bracket is whose the history is (normalise.ts).
    ["Health history (birth mother and father)", "parental-health-history"],
    // Filling in a form is completing it (plain-verbs.ts).
    ["Name of the worker filling in this form", "practitioner.name"],
    ["Name of the midwife filling in this plan", "practitioner.name"],
    // Coming in with the child is coming with them (accompanying.ts).
    ["Who came in with the child today, and what is their full name?", "accompanying-adult.name"],
    // A meeting's "what was decided" is its outcome (normalise.ts), and a child protection meeting is a conference.
    ["First child protection meeting: date, and what was decided", "cp-conference.outcome"],
    ["Core group meetings: dates, and what was agreed", "cp-conference.outcome"],
    // Plain words for what the report asks.
    ["Does anyone at home hurt you or make you feel frightened?", "domestic-abuse.enquiry"],
    ["Have you had any cutting or circumcision of your genitals, sometimes done as a family or cultural tradition?", "fgm.enquiry"],
    ["How did the child seem while they were here?", "child.presentation"],
    ["What needs to happen now to keep the child safe?", "safeguarding.action-decision"],
    ["Does what you were told fit the injury you can see, and what a child of this age can do?", "injury.explanation-consistent"],
    ["Could what happened today, or the patient's health, get in the way of them looking after the children safely?", "parenting-capacity.impact"],
    ["Is there anything (health, money, housing, relationships, drink or drugs) that makes it harder for the parents to look after the baby well?", "parenting-capacity.impact"],
    ["Who else is getting a copy of this letter?", "notification.copy-to"],
    // The look-alikes: a format or a hint in the bracket says nothing of what; a date in one says
    // only that the answer is one; coming in with an injury is why, not with whom.
    ["Date (dd/mm/yyyy)", null],
    ["Name (print)", null],
    ["To be done by (date)", null],
    ["Came in with a head injury", null],
    ["Who is your birth partner?", null],
  ]);

  it.each([
    ["Name (accompanying adult)", "Name of accompanying adult"],
    ["Relationship (to child)", "Relationship to child"],
    ["Referral (early help or children's social care)", "Referral to early help or children's social care"],
    ["Health visitor present (name)", undefined],
    ["Completed by (name)", undefined],
    ["Weight (kg)", undefined],
    ["Date of birth (if known)", undefined],
    ["Other referrals (made by referrer, e.g. early help, CAMHS)", undefined],
  ])("reads the bracket of %j into the label as %j", (label, reading) => {
    expect(withBracketedQualifier(label)).toBe(reading);
  });

  it("reads 'How is this person related to the child?' beside 'Who came in with the child today?'", () => {
    const r = pack.recognise({ label: "How is this person related to the child?", siblings: ["Who came in with the child today, and what is their full name?"] });
    expect(r?.concept).toBe("accompanying-adult.relationship");
    // Alone, it says nothing of whose relationship it is.
    expect(pack.recognise({ label: "How is this person related to the child?" })).toBeUndefined();
  });

  it.each([
    ["Responsible (named person or service)", "text", "owner"],
    ["Date (action due)", "date", "due"],
    ["Date (action completed)", "date", "done"],
    ["Health need (identified at assessment)", "longtext", undefined],
  ])("reads the regional template's column %j as %s", (label, type, column) => {
    expect(actionColumn(label, type)).toBe(column);
  });

  it.each(["What help did you offer?", "What have we done about it?", "What did you do to follow this up?"])("reads %j as a follow-up of the answer before it", (label) => {
    expect(wordedAsFollowUp(label)).toBe(true);
  });

  it("reads a health plan's bracketed columns as each action's, and a 'Filled in by' section as its sign-off", () => {
    const text = lacHealthPlanForm(`  section action_one "Action (1)" {
    field need_1 longtext required { label "Health need (identified at assessment)" }
    field owner_1 text required { label "Responsible (named person or service)" }
    field due_1 date required { label "Date (action due)" }
    field completed_1 date { label "Date (action completed)" }
  }
  section signoff "Filled in by" {
    field nurse_name text required { label "Name of the nurse filling in this plan" }
    field plan_date date required { label "Date of this plan" }
  }`);
    const missing = missingConceptsIn(text, { infer: true, uri: "/test/round-24.form" });
    for (const concept of ["plan.action-owner", "plan.action-due-date", "plan.action-completed-date", "practitioner.name", "completed.date"]) {
      expect(missing, concept).not.toContain(concept);
    }
  });
});
