/**
 * The one who carries out the form's activity is its practitioner (rules/recognition/form-agents.ts):
 * "Name of Interviewer" asks what "Name of practitioner" asks. Tested with a vocabulary of its own.
 */
import { describe, expect, it } from "vitest";
import { readActingProfessional } from "../../rules/recognition/form-agents";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const own = new Recogniser([
  { id: "practitioner.name", title: "Name of the practitioner completing the form", synonyms: ["name of practitioner"] },
  { id: "practitioner.signature", title: "Signature of the practitioner", synonyms: ["practitioner signature"] },
  { id: "examiner.preference", title: "Preferred sex of the examiner", synonyms: ["examiner preference"] },
  { id: "social-worker", title: "Social worker involved", synonyms: ["name of social worker"] },
]);

describe("the form's own agent is its practitioner", () => {
  it.each([
    ["Name of Interviewer:", "practitioner.name"],
    ["Interviewer signature", "practitioner.signature"],
    ["Screener name", "practitioner.name"],
    ["Enumerator name", "practitioner.name"],
    // Nouns naming someone else stay who they are.
    ["Name of social worker", "social-worker"],
    ["Examiner preference", "examiner.preference"],
    ["Date of interview", null],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });
});

describe("a professional named by the form's own activity is its practitioner", () => {
  it.each([
    ["name of assessing nurse/midwife", "name of assessing clinician"],
    ["discharging provider first name", "discharging clinician first name"],
    ["booking midwife name", "booking clinician name"],
    // Not the one who referred, and not a professional named by trade alone.
    ["referring nurse name", "referring nurse name"],
    ["name of school nurse", "name of school nurse"],
    ["nursing staff", "nursing staff"],
  ])("%j reads as %j", (text, read) => {
    expect(readActingProfessional(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // A US discharge form's two name fields (tuning part) were recognised as nothing.
    ["Discharging provider's first name", "practitioner.name"],
    ["Discharging provider's last name", "practitioner.name"],
    ["Name of assessing nurse/midwife", "practitioner.name"],
    ["Referring nurse's name", null],
  ], "(the shipped pack)");
});
