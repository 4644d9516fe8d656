/**
 * Questions in the patient's own words whose topic is a concept but whose verb or frame differs
 * (issue 16, round 3): taking a substance is using it (taking-substances.ts), an item number is
 * not part of the question (item-numbers.ts), someone unnamed helping with something asks about
 * it (normalise.ts `questionTopic`), what led to something asks for its cause (cause-frames.ts),
 * an event that occurred happened, and a reflexive pronoun is one self whoever it names
 * (word-families.ts), "any other … concerns" asks for concerns (concern-frames.ts). Each with what it must recognise and the
 * look-alikes it must not.
 */
import { describe, expect, it } from "vitest";
import { readCauseFrame } from "../../rules/recognition/cause-frames";
import { readAnyOtherConcern } from "../../rules/recognition/concern-frames";
import { withoutItemNumber } from "../../rules/recognition/item-numbers";
import { questionTopic, stem } from "../../rules/recognition/normalise";
import { readTakingSubstance } from "../../rules/recognition/taking-substances";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("the readings", () => {
  it.each([
    ["do you take any recreational drugs?", "do you use any recreational drugs?"],
    ["have you ever taken illegal drugs?", "have you ever use illegal drugs?"],
    ["does he take cocaine?", "does he use cocaine?"],
    // Not a substance taken: the verb keeps its own meaning.
    ["did you take part in drugs education?", "did you take part in drugs education?"],
    ["do you take any medication?", "do you take any medication?"],
    ["action taken", "action taken"],
    ["taken into care", "taken into care"],
  ])("taking: %j reads as %j", (text, read) => {
    expect(readTakingSubstance(text)).toBe(read);
  });

  it.each([
    ["8. How often do you eat vegetables or fruit?", "How often do you eat vegetables or fruit?"],
    ["Q3) Do you smoke?", "Do you smoke?"],
    ["2a: Date of birth", "Date of birth"],
    // Numbers that belong to the question stay.
    ["12 months ago", "12 months ago"],
    ["2.5 hours of physical activity", "2.5 hours of physical activity"],
    ["18 or over?", "18 or over?"],
  ])("item number: %j reads as %j", (text, read) => {
    expect(withoutItemNumber(text)).toBe(read);
  });

  it.each([
    ["what led to your injuries?", "cause of your injuries?"],
    ["what caused the injury?", "cause of the injury?"],
    ["what has led to the fall?", "cause of the fall?"],
    // A statement naming its cause, and a question about something else, stay as written.
    ["injury caused by a fall", "injury caused by a fall"],
    ["what did you do after the injury?", "what did you do after the injury?"],
  ])("cause: %j reads as %j", (text, read) => {
    expect(readCauseFrame(text)).toBe(read);
  });

  it.each([
    ["do you have any other safety or welfare concerns about the children?", "do you have any safety or welfare concerns about the children?"],
    ["any other worries?", "any worries?"],
    // "Other" that says who stays.
    ["are there any other children in the household?", "are there any other children in the household?"],
    ["any other adults living at home with concerns about them", "any other adults living at home with concerns about them"],
  ])("any other concerns: %j reads as %j", (text, read) => {
    expect(readAnyOtherConcern(text)).toBe(read);
  });

  it.each([
    ["Does an adult help brush your child's teeth?", "brush your child's teeth?"],
    ["Does anyone help you with money?", "you with money?"],
    // Not a question: its help is what it records.
    ["Help given with housing", undefined],
  ])("someone helping: the topic of %j is %j", (text, topic) => {
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
