/**
 * Consent to an examination or treatment, asked in word orders the packs' short phrases do not hold
 * (rules/recognition/care-consent.ts), read only where nothing else recognises the label. The rows
 * were written for round 35, not taken from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { consentToCare } from "../../rules/recognition/care-consent";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itLeavesEachLabel, itReadsEachLabel } from "./reads-labels";

describe("consent to care, in any word order (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["I understand the risks and give my consent for the operation to go ahead", "consent.examination"],
    ["Has the parent consented to the child being examined today?", "consent.examination"],
    ["I voluntarily consent to receive health care by telephone", "consent.examination"],
    ["Mother consents to the baby having the hearing screening", "consent.examination"],
  ]);
});

describe("consent to something other than care is not read as consent to care", () => {
  itLeavesEachLabel(consentToCare, [
    // Sharing, a referral, photographs, research, marketing and contact are consented to as well.
    "I consent to my details being passed to the health visiting team and shared with my GP",
    "Does the family consent to a referral to early help being made for treatment?",
    "Consent to clinical photographs of the injury being taken during the examination",
    "I consent to take part in a research study of a new treatment",
    "I consent to receive text reminders about my vaccination appointments",
    // Whether someone can consent is a capacity question; a plan agreed is the plan's.
    "Does the patient have capacity to consent to the surgery?",
    "Does the young person consent to the care plan for their treatment?",
  ], "is not read as consent to care");
});

describe("a consent to care is explained by the label's own words", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    ["I voluntarily consent to receive healthcare services via telemedicine", ["consent", "healthcare"]],
    ["I certify that I am voluntarily giving my consent for this operation", ["consent", "operation"]],
  ])("%j: %j", (label, words) => {
    expect(consentToCare(label)?.evidence).toEqual(words);
    expect(pack.recognise({ label })).toMatchObject({ concept: "consent.examination", source: "label", evidence: words, topic: "consent to examination or treatment" });
  });
});
