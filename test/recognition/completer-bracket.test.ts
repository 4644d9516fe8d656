/**
 * A person's field whose bracket says they are completing the form (rules/recognition/completer-bracket.ts).
 * The first rows are labels of the written forms' tuning part, told before that the form did not name
 * its completer; the rest were written for round 36.
 */
import { describe, expect, it } from "vitest";
import { namesCompleterInBracket } from "../../rules/recognition/completer-bracket";
import { namesTheReferrer } from "../../rules/recognition/referral-completer";
import { itDecidesEach, itReadsEachLabelShipped } from "./reads-labels";

describe("a bracket saying the person is completing the form (round 36)", () => {
  itReadsEachLabelShipped([
    ["Name of referrer (person completing this form)", "practitioner.name"],
    ["Practitioner bringing the case (completing this record)", "practitioner.name"],
    ["Your name (the practitioner who identified the concern and is making this referral)", "practitioner.name"],
    // Someone else named in the bracket, and the completer's other details, are not their name.
    ["Name (of the person accompanying the child)", "accompanying-adult.name"],
    ["Phone number (person completing this form)", null],
  ]);
  itDecidesEach(namesCompleterInBracket, [
    ["Name of nurse (filling in this form)", true],
    ["Email (person completing this form)", false],
    ["Signature (person completing this form)", false],
    ["Name (print)", false],
    ["Name of GP (if known)", false],
  ]);
  it("a heading asking who makes the referral is the referrer's", () => {
    expect(namesTheReferrer("Who is making this referral")).toBe(true);
    expect(namesTheReferrer("Who is this referral about")).toBe(false);
  });
});
