/**
 * Round 36's smaller readings: a trailing ", with dates" only says when, beside what is asked
 * (rules/recognition/normalise.ts TRAILING_ADDITION); whether the children need a referral, and input
 * to a conference (phrases). The first row is a written form's tuning label,
 * read as nothing before (its "dates" asked a date no phrase of the action names).
 */
import { describe, expect, it } from "vitest";
import { mainClause } from "../../rules/recognition/normalise";
import { itReadsEachLabelShipped } from "./reads-labels";

describe("a trailing request for dates is beside the question (round 36)", () => {
  itReadsEachLabelShipped([
    ["What safeguarding action was taken by the department (e.g. referral to children's social care, discussion with named nurse, police informed), with dates", "safeguarding.action-taken"],
    ["Referral to children's social care, with the date and time", "safeguarding.referral"],
  ]);
  it.each([
    ["Action taken, with dates", "Action taken"],
    ["Referral made, and the date", "Referral made"],
    // Not when the date is what is asked, nor when the words go on after it.
    ["Date and time", "Date and time"],
    ["Visits, with dates of each attendance", "Visits, with dates of each attendance"],
  ])("%j is read as %j", (label, asked) => {
    expect(mainClause(label).trim()).toBe(asked);
  });
});

describe("whether the children need a referral (round 36)", () => {
  itReadsEachLabelShipped([
    // A written form's tuning label, recognised as nothing before.
    ["Referral needed for the children?", "referral.caf-or-social-care"],
    ["Do the children need a referral to early help or social care?", "referral.caf-or-social-care"],
  ]);
});

describe("input to a conference is a contribution to it (round 36)", () => {
  itReadsEachLabelShipped([
    // Written forms' tuning labels, recognised as nothing before.
    ["Practice input to the conference", "cp-conference.contribution"],
    ["Child protection conference: this service's input", "cp-conference.contribution"],
    // Folded as a word family instead, "input" made this weigh as education status (round 28's look-alike).
    ["Did the young person take part in drugs education?", null],
  ]);
});
