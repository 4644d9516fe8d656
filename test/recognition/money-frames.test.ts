/**
 * What a person earns or gets paid is their income (rules/recognition/money-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readEarnings } from "../../rules/recognition/money-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel, itReadsEachLabelShipped } from "./reads-labels";

describe("earnings and pay are income", () => {
  it.each([
    ["what are your weekly earnings?", "what are your weekly income?"],
    ["how much do you earn?", "how much do you income?"],
    ["how much does your partner get paid?", "how much does your partner income?"],
    ["do you have any other money coming in?", "do you have any other income?"],
    // Work that is paid, paying for something, and being paid at some time keep their words.
    ["are you in paid work?", "are you in paid work?"],
    ["do you get paid work?", "do you get paid work?"],
    ["how much were you asked to pay for the services?", "how much were you asked to pay for the services?"],
    ["how often do you expect to be paid?", "how often do you expect to be paid?"],
    ["has the invoice been paid?", "has the invoice been paid?"],
    // The period or unit an amount is given in says how to write it down (6 December 2026).
    ["how much will you get paid this year in pounds?", "how much will you income?"],
    ["how much do you expect to earn before taxes per month now?", "how much do you expect to income?"],
    ["what is your income each fortnight?", "what is your income?"],
    // ... only after income: what is paid for keeps its period.
    ["how much do you pay in rent per month?", "how much do you pay in rent per month?"],
  ])("%j reads as %j", (text, read) => {
    expect(readEarnings(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["What are your weekly earnings?", "family.finance"],
    ["Do you have any other money coming in?", "family.finance"],
    ["How much do you get paid a week?", "family.finance"],
    // A question of how much "will" be paid is one too, and the year it is paid in is its period
    // (UK benefits calculators, 6 December 2026).
    ["How much will you get paid this year?", "family.finance"],
    ["How much will your partner get paid this year?", "family.finance"],
    ["How much do you expect to earn before taxes per month now?", "family.finance"],
    // Not the family's money.
    ["Are you in paid work?", null],
    ["How much were you asked to pay for the services?", null],
    ["Have you saved money for the birth?", null],
    ["Has the fee been paid this year?", null],
    ["How much do you pay in rent per month?", null],
  ], "(the shipped pack)");

  // An amount of the household's money, savings or benefits (readAmountOfMoney): the first three
  // are labels of the real-label set's tuning part (benefit and means-test forms), recognised as
  // nothing before, and the fourth is the "money coming in" reading with words between.
  it.each([
    ["How much money did you and your household have on hand on {{ benefitStartDate }}?", "family.finance"],
    ["How much will you and your partner get in benefits this year?", "family.finance"],
    ["What is the total amount of money you have today?", "family.finance"],
    ["How much money do you have coming in each month?", "family.finance"],
    // Money paid out, or set aside for something, is not what the family has.
    ["ASK: How much money were you asked to pay for the services?", null],
    ["How much money did you spend on food last week?", null],
    ["How much does childcare cost each week?", null],
    ["How much money have you saved for the birth?", null],
    ["How much time do you spend with your children?", null],
  ])("%j → %s (an amount of money)", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });

  // Whether a payment can be afforded, and going without money (readMoneyHardship, round 27): the
  // first is a label of the real-label set's tuning part (a UNHCR household survey), recognised as
  // nothing before; the others were too.
  it.each([
    ["9. Can your household generally afford to pay the rent without any major financial distress?", "family.finance"],
    ["Are you able to afford nappies and formula?", "family.finance"],
    ["Is money tight at the moment?", "family.finance"],
    ["Do you ever run out of money before the end of the month?", "family.finance"],
    ["In the past 2 months, did you or others you live with eat smaller meals or skip meals because you didn't have money for food?", "family.finance"],
    // Paying, with no question whether it can be done, is not hardship.
    ["Do you pay for your prescriptions?", null],
    ["How will you pay?", null],
  ])("%j → %s (afforded or gone without)", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });
});

describe("a question whose subject is the household's own money asks about its finances (round 34)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Written for this round (not from any labelled set): money in its many names, the household's.
    ["Have you got any debts or loans?", "family.finance"],
    ["Do you have a pension?", "family.finance"],
    ["Has your income changed since the baby was born?", "family.finance"],
    ["What are your savings?", "family.finance"],
    ["Do they receive any benefits?", "family.finance"],
    ["Are you behind with any payments or in arrears?", "family.finance"],
    // Money as a means or a harm, not the topic: abuse, exploitation, what is paid out, saved for,
    // the benefits of something, when money comes, a form's own instructions.
    ["Does your partner control your money?", "domestic-abuse.enquiry"],
    ["Has anyone offered you money or gifts?", null],
    ["Have you ever been asked to hold money for someone?", null],
    ["Do you understand the benefits of breastfeeding?", null],
    ["Have you discussed the health benefits of stopping smoking?", null],
    ["Have you saved money for the birth?", null],
    ["When do you get paid?", null],
    ["Don't include any benefits you have applied for.", null],
    ["Do you have other dental benefits through a federal program?", null],
  ]);
});

describe("what a household owns and the cash transfers it gets are its money too (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Written for this round (not from any labelled set); each was recognised as nothing before it.
    ["Do you or your partner own any assets?", "family.finance"],
    ["Do they own any other property abroad?", "family.finance"],
    ["Does the family receive any cash transfers?", "family.finance"],
    // A parent's or carer's money is the household's.
    ["Do the parents have any loans?", "family.finance"],
    ["Does the carer get a pension?", "family.finance"],
    // Owning a home is not money, a child's savings are not the household's, and "land" is only land when owned.
    ["Do you own your home?", null],
    ["Does the child have any savings?", null],
    ["Did you land on your feet?", null],
    // Money as a means, whoever's: a parent paid for something, a carer given cash.
    ["Has the carer been given money by anyone?", null],
  ]);
});

describe("the household's own money is explained by the label's own word", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    ["Have you applied for any benefits that you are waiting to hear about?", "benefits"],
    ["Do you have student loans you owe the government?", "loans"],
    ["What is their salary or wage?", "salary"],
  ])("%j: %s", (label, word) => {
    expect(pack.recognise({ label })).toMatchObject({ concept: "family.finance", source: "label", evidence: [word] });
  });
});

describe("trouble paying for a household's necessities, and its economic state, are its finances (round 36)", () => {
  itReadsEachLabelShipped([
    // Written for this round (not from any labelled set); each was recognised as nothing before it.
    ["Are you able to pay your bills?", "family.finance"],
    ["How often do you have trouble paying your bills?", "family.finance"],
    ["In the past 12 months, were you ever unable to pay your utility bills on time?", "family.finance"],
    ["Do you or anyone in your household have trouble paying for heating?", "family.finance"],
    ["Are you worried about being able to pay your rent or mortgage?", "family.finance"],
    ["Do you have problems paying for prescriptions?", "family.finance"],
    ["Economic hardship", "family.finance"],
    ["Family's economic situation", "family.finance"],
    ["Net pay", "family.finance"],
    ["Take-home pay", "family.finance"],
    // Paying attention is no payment, a price is not hardship, and a class or a partner's control of money is not the household's finances.
    ["How often do you have trouble paying attention?", null],
    ["Are you able to pay for the service today?", null],
    ["Socio-economic status", null],
    ["Economic abuse", "domestic-abuse.enquiry"],
  ]);
});
