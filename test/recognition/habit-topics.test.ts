/**
 * A question whose topic is being active or what is eaten asks about that habit, however it counts
 * or dates it (rules/recognition/habit-topics.ts), read only where nothing else recognises the label.
 * The rows were written for round 34, not taken from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { habitTopic } from "../../rules/recognition/habit-topics";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("habit topics", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading: the measure outweighed the habit.
    ["How many days a week does your child do at least 60 minutes of exercise?", "health.physical-activity"],
    ["How often do you go for a walk?", "health.physical-activity"],
    ["How much time does your child spend playing outside?", "health.physical-activity"],
    ["Does your child take part in PE at school?", "health.physical-activity"],
    ["Is your child a member of any sports clubs?", "health.physical-activity"],
    ["How many times a week do you eat red meat?", "health.healthy-eating"],
    ["Does your child have school dinners?", "health.healthy-eating"],
    ["What did you eat yesterday?", "health.healthy-eating"],
    ["How many drinks do you have on a typical day when you are drinking?", "lifestyle.risk-factors"],
    ["Do you drink?", "lifestyle.risk-factors"],
    ["Have you been drunk in the last month?", "lifestyle.risk-factors"],
    ["Units per week", "lifestyle.risk-factors"],
    // Not alcohol, or not its use: another drink, a medicine, a service, drugs offered, tobacco.
    ["How many glasses of water does your child drink?", null],
    ["Drug allergies", null],
    ["Referral to alcohol liaison service", null],
    ["Has the young person been offered drugs?", null],
    ["Does the patient smoke?", null],
    // A symptom, a test, a power, an acute sign, a fast before a procedure, what is not food, going without for money.
    ["Do you get chest pain on exercise?", null],
    ["Exercise tolerance test result", null],
    ["Who can exercise parental responsibility?", "parental-responsibility"],
    ["When did you last eat?", null],
    ["Have you seen your child eat paint chips, soil, or dirt?", null],
    ["Does your child have any food allergies?", null],
  ]);

  it("says which words named the habit", () => {
    expect(habitTopic("How often do you go for a walk?")).toEqual({ phrase: "physical activity", evidence: ["go for a walk"], topic: "physical activity" });
    expect(habitTopic("How many portions of vegetables do you eat a day?")).toEqual({ phrase: "healthy eating", evidence: ["portions of vegetables"], topic: "healthy eating" });
    // Not the topic: read as nothing by this reading (the packs' phrases may still read them).
    for (const label of ["Exercise tolerance test result", "Is the child eating and drinking normally?", "Does your child have an eating disorder?", "Breathing exercises taught", "Sports/hobbies/clubs", "Did all the family eat a meal together?"])
      expect(habitTopic(label), label).toBeUndefined();
  });

  it("explains a recognition by the words of the label, not the packs' phrase", () => {
    const r = pack.recognise({ label: "How many days a week does your child do at least 60 minutes of exercise?" });
    expect(r).toMatchObject({ concept: "health.physical-activity", source: "label", evidence: ["exercise"] });
  });
});
