/**
 * Round 40 (docs/recognition.md): a household's money as livelihood surveys and benefit forms ask
 * it, chosen on general wording (the pack's synonyms), not on a label of the test part. Each row is
 * what a clinical systems team would see: the label recognised as the concept beside it, or as none
 * where a look-alike must not be taken.
 */
import { describe } from "vitest";
import { asksWho, asksWhoDidIt } from "../../rules/recognition/done-by-guard";
import { itDecidesEach, itReadsEachLabelShipped } from "./reads-labels";

describe("pay named alone, money sent home, borrowing and selling to get by, bills fallen behind (the pack's family.finance synonyms)", () => {
  itReadsEachLabelShipped([
    ["Net monthly income", "family.finance"],
    // A row naming only what is paid or comes in (money-frames.ts `ownMoney`).
    ["Wages or salary", "family.finance"],
    ["Earnings", "family.finance"],
    ["Pension", "family.finance"],
    ["Gross income", "family.finance"],
    ["Receives remittances", "family.finance"],
    ["Have you had to borrow money in the past 30 days to buy food?", "family.finance"],
    ["Has the household sold assets to buy food?", "family.finance"],
    ["Are you behind on any bills?", "family.finance"],
    ["Interest or dividends", "family.finance"],
    ["Income from rental property", "family.finance"],
    ["What is the household's main livelihood?", "family.finance"],
    // Paying for the service, and a bank's details, are not the family's money worries.
    ["Name of bank", null],
    ["Amount paid", null],
    ["Who is paying for this service?", null],
    ["Have you saved money for use at the health center while you give birth", null],
    ["Net weight", null],
    ["Salary band of the assessor", null],
  ]);
});

describe("who reviewed something is not when it is to be reviewed (done-by-guard.ts)", () => {
  itReadsEachLabelShipped([
    // Before: the risk assessment's review date, from the phrase "review by" (by when).
    ["Reviewed by", null],
    ["Risk assessment reviewed by", null],
    // A deadline keeps its reading.
    ["Review by", "risk-assessment.review-date"],
    ["RA to be reviewed by (date)", "risk-assessment.review-date"],
  ]);
  describe("a label asking who reviewed it", () => {
    itDecidesEach(asksWhoDidIt, [
      ["Reviewed by", true],
      ["Care plan reviewed by:", true],
      ["RA to be reviewed by", false],
      ["Reviewed by the GP", false],
    ]);
  });
  describe("a phrase that may answer it: by whom, not by when", () => {
    itDecidesEach(asksWho, [
      ["completed by", true],
      ["name of reviewer", true],
      ["review by", false],
      ["review due by", false],
    ]);
  });
});

describe("a means test's words for the household's money (batch c45, the tuning part's legal-aid means test)", () => {
  itReadsEachLabelShipped([
    // Whose money: the client's, a dependant's (money-frames.ts `ownMoney`).
    ["Do any of the dependants aged 16 or over get regular income?", "family.finance"],
    ["Does your client get financial help from friends or family?", "family.finance"],
    // Money in the bank, maintenance between former partners (the pack's synonyms).
    ["Money in bank accounts", "family.finance"],
    ["Does your client get maintenance from a former partner?", "family.finance"],
    // An income before deductions is the income (quantities.ts).
    ["Income before any deductions", "family.finance"],
    // A numbered caregiver's occupation is a parent's.
    ["Care giver 1's occupation", "parent.occupation"],
    // The client's other particulars are not money.
    ["Does your client have a partner?", null],
    ["Client's name", null],
    ["Does the client need help with filling in forms?", null],
    ["Car maintenance", null],
    // Money given to someone else, and managing money among a day's tasks, are not the household's money
    // (the first is an audit label of a security vetting form; the second round 39's daily-tasks reading).
    ["Have you EVER provided financial support for any foreign national?", null],
    ["Does the client need help with shopping, cooking or managing money?", null],
  ]);
});
