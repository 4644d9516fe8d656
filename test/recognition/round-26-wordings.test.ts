/**
 * Round 26 (issue 16, 6 December 2026): wording found by linting set AM of the forms written by
 * others (test/fixtures/written-forms/tune/: a US record vendor's default templates in American
 * clinical register, and "Easy Read" forms put to the person in short sentences) with inference on.
 * Each row was reported missing before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 26 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // Another system's words (other-systems.ts, abbreviations.ts): Child Protective Services is
    // children's social care, behavioral health is mental health, a primary care provider is the GP,
    // "teen" is teenage.
    ["Report made to CPS?", "safeguarding.referral"],
    ["Report made to CPS (children's social services)?", "safeguarding.referral"],
    ["CPS report: agency, date/time, reference #", "safeguarding.referral"],
    ["Referral to Child Protective Services", "safeguarding.referral"],
    ["Parent/caregiver behavioral health (depression, anxiety, other)", "parent.mental-health"],
    ["Referred to teen pregnancy program (teenage pregnancy midwife)?", "teenage-pregnancy.referral"],
    // Having written or filled in the form is completing it (plain-verbs.ts).
    ["Date you filled this in", "completed.date"],
    ["Date you wrote this report", "completed.date"],
    ["Name of the person writing these notes", "practitioner.name"],
    // Phrases.
    ["Date of last ER visit", "attendance.last-date"],
    ["Does the visit history raise concern? (frequency, pattern, type of injuries)", "attendance.pattern-considered"],
    ["LWBS follow-up (caregiver called, PCP / CPS notified)", "did-not-wait.follow-up"],
    ["What was decided at the conference?", "cp-conference.outcome"],
    ["Has anyone asked you to do things you did not want to do, for money, gifts, drugs or a place to stay?", "exploitation.risk"],
    ["When did you come into care?", "looked-after.start-date"],
    ["Would you like a man or a woman to do your health check?", "examiner.gender-preference"],
    ["How could the parent's behaviour or health cause harm to the child?", "child.impact-of-parent"],
    ["Do any of these children have a plan with children's social care?", "children.protection-status"],
    ["What did you agree to do next, and by when?", "supervision.decisions"],
    // The look-alikes: in England the CPS is the Crown Prosecution Service, unless a report or
    // referral is made to it; a behaviour plan is not mental health.
    ["CPS charging decision", null],
    ["Behavioural support plan in school", null],
  ]);

  it("does not read harm that has happened as the analysis of harm that could happen", () => {
    // "What harm could happen to the child" was tried as a phrase and dropped: with the little words
    // gone it also took "what has happened to the child" (a tuning form's past harm).
    expect(pack.recognise({ label: "Past harm: what has happened to the child, when did it happen, and how do you know?" })?.concept).not.toBe("risk.analysis");
  });
});
