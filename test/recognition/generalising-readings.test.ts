/**
 * Readings of a label that hold on any form, not on the wording of one: template placeholders,
 * data-dictionary timestamps, a phrase found whole where a word recurs, the question of a label
 * that also explains, advice that asks nothing, the reason for a change, "by self", and a phrase
 * written whole with its small words inside a longer question. Each is
 * tested with a vocabulary of its own where it can be, so what is tested is the reading.
 */
import { describe, expect, it } from "vitest";
import { askedPart, askingSentences, stem, tokens } from "../../rules/recognition/normalise";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const own = new Recogniser([
  { id: "parental-responsibility", title: "Who holds parental responsibility", synonyms: ["legal guardian"] },
  { id: "parent.status", title: "Is the client a parent or carer?", synonyms: ["parental or carer responsibilities"] },
  { id: "completed.date", title: "Date the form was completed", synonyms: ["date completed"] },
  { id: "education.status", title: "Education status", synonyms: ["attended school regularly"] },
  { id: "emotional-health", title: "Emotional health", synonyms: ["feeling nervous or anxious"] },
  { id: "family.composition", title: "Family composition", synonyms: ["unborn baby"] },
  { id: "referral.reason", title: "The reason for the referral", synonyms: ["why are you referring"] },
  { id: "assessment.declined", title: "The assessment was declined", synonyms: ["reason assessment declined"] },
  { id: "attendance.concerns", title: "Concerns about repeat attendances", synonyms: ["repeat attendances"] },
  { id: "seen-alone.planned", title: "Woman told she will be seen alone", synonyms: ["informed she will be seen on her own"] },
  { id: "finance", title: "Family finances", synonyms: ["income"] },
  { id: "appointments.missed", title: "Number of missed appointments", synonyms: ["number of missed appointments"] },
  { id: "immunisation", title: "Immunisation status", synonyms: ["immunisations up to date"] },
  { id: "parent.occupation", title: "The parent's occupation", synonyms: ["occupation"] },
  { id: "caring", title: "Caring responsibilities", synonyms: ["main carer for any children"] },
]);
const pack = recogniserFor(workspaceWithPacks().index);

describe("readings that hold on any form", () => {
  it.each([
    // A template's placeholder stands for the person the form is about, and asks for no name.
    ["Are you {firstName}'s legal guardian?", "parental-responsibility"],
    ["Who is {{child}}'s legal guardian?", "parental-responsibility"],
    ["Does ${name} have parental or carer responsibilities?", "parent.status"],
    // A data dictionary's timestamp is the date it names.
    ["Enrollment Form Completed At", "completed.date"],
    ["Form completed at:", "completed.date"],
    // A form filled in or out is completed.
    ["Date this form was filled in", "completed.date"],
    // Where a word recurs, a phrase written whole is found whole.
    ["Have all the children in the household enrolled in school attended school regularly over the past year?", "education.status"],
    // A phrase written whole with its small words ("seen on her own") is as compact in a longer question as on its own.
    ["Woman informed she will be seen on her own at least once during pregnancy", "seen-alone.planned"],
    // The statement around a question explains it; the question is what is asked.
    ["Feeling nervous, anxious or on edge", "emotional-health"],
    ["Stress is when someone feels tense, nervous, anxious or cannot sleep at night. How stressed are you?", null],
    // A heading before a question still says what the question is about.
    ["Repeat attendances - any concerns?", "attendance.concerns"],
    // Advice asks nothing.
    ["Talk softly to the unborn baby. The baby can hear you and will know your voice.", null],
    // The reason for a change asks about the change, unless the phrase names the change.
    ["Why are you referring the child?", "referral.reason"],
    ["What is the reason for the cancellation of this referral?", null],
    ["Why are you withdrawing the referral?", null],
    ["Reason the assessment was declined", "assessment.declined"],
    // Where an income comes from does not change that it is income (a UK benefits calculator, tuning part).
    ["Do you have any income from self-employment?", "finance"],
    ["Income from work", "finance"],
    ["Money from the sale of a house", null],
    // "To date" is "so far", not a date asked for (a blind paraphrase); "up to date" is current.
    ["Number of missed appointments to date", "appointments.missed"],
    ["Immunisations up to date?", "immunisation"],
    // An occupation order is a court order about who may live in a home (an audit label), not an occupation.
    ["Occupation Order", null],
    ["Is there an occupation order in place?", null],
    ["Occupation", "parent.occupation"],
    ["Mother's occupation", "parent.occupation"],
    // A primary carer is the main carer; other things primary keep their word.
    ["Are you the primary carer for any children?", "caring"],
    ["Is the patient the primary carer for any children?", "caring"],
    ["Primary occupation", "parent.occupation"],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });

  itReadsEachLabel(pack, [
    // The woman screened is the patient as well as the mother: the role guard let "Patient" keep the general depression screen.
    ["Patient screened for postpartum depression", "perinatal-mental-health.screening"],
    ["Patient screened for depression", "emotional-health.trigger-questions"],
    ["Do you have any income from employment?", "family.finance"],
    // A service user is the client (a paraphrase written on 4 December was recognised as nothing).
    ["Does the service user care for any children?", "caring-responsibilities"],
    ["Service user's signature", null],
    // "How old" asks an age; mum is the mother (paraphrases written on 4 December).
    ["How old is mum?", "mother.age"],
    ["How old was the house when you moved in?", null],
    ["Dad's occupation", "parent.occupation"],
    // A bracket naming only a person says whose the field is (a consent form's "Signed (young person)"
    // was the practitioner's signature).
    ["Signed (young person)", null],
    ["Signature (parent/carer)", null],
    ["Signature (practitioner)", "practitioner.signature"],
    // Struggling is having difficulty (a paraphrase written on 4 December was recognised as nothing).
    ["Are you struggling to pay your bills?", "family.finance"],
    ["Is the child struggling at school?", null],
    // A questionnaire is a form (a data dictionary's timestamp, tuning part).
    ["Questionnaire Completed At", "completed.date"],
  ], "(the shipped pack)");

  it("reads a placeholder as no one and a timestamp as a date, in the words every phrase is compared with", () => {
    expect(tokens("Are you {firstName}'s legal guardian?").map((t) => t.stem)).not.toContain(stem("name"));
    expect(tokens("Questionnaire Completed At").map((t) => t.stem)).toContain(stem("date"));
    // Only a closing "at": "Completed at home?" is where, not when.
    expect(tokens("Completed at home?").map((t) => t.stem)).not.toContain(stem("date"));
  });

  it("keeps a label's questions, headings and instructions, and drops its statements", () => {
    expect(askedPart("Stress is when someone feels tense. How stressed are you?")).toBe("How stressed are you?");
    expect(askedPart("Has this child started school? Include any formal home schooling.")).toBe("Has this child started school? Include any formal home schooling.");
    expect(askedPart("Repeat attendances - any concerns?")).toBe("Repeat attendances - any concerns?");
    expect(askingSentences("Talk softly to the unborn baby. The baby can hear you.")).toEqual([]);
  });

  it.each([
    "Is the child in care? Y/N",
    "Is the child in care Y/N",
    "Is the child in care (looked after by the local authority)? Y/N",
    "Is the child in care? Yes/No",
  ])("reads a closed question's Y/N as its answers, not its words: %j", (label) => {
    expect(pack.recognise({ label })?.concept).toBe("child.looked-after");
  });

  it("reads a closing 'self' as the person the form is about, not the practitioner; 'self-harm' names no one", () => {
    expect(pack.recognise({ label: "Completed by" })?.concept).toBe("practitioner.name");
    expect(pack.recognise({ label: "Completed by Self" })?.concept).not.toBe("practitioner.name");
    expect(pack.recognise({ label: "Signed by self" })?.concept).not.toBe("practitioner.signature");
    expect(pack.recognise({ label: "History of self-harm" })?.concept).toBe("emotional-health.trigger-questions");
  });
});
