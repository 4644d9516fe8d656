/**
 * Round 30: phrases from round 29's sweeps of published instruments whose only new words are
 * words no concept used before ("toothache", "mortgage", "disrepair"). Such a phrase moves no
 * other word's weight: a word's weight depends on how many concepts use it, and these were used
 * by none (docs/recognition.md, "Round 30"). Each row of the first table was recognised as
 * nothing before the round; the look-alikes share the new phrases' words and pass on both builds.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("words no concept used before, round 30", () => {
  itReadsEachLabel(pack, [
    // Oral-health surveys (NHANES OHQ, BRFSS).
    ["Do you have toothache?", "health.oral"],
    ["Bleeding gums", "health.oral"],
    ["Aching in mouth in the past year", "health.oral"],
    // Housing and money screens (AHC HRSN, Citizens Advice debt questions, USDA food security).
    ["Are you behind with your rent or mortgage payments?", "family.finance"],
    ["Household food security status", "family.finance"],
    ["Total income of all family members in the last 12 months", "family.finance"],
    // The home's condition (home conditions tools, health visiting records).
    ["Inadequate housing", "home.environment"],
    ["Sleeping arrangements for the baby", "home.environment"],
    // Activity questionnaires (YRBS, NSCH).
    ["Does your child take part in sports lessons or clubs?", "health.physical-activity"],
    ["Do you walk or bicycle to work?", "health.physical-activity"],
    // AUDIT's and screens' drinking, the SDQ's worry, UK CSE screening tools.
    ["Would you describe yourself as a heavy drinker?", "lifestyle.risk-factors"],
    ["I worry a lot", "emotional-health.trigger-questions"],
    ["Ongoing anxiety", "emotional-health.trigger-questions"],
    ["Has the young person been groomed via the internet?", "exploitation.risk"],
  ], "(the shipped pack)");
});

describe("and look-alikes that share the new phrases' words", () => {
  itReadsEachLabel(pack, [
    ["Duration of symptoms", null],
    ["Sleeping problems", null],
    ["Heating the food", null],
    ["Security code", null],
    ["Internet access at home", null],
    ["Association football club", null],
    ["Central venous catheter", null],
    ["Gum", null],
    ["Family history of heart disease", null],
    ["Name of setting", null],
    ["Fish allergy", null],
    ["Mortgage lender", null],
    ["Mouth ulcers", null],
    ["External referral", null],
    ["Lesson plan", null],
    ["Which resources did you use?", null],
    ["Bicycle helmet worn?", null],
  ], "(the shipped pack)");
});
