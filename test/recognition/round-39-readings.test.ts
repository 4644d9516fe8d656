/**
 * Round 39 (docs/recognition.md): readings chosen on the real-label set's tuning part after batch
 * c43–c44 joined it (a public health survey's modules and a humanitarian referral form). Each row is
 * what a clinical systems team would see: the label recognised as the concept beside it, or as none
 * where a look-alike must not be taken.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { asksOfOwnChildhood, inOwnChildhoodSection } from "../../rules/recognition/own-childhood";
import { listsMoneyAmongDailyTasks, speaksOfNoMoney } from "../../rules/recognition/daily-tasks-guard";
import { workspaceWithPacks } from "../helpers";
import { itDecidesEach, itReadsEachLabelShipped, itReadsEachLabelUnder } from "./reads-labels";

describe("an adult's own childhood is asked by no concept (own-childhood.ts)", () => {
  itReadsEachLabelShipped([
    ["How often did anyone at least 5 years older than you or an adult, force you to have sex?", null],
    ["Before age 18, did you live with anyone who was a problem drinker or alcoholic?", null],
    ["As a child, were you ever in care?", null],
    ["While you were growing up, did you often feel that you didn't have enough to eat?", null],
    // Now, or now as well, is still asked.
    ["Has anyone forced you to have sex?", "domestic-abuse.enquiry"],
    ["Are you afraid of your partner?", "domestic-abuse.enquiry"],
    ["Did you live with anyone who was a problem drinker or alcoholic?", "lifestyle.risk-factors"],
  ]);
  describe("under an adverse childhood experiences heading", () => {
    itReadsEachLabelUnder(recogniserFor(workspaceWithPacks().index), [
      ["Did you live with anyone who was a problem drinker or alcoholic?", "Adverse Childhood Experiences", null],
      ["Did you live with anyone who was a problem drinker or alcoholic?", "ACEs", null],
      ["Did you live with anyone who was a problem drinker or alcoholic?", "Household", "lifestyle.risk-factors"],
    ]);
  });
  describe("which labels ask so", () => {
    itDecidesEach(asksOfOwnChildhood, [
      ["Before the age of 18, were you ever hit by a parent?", true],
      ["For how much of your childhood was there an adult who made you feel safe?", true],
      ["When you were a child, were you looked after by the local authority?", true],
      ["Have you experienced any abuse, as a child or as an adult?", false],
      ["Pt aged 16-17? Y/N (if Y: treat as a child, complete paed SG Qs)", false],
      ["How many children under the age of 18 live with you?", false],
      ["Children under the age of 18 in the household", false],
      ["While your child was growing up, did they see a dentist?", false],
    ]);
  });
  describe("which headings are such a screen's", () => {
    itDecidesEach((heading) => inOwnChildhoodSection([heading]), [
      ["Optional Module: Adverse Childhood Experiences", true],
      ["ACEs", true],
      ["Childhood experiences", true],
      ["Childhood immunisations", false],
      ["Aces and spades", false],
      ["Children in the household", false],
    ]);
  });
});

describe("\"was there a time when …\" asks its when-clause (normalise.ts)", () => {
  itReadsEachLabelShipped([
    ["During the last 12 months, was there a time when you were not able to pay your mortgage, rent or utility bills?", "family.finance"],
    ["Was there a time when you were afraid of your partner?", "domestic-abuse.enquiry"],
  ]);
});

describe("managing money among a day's tasks is not the family's finances (daily-tasks-guard.ts)", () => {
  itReadsEachLabelShipped([
    ["In the past 30 days, did you provide care for this person by managing household tasks such as cleaning, managing money, or preparing meals?", null],
    ["Does the client need help with shopping, cooking or managing money?", null],
    // Managing money asked alone is.
    ["How good is [subject] at managing their money?", "family.finance"],
    ["Money management", "family.finance"],
  ]);
  describe("which prompts list it so, and which phrases it stops", () => {
    itDecidesEach(listsMoneyAmongDailyTasks, [
      ["Needs help with: shopping, cooking, managing money", true],
      ["Help with budgeting and preparing meals", true],
      ["How good is [subject] at managing their money?", false],
      ["Cleaning and cooking", false],
    ]);
    itDecidesEach(speaksOfNoMoney, [
      ["money management", false],
      ["managing money", false],
      ["help with money", false],
      ["money worries", false],
      ["household income", true],
    ]);
  });
});

describe("the side sending a referral is the referrer (the pack's synonyms)", () => {
  itReadsEachLabelShipped([
    ["2.5 Sending department", "referrer.details"],
    ["2.6 Sending staff", "referrer.details"],
    ["Sending organisation", "referrer.details"],
    // The side receiving it is not.
    ["Receiving agency: name of the agency", null],
    ["Receiving organisation", null],
  ]);
  describe("a contact of the sending agency, under the referral's heading", () => {
    itReadsEachLabelUnder(recogniserFor(workspaceWithPacks().index), [
      ["Sending agency: focal point's name", "Referral details", "referrer.details"],
      ["Receiving agency: focal point's name", "Referral details", null],
    ]);
  });
});

describe("an office or a fax number is an attribute, not the concept (prompt-guards.ts ATTRIBUTES)", () => {
  itReadsEachLabelShipped([
    ["Social Worker's Office", null],
    ["Social worker's fax number", null],
    ["Name of social worker", "social-worker.known"],
  ]);
});

describe("a surveyor and a vaccinator do the form's own activity (form-agents.ts)", () => {
  itReadsEachLabelShipped([
    ["Surveyor name", "practitioner.name"],
    ["Name of vaccinator", "practitioner.name"],
    // Not a counsellor, who may be the one the person sees.
    ["Name of your counsellor, if you have one", null],
  ]);
});
