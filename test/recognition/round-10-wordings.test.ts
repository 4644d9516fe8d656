/**
 * Round 10 (issue 16, 4 December 2026, night): paraphrases written for the report's own concepts
 * (so they measure nothing), each probing a way a form asks, with the look-alikes they must not
 * take. Each recognised row was recognised as nothing, or as another concept, before.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 10 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Attending school, in the progressive or as a bare label, is being in school (in-school.ts).
    ["Is the child attending school?", "education.status"],
    ["Is your child currently attending school?", "education.status"],
    ["Attending school?", "education.status"],
    ["Which school is the child attending?", null],
    ["Is the child happy attending school?", null],
    // Leaving the department without treatment is leaving before treatment (visits.ts).
    ["Left department without treatment", "attendance.left-before-treatment"],
    ["Left the ED before being seen", "attendance.left-before-treatment"],
    ["Left arm injury", null],
    // The report's own words for the MIU notice (paragraph 1.15, recommendation 1.1).
    ["Carer told attendance will be shared with other professionals", "information-sharing.notice"],
    // "X of Y" is not matched without its X: a mother or father is not the health of mother and father.
    // (Round 35: it is whether the adult is a parent, being-a-parent.ts; it was read as nothing before.)
    ["Are you a mother or father?", "parent.status"],
    ["Health of mother and father", "parental-health-history"],
    // A referral to physiotherapy is not the safeguarding referral (referral-destination.ts) ...
    ["Referral to physiotherapy made?", null],
    ["Referral to CAMHS made?", null],
    ["Referral to MASH made?", "safeguarding.referral"],
    ["Referral to children's social care made?", "safeguarding.referral"],
    ["Referral made?", "safeguarding.referral"],
    // ... and the service it goes to says nothing of whose the field is ("child services" is a service).
    ["Reason for referral to child services", "referral.reason"],
    // "Times" counts; "time" is a clock's (was the count of attendances).
    ["Time of attendance", null],
    ["Time attended", null],
    ["How many times has this child attended A&E in the last year?", "attendance.count"],
    ["How many times has this child attended an MIU in the last year?", "attendance.count"],
    ["Number of times attended", "attendance.count"],
    ["Time of injury", "injury.timing"],
    // A child protection flag is the protection status, not the flag that the patient is a child.
    ["Child protection flag on record", "child.protection-status"],
    ["Has she been told she will be seen on her own?", "seen-alone.planned"],
    ["Named GP for the family", "case.allocated-gp"],
    // "Support offered" is a stock phrase: the domestic-abuse action only with its topic (topic-guard.ts).
    ["Breastfeeding support offered", null],
    ["Domestic abuse support offered", "domestic-abuse.action"],
    // Having a carer is being cared for, not being one (having-a-carer.ts): the hidden child's
    // question must not be read into a frail adult's record.
    ["Does the patient have a carer?", null],
    ["Do you have a main carer?", null],
    ["Is the patient a carer?", "caring-responsibilities"],
    // Abuse by a partner or family member is domestic abuse, by its definition (readings.ts); by a stranger it is not.
    ["Have you experienced any abuse from a partner or family member?", "domestic-abuse.enquiry"],
    ["Abuse by a stranger", null],
    // "Children and young people" are the children (readings.ts).
    ["Does this person have responsibility for children or young people?", "caring-responsibilities"],
    // Known to a service is a status, not a meeting's attendee (known-to-guard.ts).
    ["Is the patient known to drug and alcohol services?", null],
    ["Known to social care?", "child.protection-status"],
    ["Drug and alcohol service represented", "attendees.substance-misuse"],
    // What a child said is what the child says; a preference is what is preferred (word-families.ts).
    ["What has the child said?", "voice-of-child"],
    ["Does the young person have a preference for the gender of the doctor?", "examiner.gender-preference"],
    ["What did the doctor say?", null],
    // ED shorthand and the NEET question asked the other way round (the pack).
    ["Consistent history?", "injury.explanation-consistent"],
    ["Is the child receiving education?", "education.status"],
    ["Information shared with safeguarding midwife", "lead-midwife.notified"],
    // Children living with the client are the children at home (co-residence.ts); another adult living with the client is not.
    ["Children living with the client (names, ages, relationship)", "caring-responsibilities"],
    ["Children residing with the patient", "caring-responsibilities"],
    ["Name of adult living with the client", null],
    ["Children who do not live with the client", "children.in-family"],
    // What affects the children has an impact on them (readings.ts); being affected keeps its words.
    ["How might the client's mental health affect the children?", "child.impact-of-parent"],
    ["Does the parent's drinking affect the children?", "child.impact-of-parent"],
    ["Could the patient's condition affect their ability to care for children?", "parenting-capacity.impact"],
    // The person completing the assessment is the clinician completing it (form-agents.ts).
    ["Name of worker completing assessment", "practitioner.name"],
    ["Name of person completing assessment", "practitioner.name"],
    ["Name of person completing the course", null],
    // A contact made ("since the last contact") is no one's contact details (prompt-guards.ts).
    ["Are concerns increasing, the same or reducing since the last contact?", "safeguarding.concern-trend"],
    ["Contact number of the accompanying adult", null],
    // A bracket saying the answer is someone's own words is what is asked (normalise.ts mainClause).
    ["What would you like to happen? (in the young person's own words)", "voice-of-child"],
    ["What has happened? (in the child's own words)", "voice-of-child"],
    ["What would you like to happen?", "referral.expected-outcome"],
    // Work done for a living is an occupation (readings.ts); a worry about one's mood is a mood question (the pack).
    ["What do you and your partner do for work?", "parent.occupation"],
    ["Any worries about your mood?", "emotional-health.trigger-questions"],
    ["Does anything make it hard for you to look after your baby?", "parenting-capacity.impact"],
    // "e.g." does not end a sentence (normalise.ts sentences): the question is the whole label.
    ["What would make us update this risk assessment sooner (e.g. self-harm, A&E attendance)?", "risk-assessment.update-trigger"],
    ["What difference will it make?", "plan.action-outcome"],
    // A sexual health form's wording of exploitation and care status (the pack).
    ["Is the young person being sexually exploited?", "exploitation.risk"],
    ["Is the young person looked after (in care)?", "child.looked-after"],
    ["Which GP is overseeing this family?", "case.allocated-gp"],
    ["What does the young person want from CAMHS?", "voice-of-child"],
    // Disagreeing is a disagreement (word-families.ts).
    ["Did you disagree with the decision? How was this resolved?", "professional-challenge"],
  ]);

  // A bare "Date" right after a signature is the date signed, the form's completion date; whose
  // signature it is stays in the reading (a parent's signing date is not the practitioner's).
  it.each([
    ["Signature", "Date", "completed.date"],
    ["Signed", "Date:", "completed.date"],
    ["Clinician signature", "Date", "completed.date"],
    ["Parent's signature", "Date", null],
    ["Signature of young person", "Date", null],
    ["Signature", "Date of birth", null],
    ["Name", "Date", null],
  ])("%s, then %s → %s", (before, label, concept) => {
    expect(pack.recognise({ label, siblings: [before] })?.concept ?? null).toBe(concept);
  });

  // A section headed for whoever completes the form is the practitioner's: a profession there names
  // the completer. A section that only says who fills it in keeps its fields' own subjects.
  it.each([
    ["Sign-off", "Midwife name", "practitioner.name"],
    ["Completed by", "Name of school nurse", "practitioner.name"],
    ["Conversation 3 — Completed by", "Workers name", "practitioner.name"],
    ["Completed by", "Signature", "practitioner.signature"],
    ["Birth details - To be completed by health professional", "Name of child", null],
    ["Next of kin", "Name", null],
  ])("under %j, %s → %s", (section, label, concept) => {
    expect(pack.recognise({ label, context: [section] })?.concept ?? null).toBe(concept);
  });
});
