/**
 * Round 38 (docs/recognition.md): readings chosen on the real-label set's tuning part after batches
 * c33–c38 joined it. Each row is what a clinical systems team would see: the label recognised as the
 * concept beside it, or as none where a look-alike must not be taken.
 */
import { describe } from "vitest";
import { itReadsEachLabelShipped } from "./reads-labels";

describe("being at school, however long the question (schooling-topic.ts)", () => {
  itReadsEachLabelShipped([
    ["Are all children and adolescents in the household of school age (Grade 1 to 7) enrolled in school?", "education.status"],
    ["How many days of school has your child missed this term?", "education.status"],
    ["Are there any children in this household who are out of school?", "education.status"],
    ["Do you attend college?", "education.status"],
    ["Do you have or are you attending a formal education?", "education.status"],
    // Which school, and paying for it, are other questions; so is an age named by school.
    ["Name of school attended", null],
    ["Which school does the child attend?", null],
    ["Is the child of school age?", null],
    ["How do you get to school?", null],
  ]);
});

describe("the child's views opening a label are the child's voice (childs-own-words.ts)", () => {
  itReadsEachLabelShipped([
    ["The child(ren)'s views on the interim plan of care been considered?", "voice-of-child"],
    ["The children's views", "voice-of-child"],
    // Someone else's views are not.
    ["Parent's views", null],
  ]);
});

describe("sex forced on the one asked is the domestic abuse enquiry (abuse-behaviour.ts)", () => {
  itReadsEachLabelShipped([
    ["In the past 6 months, has anyone (including your spouse or sexual partner) tried to make you have sex against your will?", "domestic-abuse.enquiry"],
    ["Has anyone pressured you into sex?", "domestic-abuse.enquiry"],
    // Not where the one asked does it, nor whether they are sexually active.
    ["Have you ever made anyone have sex against their will?", null],
    ["Are you sexually active?", null],
  ]);
});

describe("a household's spending is its money (the pack's synonyms)", () => {
  itReadsEachLabelShipped([
    ["Estimated household expenses per month", "family.finance"],
    ["Household expenditure", "family.finance"],
  ]);
});

describe("collecting medicines is not taking drugs (habit-topics.ts)", () => {
  itReadsEachLabelShipped([
    ["Has the primary caregiver been regularly attending ART appointments and collecting drugs from the facility on schedule?", null],
    ["Do you use any drugs?", "lifestyle.risk-factors"],
  ]);
});

describe("a legal helpline's domestic abuse screen asks about \"the respondent\" (abuse-behaviour.ts)", () => {
  itReadsEachLabelShipped([
    ["Have you ever felt intimidated by the respondent?", "domestic-abuse.enquiry"],
    ["Have you ever had unwanted contact with the respondent?", "domestic-abuse.enquiry"],
    ["Has the respondent ever come to your home without being invited?", "domestic-abuse.enquiry"],
    ["Has the respondent ever refused to leave your home?", "domestic-abuse.enquiry"],
    // A survey's respondent is the one answering; harassment at work is not at home.
    ["Respondent's age", null],
    ["Has anyone harassed you at work?", null],
  ]);
});

describe("how often is not how it happened (how-often-guard.ts); a class last attended is a school's (setting-guard.ts)", () => {
  itReadsEachLabelShipped([
    ["How often has this happened? (Remember it must be at least twice)", null],
    ["How did the injury happen?", "injury.circumstances"],
    ["Specify class last attended", null],
    ["Date of last attendance", "attendance.last-date"],
    // A plan to go is not being there.
    ["Are you planning to go to college or university in September 2020?", null],
  ]);
});
