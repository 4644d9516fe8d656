/**
 * Round 16's readings, each on its own: what a text becomes before it is split into words
 * (other-systems.ts, likelihood-frames.ts, in-care.ts, and readings.ts through `words`).
 */
import { describe, expect, it } from "vitest";
import { readInCare } from "../../rules/recognition/in-care";
import { readHowLikely } from "../../rules/recognition/likelihood-frames";
import { words } from "../../rules/recognition/normalise";
import { readOtherSystemsWords } from "../../rules/recognition/other-systems";

describe("round 16 readings", () => {
  it.each([
    ["has a report been made to tusla?", "has a report been made to children social care?"],
    ["is the child in the care of oranga tamariki?", "is the child in the care of children social care?"],
    ["does the patient look after any tamariki?", "does the patient look after any children?"],
    ["whānau support", "family support"],
    ["whanau hui", "family hui"],
    // Only those names: England's wording is left alone.
    ["referral to children's social care", "referral to children's social care"],
    ["tuscany", "tuscany"],
  ])("other systems' words: %j → %j", (text, read) => {
    expect(readOtherSystemsWords(text)).toBe(read);
  });

  it.each([
    ["the risks of harm to the child and your analysis of how likely and how serious they are", "the risks of harm to the child and likelihood of harm"],
    ["what harm could the child come to, how likely is it and how soon?", "what harm could the child come to, likelihood of harm?"],
    ["summarise what you found, and how likely harm is to the patient", "summarise what you found, and likelihood of harm to the patient"],
    // Only beside harm or risk.
    ["how likely are you to recommend us?", "how likely are you to recommend us?"],
  ])("how likely: %j → %j", (text, read) => {
    expect(readHowLikely(text)).toBe(read);
  });

  it.each([
    ["is the student in the care of the local authority", "is the student incare"],
    ["date the child came into the care of the council", "date the child came incare"],
    ["in the care of her grandmother", "in the care of her grandmother"],
  ])("in the care of an authority: %j → %j", (text, read) => {
    expect(readInCare(text)).toBe(read);
  });

  it.each([
    ["Are any of the children named above subject to a plan?", ["are", "any", "of", "the", "children", "subject", "to", "plan"]],
    ["The children identified in section 2", ["the", "children"]],
    ["Which team will check progress before the next health assessment?", ["who", "will", "check", "progress"]],
    ["Date of the next health assessment", ["date", "of", "the", "next", "health", "assessment"]],
  ])("through words: %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
