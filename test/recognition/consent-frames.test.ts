/**
 * Being happy for someone to do something, or agreeing to it, is consenting to it
 * (rules/recognition/consent-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readConsentFrame } from "../../rules/recognition/consent-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("willingness is consent", () => {
  it.each([
    ["are you happy for the nurse to examine your child?", "consent to examine your child?"],
    ["are you happy for us to share information?", "consent to share information?"],
    ["do you agree to have your health assessment today?", "consent to have your health assessment today?"],
    ["would you be willing for the school nurse to contact you?", "consent to contact you?"],
    // Not willingness to allow something.
    ["are you happy with the care you received?", "are you happy with the care you received?"],
    ["is the child happy at school?", "is the child happy at school?"],
    ["do you agree with this plan?", "do you agree with this plan?"],
  ])("%j reads as %j", (text, read) => {
    expect(readConsentFrame(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    // Each was recognised as nothing.
    ["Are you happy for the nurse to examine and treat your child?", "consent.examination"],
    ["Are you happy for us to share information about you with other people involved in your care?", "information-sharing.consent"],
    ["Do you agree to have your health assessment today?", "consent.young-person"],
    ["Are you happy with the care you received?", null],
  ])("%j → %s (the shipped pack)", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });
});
