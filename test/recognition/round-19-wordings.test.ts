/**
 * Round 19 (issue 16, 6 December 2026): wording found by linting set Y of the forms written by
 * others (test/fixtures/written-forms/tune/: a strengths-based children's partnership's templates,
 * a data set's items read as labels, and the two styles of round 18) with inference on, and a few
 * rows of the real labels' tuning part. Each row was reported missing, or read as another concept,
 * before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { canAnswer } from "../../rules/recognition/answer-types";
import { asksKnownTo } from "../../rules/recognition/known-to-guard";
import { namesTheReferrer } from "../../rules/recognition/referral-completer";
import { isSignOffBlock, signOffSlot } from "../../rules/recognition/sign-off";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("round 19 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // A data set's trailing "indicator" only says the item is a flag (normalise.ts).
    ["Assessment refused by young person indicator", "assessment.declined"],
    ["Aged 17 or younger at date of attendance", "child.is-under-18"],
    ["Care status (local authority)", "child.looked-after"],
    // Typed-up paper forms' capitals.
    ["REASON CHILD CAME INTO CARE:", "looked-after.reason"],
    ["YOUNG PERSON'S COMMENTS:", "voice-of-child"],
    ["CONSENT TO ASSESSMENT GIVEN BY CHILD / YOUNG PERSON  Y / N / NK", "consent.young-person"],
    // An effect on the child is an impact on the child (word-families.ts).
    ["EFFECT OF PARENTS' / CARERS' BEHAVIOUR AND FAMILY CIRCUMSTANCES ON THE CHILD:", "child.impact-of-parent"],
    ["Effect of parents' behaviour on the child", "child.impact-of-parent"],
    // Whether the adult who came holds parental responsibility names the adult only to say whose.
    ["Adult with child holds PR? (Y/N/NK)", "parental-responsibility"],
    ["Does the accompanying adult have PR?", "parental-responsibility"],
    // A leading "We ask every woman, when she is on her own:" only says whom to ask (normalise.ts).
    ["We ask every woman, when she is on her own: has anyone close to you ever hurt you, frightened you, or made you do things you did not want to do?", "domestic-abuse.enquiry"],
    // "observed by clinician" only says who saw it (normalise.ts).
    ["Demeanour and non-verbal behaviour observed by clinician", "child.presentation"],
    ["Help the family might need with money or food (benefits, debt, use of the foodbank)", "family.finance"],
    ["Offered a referral to the teenage pregnancy midwives?", "teenage-pregnancy.referral"],
    ["Discharging clinician + role", "practitioner.name"],
    ["Keyworker name", "practitioner.name"],
    // The real labels' tuning part: foods and exercise named by kind and intensity.
    ["How many soda and sugar sweetened drinks (regular, not diet) did you drink each day?", "health.healthy-eating"],
    ["Typical vigorous exercise", "health.physical-activity"],
    // The look-alikes: a service involved with the family did not attend a meeting (known-to-guard.ts);
    // other people's wish to tell us something is not the child's voice; a bare "Comments" is no one's;
    // "indicators" keep their meaning; the person's children's plans are not whether the person is
    // looked after; a mental state examination's affect is no impact; a family eating together is not
    // the child's diet.
    ["DRUG & ALCOHOL SERVICE INVOLVED WITH FAMILY  Y / N / NK", null],
    ["Is there anything else they would like to tell us about", null],
    ["Comments", null],
    ["Non-verbal indicators", "child.presentation"],
    ["Children linked to the person - current child protection, child in need or looked after status", "child.protection-status"],
    ["Mood and affect", null],
    ["Injuries observed by clinician", null],
    ["On how many days did the family eat a meal together?", null],
  ]);

  it("does not read a date as a narrative: a review conference's date is not its outcome", () => {
    expect(pack.recognise({ label: "Review conference planned for (date)", type: "date" })?.concept).toBe("cp-conference.next-date");
    expect(canAnswer("date", { suggests: "longtext" })).toBe(false);
    // A choice stays open: "Date of routine enquiry" records that it was asked.
    expect(canAnswer("date", { suggests: "choice" })).toBe(true);
  });

  it("reads 'Spotting the Signs' as a screen, not a signature, so its section is no sign-off block", () => {
    expect(isSignOffBlock("Under-18 safeguarding assessment", [{ label: "Spotting the Signs proforma - outcome", type: "choice" }])).toBe(false);
    expect(signOffSlot("Spotting the Signs proforma - outcome", "choice")).toBeUndefined();
    // Signing is still signing.
    expect(signOffSlot("Signed", "signature")).toBe("signature");
    expect(signOffSlot("Sign-off", "text")).toBe("signature");
  });

  it("does not read an adviser's sign-off as the practitioner's signature", () => {
    expect(signOffSlot("ADVISER'S COMMENTS AND SIGN-OFF:", "longtext")).toBeUndefined();
    expect(signOffSlot("Action plan sent to named nurse / safeguarding adviser to check and sign off", "yesno")).toBeUndefined();
  });

  it("reads a service involved with the family as being known to it", () => {
    expect(asksKnownTo("DRUG & ALCOHOL SERVICE INVOLVED WITH FAMILY  Y / N / NK")).toBe(true);
    expect(asksKnownTo("Services involved")).toBe(true);
    expect(asksKnownTo("Drug and alcohol service")).toBe(false);
  });

  it("takes a section 'For the referrer' as the referrer's", () => {
    expect(namesTheReferrer("For the referrer")).toBe(true);
    expect(namesTheReferrer("For the patient")).toBe(false);
  });
});
