/**
 * Round 17 (issue 17's sibling, issue 16, 5 December 2026, night): wording found by linting set T
 * of the forms written by others (test/fixtures/written-forms/tune/: a trust whose templates are
 * written from its safeguarding policy, long questions listing alternatives; and a digital front
 * door, short questions a screen) with inference on. Each row was reported missing, or read as
 * another concept, before; the look-alikes beside them keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("round 17 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  it.each([
    // The things listed beside the one a phrase names only widen what counts (listed-items.ts) ...
    ["Does either parent or carer have any current or past mental illness, low mood or anxiety?", "parent.mental-health"],
    ["4.3 How is the behaviour, health or lifestyle of the parent or carer placing the child at risk of harm?", "child.impact-of-parent"],
    // ... but one place of three named alone ("foster care") is not what is asked of them: the
    // children in care, through "children" and "adopted", not the child looked after.
    ["In foster care, a children's home, or adopted?", "children.in-care"],
    // A leading policy only says why, a leading judge whose answer it is (normalise.ts) ...
    ["In line with the Think Family policy, does the patient look after, live with or have regular contact with any children or young people under 18, including an unborn baby?", "caring-responsibilities"],
    ["In your professional judgement, could the circumstances of today's attendance (for example intoxication or self-harm) affect the patient's ability to care safely for these children?", "parenting-capacity.impact"],
    // ... and the policy's own name is not the question.
    ["In line with the Think Family policy, what is the patient's occupation?", null],
    // An aside listing examples is an aside, however many it lists.
    ["Do any of the factors, such as parental mental health, substance use, domestic abuse or the home conditions, affect the parents' capacity to parent?", "parenting-capacity.impact"],
    // Whoever writes a report or takes the notes completes the form (plain-verbs.ts) ...
    ["Report written by (name and designation)", "practitioner.name"],
    ["Notes taken by (name and role)", "practitioner.name"],
    ["Plan written by (name and role)", "practitioner.name"],
    // ... but not a letter's addressee.
    ["Letter written to", null],
  ])("%j → %s", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });

  it("reads the other side of a bare 'or' beside the one named: the doctor or nurse practitioner completing the record", () => {
    expect(pack.recognise({ label: "Name of doctor or ANP completing this record", context: ["Clinician"], type: "text" })?.concept).toBe("practitioner.name");
  });
});
