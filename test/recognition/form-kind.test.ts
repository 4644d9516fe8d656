/**
 * The form kind as a signal (issue 16): the same words count as a different concept, or not at
 * all, depending on what the form's kind needs — through `lint --infer` and through the
 * evaluation, which reads each real label on a form of its source's kind the way the CLI does
 * (bench/recognition-as-counted.ts).
 */
import { describe, expect, it } from "vitest";
import { conceptsNeededBy, evaluateAsCounted } from "../../bench/recognition-as-counted";
import type { LabelledPrompt } from "../../bench/recognition-evaluate";
import { factsField } from "../../language/diagnostic-facts";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { checkText, workspaceWithPacks } from "../helpers";

const index = workspaceWithPacks().index;
const recogniser = recogniserFor(index);

const MOOD = "Have you been feeling down or depressed?";
const formOfKind = (service: string, audience: string) => `form mood-probe "Assessment" {
  service ${service}
  audience ${audience}
  field mood yesno required {
    label "${MOOD}"
  }
}
`;

describe("a mood question read on forms of different kinds (lint --infer)", () => {
  it.each([
    // Maternity booking needs the perinatal screen, not the school nurse's trigger questions: the
    // general question is the particular one there, and the message says it was asked as the general one.
    ["maternity-booking", "pregnant-woman", "perinatal-mental-health.screening", "emotional-health.trigger-questions"],
    ["school-nursing", "child", "emotional-health.trigger-questions", undefined],
  ])("on a %s form for %s it counts as %s", (service, audience, concept, askedAs) => {
    const diags = checkText(formOfKind(service, audience), { infer: true }).diagnostics;
    const mood = diags.find((d) => d.ruleId === "recognised-concept" && factsField(d.data) === "mood")!;
    expect(mood.data).toMatchObject({ concept, inferred: true });
    if (askedAs) expect(mood.message).toContain(`asked as \`${askedAs}\``);
  });
});

describe("the evaluation reads a label on a form of its source's kind, as the CLI does", () => {
  it("works out what a kind of form needs from the rules that apply to it", () => {
    expect(conceptsNeededBy(index, { service: "maternity-booking", audience: "pregnant-woman" })).toContain("perinatal-mental-health.screening");
    expect(conceptsNeededBy(index, { service: "maternity-booking", audience: "pregnant-woman" })).not.toContain("emotional-health.trigger-questions");
    expect(conceptsNeededBy(index, { service: "school-nursing", audience: "child" })).toContain("emotional-health.trigger-questions");
  });

  const prompt = (label: string, concept: string | null, kind: LabelledPrompt["kind"]): LabelledPrompt => ({ prompt: label, label, concept, set: "tune", kind });
  it.each([
    // Labelled by its words as the general concept; on maternity booking it counts, as the particular one.
    [MOOD, "emotional-health.trigger-questions", { service: "maternity-booking", audience: "pregnant-woman" }, { tp: 1, fp: 0, fn: 0 }],
    [MOOD, "emotional-health.trigger-questions", { service: "school-nursing", audience: "child" }, { tp: 1, fp: 0, fn: 0 }],
    // A concept this kind of form does not need is nothing to find, and a recognition of it is silent.
    [MOOD, "emotional-health.trigger-questions", { service: "emergency-department", audience: "adult" }, { tp: 0, fp: 0, fn: 0 }],
    // A distractor recognised as a concept the form needs is a false recognition: it would hide a gap.
    [MOOD, null, { service: "school-nursing", audience: "child" }, { tp: 0, fp: 1, fn: 0 }],
    // What a kind needs and the label asks but the words miss is a miss.
    ["Questionnaire", "emotional-health.trigger-questions", { service: "school-nursing", audience: "child" }, { tp: 0, fp: 0, fn: 1 }],
  ])("%j labelled %s on %j", (label, concept, kind, counts) => {
    const r = evaluateAsCounted(recogniser, index, [prompt(label, concept, kind)]);
    expect(r.bySet.tune).toMatchObject(counts);
  });
});
