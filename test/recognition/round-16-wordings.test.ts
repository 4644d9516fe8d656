/**
 * Round 16 (issue 16, 5 December 2026): wording found by linting set Q of the forms written by
 * others (test/fixtures/written-forms/tune/: forms of other health systems written in English,
 * and forms built in a forms designer and published as FHIR Questionnaires) with inference on.
 * Each row was reported missing, or read as another concept, before; the look-alikes beside them
 * keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 16 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // Other systems' children's social care (other-systems.ts): a report made to it is a referral.
    ["Has a report of concern been made to Oranga Tamariki?", "safeguarding.referral"],
    ["Has a Child Protection and Welfare Report been made to Tusla?", "safeguarding.referral"],
    ["Is the child known to Tusla?", "child.protection-status"],
    // Te reo Māori's children and family.
    ["Does the patient look after, or live with, any tamariki (children under 18)?", "caring-responsibilities"],
    // In the care of the local authority is being looked after (in-care.ts); in a relative's care is not.
    ["1.3 Date the child came into the care of the local authority", "looked-after.start-date"],
    ["Is the child in the care of the local authority?", "child.looked-after"],
    ["Is the child in the care of her grandmother today?", null],
    // A rating of a risk to the client is not the rating of the risk to the children (risk-to-self-guard.ts, rating-scales.ts) ...
    ["1.4 Client's risk of overdose - red, amber or green rating", null],
    // ... which a rating scale after the children, or in a bracket, still is.
    ["Risk to children - red, amber or green rating", "risk-to-children.rag"],
    ["Overall risk to children (RAG)", "risk-to-children.rag"],
    // A plan's category is asked of a plan known to exist: not whether there is one.
    ["Category of the child protection plan", null],
    ["Is the child subject to a child protection plan?", "child.protection-status"],
    // Which children the form named earlier adds nothing to what is asked of them (readings.ts readNamedElsewhere).
    ["2.5 Are any of the children named above currently subject to a child protection plan, a child in need plan, or looked after by the local authority?", "children.protection-status"],
    ["3.5 How might the client's mental health, behaviour or current presentation affect the safety, development and wellbeing of the children identified in section 2?", "child.impact-of-parent"],
    // Who does it besides what is done is an aside; what will be done if something happens is a plan for it (normalise.ts).
    ["4.2 What will be done, and by whom, if the young person misses this appointment?", "follow-up.did-not-attend"],
    // How likely harm is, and how serious or soon, is what an analysis of risk weighs (likelihood-frames.ts) ...
    ["Your analysis: what harm could the child (or unborn baby) come to, how likely is it and how soon?", "risk.analysis"],
    ["What are we worried about? Harm that has happened, the risk of future harm, and your view of how likely and how serious it is", "risk.analysis"],
    // ... also where a vague question before it reads as nothing, and what it asks to be described says what it asks ...
    ["4.2 What are you worried about? Describe the risks of harm to the child and your analysis of how likely and how serious they are", "risk.analysis"],
    // ... but not how likely anything else is.
    ["How likely are you to recommend us to friends and family?", null],
    // Children living with the client, whatever age bound follows them, are the children at home (co-residence.ts) ...
    ["2.3 Are any children under 18 living with the client?", "caring-responsibilities"],
    // ... and being a parent of a child under 18, step-parents among them, is whether the client is a parent.
    ["2.1 Is the client a parent or step-parent of any child under 18 years of age, including an unborn baby?", "parent.status"],
    // Picking up health needs is following them up (plain-verbs.ts); a review brought forward names what triggers it.
    ["Which service will pick up the outstanding health needs after the young person leaves care?", "leaving-care.follow-up"],
    ["Bring the review forward if any of these happen", "risk-assessment.update-trigger"],
    ["Who will pick up the phone?", null],
    // A who-question ending in what it is done before only bounds it (readings.ts readBeforeTheNext) ...
    ["4.1 Which team will check progress on these actions before the next health assessment?", "plan.review-team"],
    // ... and the next assessment's date keeps its meaning.
    ["Date of the next health assessment", "assessment.next-due-date"],
    // A parent's behaviour placing the child at risk is its impact on the child (impact-frames.ts); whether the child is at risk, or who puts them there, is not.
    ["How is the parent's behaviour placing the child at risk of harm?", "child.impact-of-parent"],
    ["Is the child at risk of harm?", null],
    ["Is anyone putting the child at risk?", null],
    // The effect on the care of the children is the parent's capacity; the effect on the children, the impact on them.
    ["Effect on care of the children", "parenting-capacity.impact"],
    ["Effect on the children", "child.impact-of-parent"],
    // Consent to an assessment and to its report being shared asks first for the consent to the assessment (normalise.ts) ...
    ["Consent to this health assessment and to the report being shared with the local authority", "consent.young-person"],
    ["I agree to this health assessment taking place and to my health report being shared with my social worker", "consent.young-person"],
    // ... and consent to the assessment being shared is consent to share information, as round 15 read it.
    ["Has the young person agreed to this assessment being shared with their GP, school and parents?", "information-sharing.consent"],
    // The pack's phrases for what the set asked in its own words.
    ["Does the account fit the injury and the child's stage of development?", "injury.explanation-consistent"],
    ["How and where did it happen, and who was there?", "injury.circumstances"],
    ["Who agreed to the examination and treatment?", "consent.examination"],
    ["Next step agreed for any safeguarding concern", "safeguarding.action-decision"],
    ["Has advice been sought from the child protection coordinator?", "safeguarding.advice-sought"],
    ["Do the number and timing of these attendances raise any concern?", "attendance.pattern-considered"],
    ["4.4 What must be different for the child to be safe and well? Include the changes needed and by when", "conference.needs-to-change"],
    ["Has she been asked whether a partner or family member has hurt, threatened or controlled her?", "domestic-abuse.enquiry"],
    ["Was this session held with the practitioner individually or as part of a group?", "supervision.format"],
    ["Have the parents or carers been told about this referral?", "parent.informed"],
    ["Information checked or contacted before discharge", "records.checked"],
    // ... and the look-alikes the audit labels keep: contact information, and a referral's information checked, are no records check.
    ["Provide your contact information", null],
    ["Check referral information", null],
  ]);

  it("a relationship after the name of whoever brought the child is theirs, with or without 'their'", () => {
    const siblings = ["Full name of the person who brought the child today"];
    expect(pack.recognise({ label: "Their relationship to the child", type: "choice", siblings })?.concept).toBe("accompanying-adult.relationship");
    expect(pack.recognise({ label: "Relationship to the child", type: "choice", siblings })?.concept).toBe("accompanying-adult.relationship");
    // Beside the next of kin, it is the next of kin's.
    expect(pack.recognise({ label: "Relationship to the child", type: "choice", siblings: ["Next of kin: full name"] })?.concept ?? null).toBe(null);
  });
});
