/**
 * Round 15 (issue 16, 5 December 2026): wording found by linting set N of the forms written by
 * others (test/fixtures/written-forms/tune/: narrative assessments whose one-word boxes carry
 * their question in help text, and telephone scripts and commissioned services' wording) and the
 * tuning part's remaining false alarms, with inference on. Each row was reported missing, or read
 * as another concept, before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { missingConceptsIn, workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 15 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // The analysis named by what it weighs, harm rather than risk; Signs of Safety's two parts asked together.
    ["Your analysis of harm that has happened and the danger of future harm to the child", "risk.analysis"],
    ["What are we worried about? (past harm, future danger, complicating factors)", "risk.analysis"],
    ["Safeguarding impression", "risk.analysis"],
    // Either part alone is a fact the analysis weighs, not the analysis.
    ["Past harm: what has happened to the child, when did it happen, and how do you know?", null],
    // Whether help came promptly, and the gap before it.
    ["Was help sought promptly?", "injury.delay-in-presentation"],
    ["Any gap between the injury and coming to the unit, and the reason given for it", "injury.delay-in-presentation"],
    // Whether earlier attendances give cause for concern.
    ["Do the number, timing or reasons for earlier attendances give any cause for concern?", "attendance.pattern-considered"],
    // A parent's emotional health is their mental health; a child's is their wellbeing.
    ["Mother's emotional health", "parent.mental-health"],
    ["Partner's emotional health", "parent.mental-health"],
    // Whether supervision's decisions reached the child's record.
    ["Decisions and actions entered in the child's electronic record?", "supervision.decisions"],
    // Who does it by when only says how to write the actions down (normalise.ts TRAILING_ADDITION).
    ["Actions agreed, by whom and by when", "plan.action"],
    ["Decisions and agreed actions - who will do what, by when", "plan.action"],
    ["Referred by whom", "referrer.details"],
    // Being happy to go ahead with or have something is consenting to it (consent-frames.ts) ...
    ["Ask the YP: are you happy to go ahead with your health review today?", "consent.young-person"],
    ["Are you happy to have your health review today?", "consent.young-person"],
    // ... being happy with something is not.
    ["Are you happy with the care you received?", null],
    ["Is the child happy to go to school?", null],
    // An aside added to what affects the children only widens it; "named above" and "day to day" add
    // nothing; a view of how something affects them asks how (impact-frames.ts).
    ["How might your mental health, or the current crisis, affect the safety and wellbeing of the children?", "child.impact-of-parent"],
    ["How does the client's mental health, and any behaviour linked to it, affect the day-to-day wellbeing and safety of each child named above?", "child.impact-of-parent"],
    ["What is your analysis of how the client's mental health, and any deterioration in it, is affecting or could affect each child's day-to-day wellbeing and safety?", "child.impact-of-parent"],
    ["What is your analysis of the risk to the child?", "risk.analysis"],
    // Making sure needs are followed up, or carrying on with them, is following them up (plain-verbs.ts);
    // how to reach whoever does only says what to add.
    ["Which professional will make sure those health needs are followed up after I leave care, and how do I contact them?", "leaving-care.follow-up"],
    ["Who will carry on with any health needs that are still open once you leave care?", "leaving-care.follow-up"],
    // The referral's choice in plain words.
    ["Are you asking children's social care to act, or letting them know?", "referral.type"],
    ["Tell the duty worker: are you asking children's social care to act, or sharing information only?", "referral.type"],
    ["Is this a request for an assessment or action by children's social care, or are you sharing information only?", "referral.type"],
    // A sexual health service's exploitation screen asked in the second person, and the clinician's view of it.
    ["Is anyone you have had sex with much older than you, or in a position of power over you (like a teacher, boss or carer)?", "exploitation.risk"],
    ["Have you ever felt pressured, scared or forced into doing anything sexual you didn't want to?", "exploitation.risk"],
    ["Overall concern that this young person is being sexually exploited or abused", "exploitation.risk"],
    // A young "client" looked after.
    ["Is the client looked after (in care) or a care leaver?", "child.looked-after"],
    // The outcome of the most recent meeting is the meeting's outcome; when it was held only says what to add.
    ["Outcome of the most recent child in need meeting, and the date it was held", "cin-meeting.outcome"],
    ["Outcome of the most recent child protection conference: decision, plan category and health actions", "cp-conference.outcome"],
    ["Date of most recent attendance", "attendance.last-date"],
    // Declining part of an assessment is declining it; which team will is who will.
    ["Was all or part of the assessment declined?", "assessment.declined"],
    ["Which team will check that these actions have been done?", "plan.review-team"],
    // Talking about wanting to hurt oneself asks whether they might (plain-verbs.ts readWantingTo).
    ["Has your child ever talked about wanting to hurt themselves?", "emotional-health.trigger-questions"],
    // "Any one" written apart is anyone, unless one of a set.
    ["Are you scared of any one in your family?", "domestic-abuse.enquiry"],
    ["Is there any one of the following?", null],
    // Consent to something being shared is consent to share information, whatever and with whom (consent-frames.ts).
    ["Has the young person agreed to this assessment being shared with their GP, school and parents?", "information-sharing.consent"],
    ["Has the young person consented to this assessment being shared?", "information-sharing.consent"],
    ["Has the young person agreed to this assessment?", "consent.young-person"],
    // Whoever completes a summary completes the form; the legal basis of being looked after is the legal status.
    ["Your worker's name and role (the person completing this summary)", "practitioner.name"],
    ["Legal basis on which the child is looked after", "looked-after.legal-status"],
    // A bracket naming only a part of the form is what is asked (normalise.ts FORM_PART).
    ["Has the full assessment (part B) been completed and uploaded to the child's health record?", "assessment.part-b"],
    // How to ask for help only says what to add; the examiner's sex and the GP overseeing a family in plain words.
    ["Help you can get as a care leaver, and how to ask for it", "support.information"],
    ["Would you rather be seen by a woman or a man for your examination?", "examiner.gender-preference"],
    ["GP allocated to oversee this family until the next discussion", "case.allocated-gp"],
    // Children with relatives or friends, however their details are to be written.
    ["Children living with relatives or friends: first name, age and who they live with (write 'None' if none)", "children.with-relatives"],
  ]);

  it.each([
    // A heading of alternatives ("Injury / presenting complaint") is read as each of them.
    ["Injury / presenting complaint", "Mechanism", "injury.circumstances"],
    ["Conference / meeting", "How did you contribute? (tick all that apply)", "cp-conference.contribution"],
    // So is a short heading of two things joined by "and" ...
    ["Conferences and core groups", "How did the practice take part?", "cp-conference.contribution"],
    // How the adult is related to or knows the child is their relationship to the child (plain-verbs.ts readRelatedTo).
    ["Adult attending with the child", "Specify how this adult is related to or knows the child", "accompanying-adult.relationship"],
    // ... whose bare slots still name no one.
    ["Family and household", "Relationship", null],
    // A short head before a colon is read under the heading; what follows says how to answer.
    ["Injury", "Mechanism: how and where it happened, and who was present", "injury.circumstances"],
    // A condition before a colon is no head: "If declined" is not the declining.
    ["Has the child or young person agreed to this assessment?", "If declined: who has been told, what alternative was offered, and when will the assessment be offered again?", null],
  ])("under %j, %j → %s", (heading, label, concept) => {
    expect(pack.recognise({ label, context: [heading], type: "longtext" })?.concept ?? null).toBe(concept);
  });

  it.each([
    // A box named in a word or two over help text that asks the question: the help's question is what it asks.
    ["Children", "Does the patient have, live with or look after any children under 18?", "yesno", "caring-responsibilities"],
    ["Significance", "Do the number, timing or reasons for earlier attendances give any cause for concern? Record your view even when there is none.", "longtext", "attendance.pattern-considered"],
    // An instruction in help is read alone, and after the label as a colon would join them.
    ["Records and contacts", "Tick each source checked or professional contacted", "multichoice", "records.checked"],
    // Help that only lists what to write is read after the label as a colon would join them.
    ["Practitioner", "Name and role", "person", "practitioner.name"],
    // A look-alike keeps its meaning, whatever its help says.
    ["Next of kin", "Name, relationship and telephone", "text", null],
    // A long label is read as it is: its help does not stand in for it.
    ["Does the patient have a carer of their own?", "Does the patient have, live with or look after any children under 18?", "yesno", null],
  ])("%j with help %j (%s) → %s", (label, help, type, concept) => {
    expect(pack.recognise({ label, help, type })?.concept ?? null).toBe(concept);
  });

  it("a box of a word or two is what its help's question asks before what its heading lends it", () => {
    const help = "Does the explanation match the injury seen and the patient's age and mobility? Note any discrepancy and how you explored it.";
    expect(pack.recognise({ label: "Account", help, context: ["Injury"], type: "choice" })?.concept).toBe("injury.explanation-consistent");
    // Without the help, the heading lends the box its meaning.
    expect(pack.recognise({ label: "Account", context: ["Injury"], type: "choice" })?.concept).toBe("injury.circumstances");
  });

  it("on a child's form, 'Observations' alone are the vital signs, not what was observed of the child", () => {
    expect(pack.recognise({ label: "Observations", subject: "child", context: ["Examination"], type: "text" })?.concept ?? null).toBe(null);
    expect(pack.recognise({ label: "Observations of the child", subject: "child", type: "longtext" })?.concept).toBe("child.presentation");
    expect(pack.recognise({ label: "Demeanour", subject: "child", type: "longtext" })?.concept).toBe("child.presentation");
  });

  it("on a form about an adult, a child protection plan it asks about is one of the client's children's", () => {
    const form = (label: string) => `form sm "Substance misuse assessment" {
  service substance-misuse
  audience adult
  version "1"
  owner "Test"
  section children "Children" {
    field plans choice required {
      label "${label}"
      options "Child protection plan", "Child in need plan", "Neither", "Not known"
    }
  }
}
`;
    const uri = "/test/round-15-refines.form";
    expect(missingConceptsIn(form("Is any child on a child protection plan or a child in need plan?"), { infer: true, uri })).not.toContain("children.protection-status");
    // A field asking something else leaves it missing, so the check can fail.
    expect(missingConceptsIn(form("Is any child registered with a dentist?"), { infer: true, uri })).toContain("children.protection-status");
  });
});
