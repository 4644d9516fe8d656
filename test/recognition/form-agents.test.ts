/**
 * The one who carries out the form's activity is its practitioner (rules/recognition/form-agents.ts):
 * "Name of Interviewer" asks what "Name of practitioner" asks. Tested with a vocabulary of its own.
 */
import { describe, expect, it } from "vitest";
import { Recogniser } from "../../rules/recognition/recogniser";

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
