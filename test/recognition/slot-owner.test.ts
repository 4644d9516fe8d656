/**
 * Whose attribute a slot is (rules/recognition/slot-owner.ts): a bare "Signature", "Signed",
 * "Name" or "Date and time" takes its owner from its section; a label that names its own owner
 * ("Date and time of report") is not the attribute of its section's topic.
 */
import { describe, expect, it } from "vitest";
import { tokens } from "../../rules/recognition/normalise";
import { carriedByContent, carriesOwnWords, isBareAttribute } from "../../rules/recognition/slot-owner";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabelUnder } from "./reads-labels";

describe("a bare attribute label", () => {
  it.each([
    ["Signature", true],
    ["Signed:", true],
    ["Date and time", true],
    ["Phone number", true],
    ["First name", true],
    ["Date of birth", false],
    ["Date and time of report", false],
    ["Relationship to child", false],
    ["Consent", false],
  ])("%j is bare: %s", (label, bare) => {
    expect(isBareAttribute(tokens(label))).toBe(bare);
  });

  const recogniser = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabelUnder(recogniser, [
    // With no section, a bare "Signature" is what forms written for formguard mean by it.
    ["Signature", undefined, "practitioner.signature"],
    ["Signed", undefined, "practitioner.signature"],
    // A section naming the practitioner says the same.
    ["Signature", "Physician attestation", "practitioner.signature"],
    ["Signature", "Practitioner details", "practitioner.signature"],
    ["Signed", "Assessing clinician", "practitioner.signature"],
    // A section naming an act or someone else: the consenting person's, the parent's.
    ["Signature", "Consent", null],
    ["Signed", "Consent", null],
    ["Signature", "Parent declaration", null],
    ["Signature", "Declaration", null],
    // A bare slot takes its owner's topic from the section…
    ["Date and time", "Incident details", "injury.timing"],
    ["First name", "Person accompanying the child", "accompanying-adult.name"],
    ["Relationship to child", "Parent/primary caregiver present", "accompanying-adult.relationship"],
    // …a label naming its own owner does not.
    ["Date and time of report", "Incident details", null],
    ["Date and time of report", undefined, null],
  ]);
});

describe("a match carried by the label's own words", () => {
  it("needs a content word of a label that has one, any word of a bare slot", () => {
    expect(carriesOwnWords(tokens("Date and time of report"), tokens("date and time of incident").map((t) => t.stem))).toBe(false);
    expect(carriesOwnWords(tokens("Date and time"), tokens("date and time of incident").map((t) => t.stem))).toBe(true);
    expect(carriesOwnWords(tokens("First name"), tokens("name of person accompanying").map((t) => t.stem))).toBe(true);
  });

  it("a phrase that says what about is not matched by its attribute and time words alone", () => {
    const phrase = tokens("date and time of incident").map((t) => t.stem);
    expect(carriedByContent(phrase, tokens("Date and time of report"))).toBe(false);
    expect(carriedByContent(phrase, tokens("Incident date and time"))).toBe(true);
    expect(carriedByContent(tokens("signature").map((t) => t.stem), tokens("Signature"))).toBe(true);
  });
});

describe("a phrase asking for an attribute", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    // "date routine enquiry completed" (the date the woman was seen alone) may not miss its "date":
    // without it the prompt asks whether the enquiry was made, not when.
    ["Routine enquiry completed?", "domestic-abuse.enquiry"],
    ["Date routine enquiry completed", "seen-alone.date"],
  ])("is not matched by a prompt leaving the attribute out: %j → %s", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
