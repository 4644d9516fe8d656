/**
 * Being happy for someone to do something, agreeing to it or giving permission for it, is
 * consenting to it (rules/recognition/consent-frames.ts); which vaccine is given does not change
 * what is asked (vaccine-names.ts), and American spellings are the packs' British ones.
 */
import { describe, expect, it } from "vitest";
import { readConsentFrame } from "../../rules/recognition/consent-frames";
import { withoutVaccineName } from "../../rules/recognition/vaccine-names";
import { stem } from "../../rules/recognition/normalise";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

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
    // Consent to someone receiving something is consent to that thing; permission to do something is consent to it.
    ["has the patient consented to the doctor receiving the results?", "has the patient consented to results?"],
    // Who consents to care does not change what is consented to: not a parent's consent to a referral.
    ["has the parent consented to this patient receiving the vaccination?", "has consent to vaccination?"],
    ["parent/guardian consent for treatment", "consent for treatment"],
    ["have parents consented to the referral?", "have parents consented to the referral?"],
    ["consent for your child to receive the vaccine", "consent for vaccine"],
    ["do you have permission to share their details?", "do you have consent to share their details?"],
    ["do you give permission for us to contact your gp?", "do you give consent for us to contact your gp?"],
    // Authorising an examination or treatment is consenting to it; authorised by whom is a signature.
    ["authorizing medical exam", "consent to medical exam"],
    ["authorisation for treatment", "consent to treatment"],
    ["authorised by", "authorised by"],
  ])("%j reads as %j", (text, read) => {
    expect(readConsentFrame(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing.
    ["Are you happy for the nurse to examine and treat your child?", "consent.examination"],
    ["Are you happy for us to share information about you with other people involved in your care?", "information-sharing.consent"],
    ["Do you agree to have your health assessment today?", "consent.young-person"],
    ["Are you happy with the care you received?", null],
    ["Do you have permission to share their details?", "information-sharing.consent"],
    ["Consent for your child to receive the flu vaccine", "consent.examination"],
    ["Do you consent to your child receiving the HPV vaccine?", "consent.examination"],
    ["Authorizing medical exam", "consent.examination"],
    ["Consent to medical exam", "consent.examination"],
    ["Authorised by", null],
    // A parent's consent to care was read as "parental consent" to a referral (c13, tuning part).
    ["Has the parent or caregiver consented to this patient receiving the COVID-19 vaccination?", "consent.examination"],
    ["Parent/guardian consent for treatment", "consent.examination"],
    ["Parent consented to the examination", "consent.examination"],
    ["Have parents consented to the referral?", "parent.informed"],
    ["Parental consent", "parent.informed"],
  ], "(the shipped pack)");
});

describe("the vaccine's name and American spellings", () => {
  it.each([
    ["has the parent consented to the covid-19 vaccination?", "has the parent consented to the vaccination?"],
    ["consent for the flu vaccine", "consent for the vaccine"],
    ["date of hpv immunisation", "date of immunisation"],
    // Only before a vaccine: "flu-like symptoms" and "covid-19 test result" keep their words.
    ["flu-like symptoms", "flu-like symptoms"],
    ["covid-19 test result", "covid-19 test result"],
  ])("%j reads as %j", (text, read) => {
    expect(withoutVaccineName(text)).toBe(read);
  });

  it.each([
    ["immunization", "immunisation"],
    ["immunizations", "immunisations"],
    ["hospitalized", "hospitalised"],
    ["vaccine", "vaccination"],
    ["vaccinated", "vaccination"],
    ["exam", "examination"],
  ])("%j stems as %j", (american, british) => {
    expect(stem(american)).toBe(stem(british));
  });

  it("leaves short words ending in -ize alone", () => {
    expect(stem("size")).toBe("siz");
    expect(stem("prize")).not.toBe(stem("prise"));
  });
});
