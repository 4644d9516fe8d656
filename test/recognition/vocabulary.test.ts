/**
 * The shipped pack's vocabulary (rules/packs/cqc-dorset-2015.formrules): each concept is
 * recognised in the registers real forms write it in — the data dictionary's name, the
 * clinician's checklist, the question put to the patient or parent, the administrative record —
 * and the look-alike fields every form also has are not. A false recognition silences a real gap,
 * so the second table matters as much as the first. None of these labels is in the real-label set.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const recogniser = recogniserFor(workspaceWithPacks().index);

describe("the shipped pack's vocabulary", () => {
  it.each([
    // Domestic abuse: the name of the enquiry, its abbreviations, and the screening questions themselves.
    ["IPV screen completed", "domestic-abuse.enquiry"],
    ["Screened for domestic violence", "domestic-abuse.enquiry"],
    ["Routine enquiry about DVA", "domestic-abuse.enquiry"],
    ["In the past year, has anyone hit, kicked, punched or otherwise hurt you?", "domestic-abuse.enquiry"],
    ["Has your partner or ex-partner ever hit you?", "domestic-abuse.enquiry"],
    ["Does your partner control your money or who you see?", "domestic-abuse.enquiry"],
    ["Is there anyone at home you are afraid of?", "domestic-abuse.enquiry"],
    ["Domestic abuse routine enquiry completed at 28 weeks", "domestic-abuse.reassessment"],
    ["Referral to MARAC made", "domestic-abuse.action"],
    ["Referred to IDVA", "domestic-abuse.action"],
    // Maternity.
    ["Was the woman seen on her own?", "seen-alone.planned"],
    ["Edinburgh Postnatal Depression Scale total", "perinatal-mental-health.screening"],
    ["Has the woman undergone FGM?", "fgm.enquiry"],
    ["Referral to Family Nurse Partnership", "teenage-pregnancy.referral"],
    ["Concerns about county lines involvement", "exploitation.risk"],
    // Questions put to the parent or the patient.
    ["What is your living situation today?", "home.environment"],
    ["Do you have any money worries?", "family.finance"],
    ["Is the child currently in out-of-home care?", "child.looked-after"],
    ["How many children do you have?", "children.count"],
    ["Does the young person agree with the health plan?", "plan.young-person-agreement"],
    ["Did you discuss this with your safeguarding lead?", "safeguarding.advice-sought"],
    // Administrative wording.
    ["Impact of parent's drug use on the children", "child.impact-of-parent"],
    ["Registered sex offender in household", "sex-offender.alert"],
    ["Was not brought to last appointment", "appointments.missed"],
    ["ED visits in past 12 months", "attendance.count"],
    // Screening instruments' own items.
    ["I have felt sad or miserable:", "perinatal-mental-health.screening"], // EPDS
    ["Considered suicide", "emotional-health.trigger-questions"], // YRBS
    ["Current binge drinking", "lifestyle.risk-factors"], // YRBS
  ])("recognises %j as %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept).toBe(concept);
  });

  it.each([
    // Look-alikes: a medical family history, a clinic follow-up, a school's name, a medication list
    // ("medication" is one letter-pair from "education"), someone hit at school, a GP's name.
    "Family history of diabetes",
    "Follow-up clinic appointment",
    "Name of school attended",
    "Current medications",
    "Has anyone at school hit you?",
    "GP name",
    "Registered GP",
    "Falls in the last 12 months",
    "Number of GP visits in the past 12 months",
    "Hospital admissions in the past 12 months",
    "Information shared with",
    "Planned place of birth",
    "Named midwife",
    "Cut to left hand",
    "Appetite",
    "Parent",
    "Blood group",
    // A bare relationship slot could be anyone's: a parent's consent form asks it of the parent.
    "Relationship to child",
    "Do you feel physically and emotionally safe where you currently live?",
  ])("does not recognise %j", (label) => {
    expect(recogniser.recognise({ label })).toBeUndefined();
  });

  it("reads a bare relationship slot as the accompanying adult's under a section that names that person", () => {
    expect(recogniser.recognise({ label: "Relationship to child", context: ["Person accompanying the child"] })?.concept).toBe("accompanying-adult.relationship");
  });

  it.each([
    ["http://loinc.org|76503-2", "domestic-abuse.enquiry"], // HARK: kicked, hit, slapped or otherwise physically hurt
    ["http://loinc.org|95618-5", "domestic-abuse.enquiry"], // AHC HRSN: how often does anyone physically hurt you
    ["http://loinc.org|71354-5", "perinatal-mental-health.screening"], // EPDS panel
    ["http://loinc.org|76513-1", "family.finance"], // how hard is it to pay for the very basics
    ["http://loinc.org|96779-4", "family.finance"], // utilities threatened to be shut off (AHC HRSN)
    ["http://loinc.org|93031-3", "family.finance"], // unable to get what was really needed (PRAPARE)
    ["http://loinc.org|71802-3", "home.environment"], // housing status
    ["http://loinc.org|93033-9", "home.environment"], // are you worried about losing your housing
    ["http://loinc.org|73985-4", "health.physical-activity"], // exercise activity
  ])("recognises an item coded %s as %s, whatever its label says", (code, concept) => {
    expect(recogniser.recognise({ label: "Q3", codes: [code] })).toMatchObject({ concept, source: "code" });
  });
});
