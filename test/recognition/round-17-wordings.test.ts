/**
 * Round 17 (issue 17's sibling, issue 16, 5 December 2026, night): wording found by linting set T
 * of the forms written by others (test/fixtures/written-forms/tune/: a trust whose templates are
 * written from its safeguarding policy, long questions listing alternatives; and a digital front
 * door, short questions a screen) with inference on. Each row was reported missing, or read as
 * another concept, before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 17 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // The things listed beside the one a phrase names only widen what counts (listed-items.ts) ...
    ["Does either parent or carer have any current or past mental illness, low mood or anxiety?", "parent.mental-health"],
    ["4.3 How is the behaviour, health or lifestyle of the parent or carer placing the child at risk of harm?", "child.impact-of-parent"],
    // ... but one place of three named alone ("foster care") is not what is asked of them: the
    // children in care, through "children" and "adopted", not the child looked after.
    ["In foster care, a children's home, or adopted?", "children.in-care"],
    // A leading policy only says why, a leading judge whose answer it is (normalise.ts) ...
    ["In line with the Think Family policy, does the patient look after, live with or have regular contact with any children or young people under 18, including an unborn baby?", "caring-responsibilities"],
    ["In your professional judgement, could the circumstances of today's attendance (for example intoxication or self-harm) affect the patient's ability to care safely for these children?", "parenting-capacity.impact"],
    // ... and the policy's own name is not the question.
    ["In line with the Think Family policy, what is the patient's occupation?", null],
    // An aside listing examples is an aside, however many it lists.
    ["Do any of the factors, such as parental mental health, substance use, domestic abuse or the home conditions, affect the parents' capacity to parent?", "parenting-capacity.impact"],
    // "Known to be" is known to no one (known-to-guard.ts): the plan is asked, and a list naming
    // the plan with being looked after is the protection status ...
    ["Is the child known to be subject to a child protection plan or a child in need plan?", "child.protection-status"],
    ["Is the child known to be subject to a child protection plan or a child in need plan, or looked after?", "child.protection-status"],
    // ... while being known to a service keeps its guard.
    ["Is the child known to children's social care?", "child.protection-status"],
    // Declining in full or in part is declining (readings.ts).
    ["Assessment declined in full or in part", "assessment.declined"],
    // The pack's phrases for what the round's sets asked in their own words.
    ["How did the practice contribute?", "cp-conference.contribution"],
    ["Has a report been made to Children's Services?", "safeguarding.referral"],
    ["Who is in the child's family?", "family.composition"],
    ["At the 28 to 34 week contact, was the woman asked again whether she is experiencing any domestic abuse, coercive control or forced marriage?", "domestic-abuse.reassessment"],
    ["Safeguarding children rating", "risk-to-children.rag"],
    ["I will send a copy of this review to the carer", "report.copy-to-carers"],
    ["Who does the patient live with, what support do they have, and which other agencies are involved?", "family.social-history"],
    // On the real labels' tuning part: what kind of person someone is, as a participant type, is
    // their relationship; qualifying young people are children; a parent aware is told (readings.ts, the pack).
    ["Participant type Person accompanying child", "accompanying-adult.relationship"],
    ["Person type", null],
    ["Do any children or qualifying young people live with you?", "caring-responsibilities"],
    ["Parent/guardian aware", "parent.informed"],
    // Whoever writes a report or takes the notes completes the form (plain-verbs.ts) ...
    ["Report written by (name and designation)", "practitioner.name"],
    ["Notes taken by (name and role)", "practitioner.name"],
    ["Plan written by (name and role)", "practitioner.name"],
    // ... but not a letter's addressee.
    ["Letter written to", null],
    // Who took or received a referral is the service it was made to, not the referrer
    // (plain-verbs.ts readReferralReceivedBy; noticed after round 17, 6 December 2026) ...
    ["Referral taken by", null],
    ["Referral received by (name and team)", null],
    ["Referral was triaged by", null],
    // ... while whoever made it keeps being the referrer.
    ["Referral made by", "referrer.details"],
    ["Referred by", "referrer.details"],
    ["Name of person making the referral", "referrer.details"],
  ]);

  it.each([
    // The young person's own view, asked of them (own-words.ts) ...
    ["What would you like to be different about your health this year?", "voice-of-child"],
    ["What matters most to you about your health?", "voice-of-child"],
    ["Anything else you want us to know?", "voice-of-child"],
    ["Is there anything else you want to tell us, or anything you are worried about?", "voice-of-child"],
    ["Tell us how things are going for you - at home, at school or college, and with friends", "voice-of-child"],
    // ... not a fact asked of them, nor a choice offered.
    ["What would you like us to call you?", null],
    ["Would you like a chaperone?", null],
    // How they have been feeling is their emotional wellbeing (mood-frames.ts).
    ["How have you been feeling lately?", "health.emotional-wellbeing"],
    ["My feelings and worries: how I'm feeling and who helps me", "health.emotional-wellbeing"],
  ])("on a young person's form, %j → %s", (label, concept) => {
    expect(pack.recognise({ label, subject: "child", type: "longtext" })?.concept ?? null).toBe(concept);
  });

  it.each([
    ["What would you like to be different about your health this year?"],
    ["Anything else you want us to know?"],
    ["How have you been feeling lately?"],
  ])("on an adult's form %j is not the child's voice nor wellbeing", (label) => {
    expect(pack.recognise({ label, type: "longtext" })?.concept ?? null).toBe(null);
  });

  it("reads the fields of a section for staff as what the clinician records, not as about the clinician", () => {
    const prompt = { label: "Referral to children's social care", type: "choice", options: ["Made by me today", "Already open to social care", "Not indicated"], context: ["Clinician"] };
    expect(pack.recognise(prompt)?.concept).toBe("safeguarding.referral");
    // Under a heading naming the mother, a label naming no one is still hers (people-headings.ts).
    expect(pack.recognise({ label: "Current or past MH difficulties?", type: "yesno", context: ["Mother / main carer"] })?.concept).toBe("parent.mental-health");
  });

  it("reads 'your name' on a practitioner's form as the name of the practitioner completing it", () => {
    expect(pack.recognise({ label: "Your name", type: "text", subject: "practitioner" })?.concept).toBe("practitioner.name");
    expect(pack.recognise({ label: "Your name", type: "text" })?.concept ?? null).toBe(null);
  });

  it("reads the other side of a bare 'or' beside the one named: the doctor or nurse practitioner completing the record", () => {
    expect(pack.recognise({ label: "Name of doctor or ANP completing this record", context: ["Clinician"], type: "text" })?.concept).toBe("practitioner.name");
  });
});
