/**
 * Wordings of the shipped concepts added as phrases in round 9 (issue 16, 4 December 2026), each
 * found by probing how a form might ask the report's concepts, and the look-alikes they must not take.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 9 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // The PHQ-9's ninth item says "hurting"; the pack said "harming".
    ["Thoughts of hurting yourself?", "emotional-health.trigger-questions"],
    ["Thoughts of actually hurting yourself?", "emotional-health.trigger-questions"],
    // The looked-after child's legal status, asked with "looked after" in it, is the legal status.
    ["Legal status of the looked after child", "looked-after.legal-status"],
    ["Is the child looked after?", "child.looked-after"],
    ["Reason for being looked after", "looked-after.reason"],
    // Asked again is the later enquiry; asked once is the enquiry.
    ["Has she been asked about domestic abuse again?", "domestic-abuse.reassessment"],
    ["Has she been asked about domestic abuse?", "domestic-abuse.enquiry"],
    // Having enough money is the family's finances.
    ["Do you have enough money for food?", "family.finance"],
    ["Is there enough money for the family's needs?", "family.finance"],
    // The home's condition is the home environment, not whether someone is safe at home (was domestic abuse).
    ["Is the home clean and safe?", "home.environment"],
    ["Are there any hazards in the home?", "home.environment"],
    ["Keep the child clean and safe", null],
    ["Are you safe at home?", "domestic-abuse.enquiry"],
    ["Is the home safe for a toddler?", "home.environment"],
    // Whoever makes the referral is the referrer, whatever their trade.
    ["Name of the professional making the referral", "referrer.details"],
    ["Name of professional completing the form", "practitioner.name"],
    // Shared parental responsibility is parental responsibility (a family court form's wording, tuning part).
    ["Do the parents have shared parental responsibility?", "parental-responsibility"],
    // The hidden child: children who visit or stay, grandchildren the client sees.
    ["Are there any children who visit the home?", "caring-responsibilities"],
    ["Do you have children who stay with you at weekends?", "caring-responsibilities"],
    ["Do you have contact with your grandchildren?", "caring-responsibilities"],
    // Missed appointments counted as a question asks it.
    ["How many appointments has the child missed?", "appointments.missed"],
    ["How many appointments did you attend?", null],
    // Seeing the woman alone, said by the practitioner.
    ["Did you see the woman on her own?", "seen-alone.planned"],
    ["Did you see the woman alone?", "seen-alone.planned"],
    // Playing sport is physical activity.
    ["Does your child play sport?", "health.physical-activity"],
    // Round 34: outdoor play is being active, however it is asked (habit-topics.ts); it was read as nothing before.
    ["Does the child play outside?", "health.physical-activity"],
    // A partner is family, not the person the form is about (role-words.ts ROLE_GROUPS).
    ["Is the partner under 18?", null],
    ["Is your husband under 18?", null],
    ["Is the patient under 18?", "child.is-under-18"],
    ["Partner's occupation", "parent.occupation"],
    ["Are you afraid of your partner?", "domestic-abuse.enquiry"],
  ]);
});
