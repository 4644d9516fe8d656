/**
 * A benefit named is a benefit (rules/recognition/named-benefits.ts).
 */
import { describe, expect, it } from "vitest";
import { readNamedBenefit } from "../../rules/recognition/named-benefits";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a benefit named", () => {
  it.each([
    ["do you get housing benefit?", "do you get benefits?"],
    ["are you claiming pension credit?", "are you claiming benefits?"],
    ["do you receive snap or tanf?", "do you receive benefits or benefits?"],
    ["employment and support allowance", "benefits"],
    ["how much child support do you receive?", "how much benefits do you receive?"],
    ["state pension", "benefits"],
    ["unemployment insurance", "benefits"],
    // Housing, support and credit that are not a benefit's name keep their words.
    ["housing", "housing"],
    ["parental support", "parental support"],
    ["credit card debt", "credit card debt"],
    ["social security number", "social security number"],
    ["child support worker", "child support worker"],
  ])("%j reads as %j", (text, read) => {
    expect(readNamedBenefit(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // A UK pension-credit claim form's question: recognised as nothing before ("housing" outweighed "benefit").
    ["Do you get Housing Benefit?", "family.finance"],
    ["Do you receive SNAP or TANF?", "family.finance"],
    ["Employment and support allowance", "family.finance"],
    ["Housing", "home.environment"],
    // A possessive is dropped before the readings run ("carer's" is "carer" by then): the names
    // that hold one were missed whenever it was written, straight or curly.
    ["Do you get Carer’s Allowance?", "family.finance"],
    ["Are you receiving Jobseeker's Allowance?", "family.finance"],
    // Money paid between parents who live apart, the state's pension and unemployment pay (round 36:
    // written for it, each recognised as nothing before).
    ["How much child support do you receive each month?", "family.finance"],
    ["Do you receive any maintenance payments?", "family.finance"],
    ["Unemployment benefits", "family.finance"],
    ["State pension", "family.finance"],
    ["Alimony received", "family.finance"],
    ["Social Security Number", null],
  ], "(the shipped pack)");
});
