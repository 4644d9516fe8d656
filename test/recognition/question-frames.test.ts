/**
 * Questions in the patient's own words whose topic is a concept but whose verb or frame differs
 * (issue 16, round 3): taking a substance is using it (taking-substances.ts), an item number is
 * not part of the question (item-numbers.ts), someone unnamed helping with something asks about
 * it (normalise.ts `questionTopic`), what led to something asks for its cause (cause-frames.ts),
 * an event that occurred happened, and a reflexive pronoun is one self whoever it names
 * (word-families.ts), "any other … concerns" asks for concerns (any-other.ts). Each with what it must recognise and the
 * look-alikes it must not.
 */
import { describe, expect, it } from "vitest";
import { readCauseFrame } from "../../rules/recognition/cause-frames";
import { readAnyOther } from "../../rules/recognition/any-other";
import { withoutItemNumber } from "../../rules/recognition/item-numbers";
import { questionTopic, stem } from "../../rules/recognition/normalise";
import { readTakingSubstance } from "../../rules/recognition/taking-substances";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("the readings", () => {
  // Each reading rewrites a question's text; each row: the reading, the text, what it reads as, the reading's function.
  const readings: Array<[string, string, string, (text: string) => string]> = [
    ["taking", "do you take any recreational drugs?", "do you use any recreational drugs?", readTakingSubstance],
    ["taking", "have you ever taken illegal drugs?", "have you ever use illegal drugs?", readTakingSubstance],
    ["taking", "does he take cocaine?", "does he use cocaine?", readTakingSubstance],
    // Not a substance taken: the verb keeps its own meaning.
    ["taking", "did you take part in drugs education?", "did you take part in drugs education?", readTakingSubstance],
    ["taking", "do you take any medication?", "do you take any medication?", readTakingSubstance],
    ["taking", "action taken", "action taken", readTakingSubstance],
    ["taking", "taken into care", "taken into care", readTakingSubstance],
    ["item number", "8. How often do you eat vegetables or fruit?", "How often do you eat vegetables or fruit?", withoutItemNumber],
    ["item number", "Q3) Do you smoke?", "Do you smoke?", withoutItemNumber],
    ["item number", "2a: Date of birth", "Date of birth", withoutItemNumber],
    // A section's numbering, before a capital letter.
    ["item number", "2.1b By when?", "By when?", withoutItemNumber],
    ["item number", "1.3 Are you currently in care?", "Are you currently in care?", withoutItemNumber],
    ["item number", "15a. If yes, what has been done?", "If yes, what has been done?", withoutItemNumber],
    // Numbers that belong to the question stay.
    ["item number", "12 months ago", "12 months ago", withoutItemNumber],
    ["item number", "2.5 hours of physical activity", "2.5 hours of physical activity", withoutItemNumber],
    ["item number", "18 or over?", "18 or over?", withoutItemNumber],
    ["cause", "what led to your injuries?", "cause of your injuries?", readCauseFrame],
    ["cause", "what caused the injury?", "cause of the injury?", readCauseFrame],
    ["cause", "what has led to the fall?", "cause of the fall?", readCauseFrame],
    // A statement naming its cause, and a question about something else, stay as written.
    ["cause", "injury caused by a fall", "injury caused by a fall", readCauseFrame],
    ["cause", "what did you do after the injury?", "what did you do after the injury?", readCauseFrame],
    ["any other concerns", "do you have any other safety or welfare concerns about the children?", "do you have any safety or welfare concerns about the children?", readAnyOther],
    ["any other concerns", "any other worries?", "any worries?", readAnyOther],
    // "Other" that says who stays.
    ["any other concerns", "are there any other children in the household?", "are there any other children in the household?", readAnyOther],
    ["any other concerns", "any other adults living at home with concerns about them", "any other adults living at home with concerns about them", readAnyOther],
    // 6 December 2026: "any other" before anything but people only says "besides those asked".
    ["any other concerns", "will you get any other income this year?", "will you get any income this year?", readAnyOther],
    ["any other concerns", "do you have any other debts?", "do you have any debts?", readAnyOther],
    ["any other concerns", "are any other professionals involved?", "are any other professionals involved?", readAnyOther],
    ["any other concerns", "is there any other family member who helps?", "is there any other family member who helps?", readAnyOther],
    // A worry noun is read past a word for people: these are concerns, not other families.
    ["any other concerns", "any other family concerns?", "any family concerns?", readAnyOther],
  ];
  it.each(readings)("%s: reads %j as %j", (_reading, text, expected, read) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["Does an adult help brush your child's teeth?", "brush your child's teeth?"],
    ["Does anyone help you with money?", "you with money?"],
    // Not a question: its help is what it records.
    ["Help given with housing", undefined],
    // Asking for a rating or a description of something asks about it.
    ["How would you rate your diet?", "diet?"],
    ["How do you describe your child's mood?", "child's mood?"],
    ["Please describe your alcohol use", "alcohol use"],
    ["Tell us about any worries", "worries"],
  ])("someone helping, or asked to rate or describe: the topic of %j is %j", (text, topic) => {
    expect(questionTopic(text)).toBe(topic);
  });

  // questionTopic looks at a label's first word before running its long expression (a label whose
  // first word opens no question cannot match it): every opener, in any case and after any white
  // space, still opens one, and a word that only begins like an opener does not.
  it.each([
    ["Do you feel safe at home?", "feel safe at home?"],
    ["DOES THE CHILD HAVE A SOCIAL WORKER?", "HAVE A SOCIAL WORKER?"],
    ["  Is there anyone else at home?", "at home?"],
    ["Any concerns about sleep?", "sleep?"],
    ["How often does your child miss school?", "miss school?"],
    ["Describe\tthe injury", "the injury"],
    ["Provide details of\nthe incident", "the incident"],
    ["Describe\u00a0the injury", "the injury"],
    ["Was she seen alone?", "seen alone?"],
    ["Isolation and loneliness", undefined],
    ["Anyone present at the assessment", undefined],
    ["Howard Road clinic", undefined],
    ["Date of attendance", undefined],
  ])("the question opening of %j leaves %j", (text, topic) => {
    expect(questionTopic(text)).toBe(topic);
  });

  it.each(["yourself", "themselves", "himself", "herself", "myself"])("the reflexive %s is one self", (word) => {
    expect(stem(word)).toBe(stem("self"));
  });

  it("an event that occurred happened", () => {
    expect(stem("occurred")).toBe(stem("happened"));
    expect(stem("occur")).toBe(stem("happen"));
  });
});

describe("recognised as the concept the question asks about", () => {
  const recogniser = recogniserFor(workspaceWithPacks().index);
  it.each([
    ["Do you take any recreational drugs?", "lifestyle.risk-factors"],
    ["Have you ever taken illegal drugs?", "lifestyle.risk-factors"],
    ["8. How often do you eat vegetables or fruit?", "health.healthy-eating"],
    ["Q3) Do you smoke cannabis?", "lifestyle.risk-factors"],
    ["Does an adult help brush your child's teeth?", "health.oral"],
    ["What led to your injuries?", "injury.circumstances"],
    ["What caused the injury?", "injury.circumstances"],
    ["Describe how injury occurred", "injury.circumstances"],
    ["When did the injury occur?", "injury.timing"],
    ["Has your child ever hurt themselves?", "emotional-health.trigger-questions"],
    ["Do you have any other safety or welfare concerns about the children?", "safeguarding.concerns"],
    ["Any other concerns?", null],
    // A benefits claim's question (real-label set, tuning part), and the same of debts.
    ["Will you get any other income this year?", "family.finance"],
    ["Do you have any other debts?", "family.finance"],
    ["How would you rate your diet?", "health.healthy-eating"],
    ["Please describe your alcohol use", "lifestyle.risk-factors"],
    ["How would you rate your pain?", null],
    ["Please describe the incident", null],
    // Look-alikes.
    ["Does the child dress themselves?", null],
    ["Completed by self", null],
    ["Did the young person take part in drugs education?", null],
    ["Do you take any medication?", null],
    ["Help given with housing", null],
    ["Does anyone else help with the shopping?", null],
    ["What did you do after the injury?", null],
    ["What led to the referral?", null],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept ?? null).toBe(concept);
  });
});

describe("a closed question with a date to note", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // The trailing "— date" made the prompt ask for a date, which no phrase of the question's concept names.
    ["Referred to perinatal mental health team? Y/N — date", "perinatal-mental-health.referral"],
    ["Discussed at MDT? Y/N – date", "mdt.considered"],
    // After a heading (not a question) the date is what is asked.
    ["Seen alone - date", "seen-alone.date"],
    ["Accompanying adult - phone number", null],
  ], "(the shipped pack)");
});
