/**
 * The openings `mainClause` drops (normalise.ts LEADING_FRAMES): each frame is tried only when the
 * label's first word can begin it, which must drop exactly what trying every frame on every label
 * dropped. Rows: every frame in its case and spacing variants, two frames in both orders, labels
 * whose first word begins a frame's word but is another word, and brackets without a letter.
 * The expected texts were read off the build before the gate and are the same after it.
 */
import { describe, expect, it } from "vitest";
import { mainClause } from "../../rules/recognition/normalise";

const ROWS: Array<[label: string, asked: string]> = [
  ["Within the last year, have you been hit by a partner?","have you been hit by a partner?"],
  ["  IN THE PAST 12 MONTHS, how often did you drink?","how often did you drink?"],
  ["In 2019, what was your total household income?","what was your total household income?"],
  ["During 2020, did you attend school?","did you attend school?"],
  ["If yes, in the last year, did you see a dentist?","in the last year, did you see a dentist?"],
  ["In the last year, if yes, did you see a dentist?","did you see a dentist?"],
  ["Where appropriate, ask about caring responsibilities","ask about caring responsibilities"],
  ["In line with the Trust's Domestic Abuse in Pregnancy policy, ask every woman about abuse","ask every woman about abuse"],
  ["As required by NICE guidance, ask about low mood","ask about low mood"],
  ["In your professional judgement, is the child at risk?","is the child at risk?"],
  ["Ask every woman: are you afraid of your partner?","are you afraid of your partner?"],
  ["We ask every woman, when she is on her own: do you feel safe at home?","do you feel safe at home?"],
  ["Complete for all under 18s: school attended","school attended"],
  ["To be completed for all children: who has parental responsibility?","who has parental responsibility?"],
  ["For each child: name and date of birth","name and date of birth"],
  ["Clinician to confirm: who accompanied the child today?","who accompanied the child today?"],
  ["Triage nurse to check: reason for attendance","reason for attendance"],
  ["Please ask whether the patient looks after or lives with any children","the patient looks after or lives with any children"],
  ["Consider whether the injury fits the history given","the injury fits the history given"],
  ["Find out if the family has enough money","the family has enough money"],
  ["Observe and record the home environment","the home environment"],
  ["Document whether the young person was seen alone","whether the young person was seen alone"],
  ["I have considered whether the mother was seen alone","the mother was seen alone"],
  ["Confirmed with the patient whether they look after, or live with, any children under 18","they look after, or live with, any children under 18"],
  ["Established if the child is known to social care","the child is known to social care"],
  ["Inline skating or cycling?","Inline skating or cycling?"],
  ["Income per week","Income per week"],
  ["Asking about domestic abuse","Asking about domestic abuse"],
  ["Ifs and buts","Ifs and buts"],
  ["Internet use at home","Internet use at home"],
  ["Pleased with care received?","Pleased with care received?"],
  ["Iron supplements","Iron supplements"],
  ["Name (1.3)","Name"],
  ["Presenting complaint (1.9)","Presenting complaint"],
  ["Reason for referral (2019)","Reason for referral"],
  ["Next of kin [if known]","Next of kin"],
  ["Is the explanation consistent with the injury - if not, why not?","Is the explanation consistent with the injury"],
  ["Name of the adult accompanying the child if not the parent or carer","Name of the adult accompanying the child"],
];

describe("the openings mainClause drops", () => {
  it.each(ROWS)("%j is read as %j", (label, asked) => {
    expect(mainClause(label).trim()).toBe(asked);
  });
});
