/**
 * Precision guards of the second recognition round (docs/recognition.md, "Precision and the form
 * kind"), each a rule about how forms are written, tested on the shipped packs' vocabulary with
 * labels of the kind that had been recognised wrongly and the ones that must stay right.
 */
import { describe, expect, it } from "vitest";
import { asksDuration, namesDuration } from "../../rules/recognition/duration-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const recogniser = recogniserFor(workspaceWithPacks().index);
const conceptOf = (label: string, context?: string[]) => recogniser.recognise({ label, context })?.concept ?? null;

describe("a question asking how long is answered by a duration", () => {
  it.each([
    ["How long have the symptoms been present?", true],
    ["Duration of symptoms", true],
    ["Length of stay", true],
    ["How often does your child miss school?", false],
    ["Long-term conditions", false],
  ])("%j asks for a duration: %s", (text, asks) => {
    expect(asksDuration(text)).toBe(asks);
  });

  it.each([
    ["time since injury", true],
    ["history of presenting complaint", false],
  ])("the phrase %j names a duration: %s", (phrase, names) => {
    expect(namesDuration(phrase)).toBe(names);
  });

  it.each([
    // A symptom's duration, even under "History of Presenting Complaint", is not why the patient came.
    ["Duration: How long have the symptoms been present?", ["History of Presenting Complaint (HPC):"], null],
    ["How long has the child been in care?", undefined, null],
    // A phrase that itself asks how long still matches; the question without "how long" is unchanged.
    ["Time since injury", undefined, "injury.delay-in-presentation"],
    ["Is the child in care?", undefined, "child.looked-after"],
  ])("%j → %s", (label, context, concept) => {
    expect(conceptOf(label, context)).toBe(concept);
  });
});
