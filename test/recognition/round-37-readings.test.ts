/**
 * Round 37 (docs/recognition.md): readings chosen on the written forms' tuning part and the real-label
 * set's tuning part. Each row is what a clinical systems team would see: the label recognised as the
 * concept beside it, or as none where a look-alike must not be taken.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { namesBareConsent, namesConsentToSomethingElse } from "../../rules/recognition/consent-object-guard";
import { asksWhoDidIt } from "../../rules/recognition/done-by-guard";
import { workspaceWithPacks } from "../helpers";
import { itDecidesEach, itReadsEachLabelAbout, itReadsEachLabelShipped, itReadsEachLabelUnder } from "./reads-labels";

const shipped = recogniserFor(workspaceWithPacks().index);

describe("an analysis of the risks a label names is the analysis of risk (likelihood-frames.ts)", () => {
  itReadsEachLabelShipped([
    ["Summarise the safeguarding risks you have identified and your analysis of them", "risk.analysis"],
    ["Summarise and analyse the safeguarding risks identified", "risk.analysis"],
    ["Analyse the risks to the child", "risk.analysis"],
    // Not an analysis of anything but risk or harm.
    ["Analyse the results of the test", null],
  ]);
});

describe("the completer as a record names them (plain-verbs.ts)", () => {
  itReadsEachLabelShipped([
    ["Entered by (name, role)", "practitioner.name"],
    ["Entered by", "practitioner.name"],
    ["Data entered by", "practitioner.name"],
    // An option saying who wrote a decision elsewhere names no one's field.
    ["Entered by supervisee", null],
    // A risk assessment completed: no one completes rheumatoid arthritis.
    ["Clinician completing RA", "practitioner.name"],
    ["Referring practitioner", "referrer.details"],
    ["Name of Referring Practitioner", "referrer.details"],
  ]);
});

describe("money and housing in other words (money-frames.ts, named-benefits.ts, the pack's synonyms)", () => {
  itReadsEachLabelShipped([
    ["Earned income", "family.finance"],
    ["Employment income", "family.finance"],
    ["Disability benefits", "family.finance"],
    ["Eviction history", "home.environment"],
    ["Have you ever been evicted?", "home.environment"],
    ["Are you at risk of losing your home?", "home.environment"],
    // Owning property besides the home is wealth, not the home.
    ["Do you own any property or land other than your home?", "family.finance"],
  ]);
});

describe("when a label's time bound is dropped (readings.ts), and plans' own words", () => {
  itReadsEachLabelShipped([
    ["Information from the GP since the last assessment", "information.from-gp"],
    ["Update from GP", "information.from-gp"],
    ["GP update", "information.from-gp"],
    ["How we'll know it has worked", "plan.action-outcome"],
    ["How will we know it has worked?", "plan.action-outcome"],
  ]);
});

describe("a young person's own view and agreement, on a form about them (own-words.ts, young-persons-questions.ts)", () => {
  itReadsEachLabelAbout(shipped, [
    ["What I think about my health", "child", "voice-of-child"],
    ["What I have told the GP or nurse about how things are for me", "child", "voice-of-child"],
    ["What you want us to know", "child", "voice-of-child"],
    ["What do you think about your plan?", "child", "voice-of-child"],
    ["Have you seen this plan? Do you agree with it?", "child", "plan.young-person-agreement"],
    ["Do you agree with this plan?", "child", "plan.young-person-agreement"],
    // A question about a service asks for feedback, not the child's wishes and feelings.
    ["What do you think of the service?", "child", null],
    // On a form about an adult, "I" and "you" are not the child.
    ["What I think about my health", undefined, null],
    ["Do you agree with this plan?", undefined, null],
  ]);
});

describe("consent takes what it is for from its heading (consent-object-guard.ts)", () => {
  itReadsEachLabelUnder(shipped, [
    ["Has consent been obtained?", "Consent for telecare", null],
    ["Has consent been obtained?", "Consent for photographs", null],
    ["Has consent been obtained?", "Consent to share information", "information-sharing.consent"],
    ["Has consent been obtained?", "Examination", "consent.examination"],
    ["Has consent been obtained?", undefined, "consent.examination"],
  ]);
  describe("a heading's consent to something else", () => {
    itDecidesEach(namesConsentToSomethingElse, [
      ["Consent for telecare", true],
      ["Consent to share information", true],
      ["Consent has been obtained for photographs", true],
      ["Consent for exam / Rx", false],
      ["Consent to examination and treatment", false],
      ["Consent for the health assessment", false],
      ["Consent to proceed", false],
      ["Consent", false],
    ]);
  });
  describe("a label's bare consent", () => {
    itDecidesEach(namesBareConsent, [
      ["Has consent been obtained?", true],
      ["Consent given", true],
      ["Consent to share information given", false],
      ["Consent for examination", false],
      ["Who is the patient's next of kin?", false],
    ]);
  });
});

describe("precision on wording nobody tuned on (the copyleft blind probe, docs/recognition.md)", () => {
  itReadsEachLabelShipped([
    // Paying for medicines is not taking drugs (habit-topics.ts).
    ["Receiving AIDS Drug Assistance Program (ADAP)", null],
    ["Prescription drug coverage", null],
    ["Do you use drugs?", "lifestyle.risk-factors"],
    // Who verified something is asked, not the thing verified (done-by-guard.ts).
    ["Living situation verified by", null],
    ["Housing status verified by", null],
    ["Referral made by", "referrer.details"],
    ["Consent to examination given by", "consent.examination"],
  ]);
  describe("a label asking who checked something", () => {
    itDecidesEach(asksWhoDidIt, [
      ["Living situation verified by", true],
      ["Income confirmed by:", true],
      ["Next RHA to be completed by", false],
      ["Consent given by", false],
      ["Verified by the GP", false],
    ]);
  });
});
