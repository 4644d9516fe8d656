// The recogniser's memo keeps a prompt's answer without its siblings unless the answer depended on
// them (only a bare slot such as "Relationship to child" is read beside the field before it), so a
// label repeated across forms is read once whatever its neighbours. These tests hold both halves:
// a slot beside other siblings is read again and answered as a fresh recogniser would, and any
// other label is not read again.
import { describe, expect, it, vi } from "vitest";
import { Recogniser, type PromptText } from "../../rules/recognition/recogniser";
import { conceptVocabulary } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const vocabulary = conceptVocabulary(workspaceWithPacks().index);
const fresh = () => new Recogniser(vocabulary);
const concept = (r: Recogniser, p: PromptText) => r.recognise(p)?.concept;

const slot = "Relationship to child";
const beside = {
  accompanying: ["Name of the person accompanying the child"],
  phone: ["Phone number"],
  none: [] as string[],
};

describe("the recogniser's memo and a field's siblings", () => {
  it("answers a slot beside the field before it, whose subject it takes", () => {
    // The premise of the table below: the siblings change this slot's answer.
    expect(concept(fresh(), { label: slot, siblings: beside.accompanying })).toBe("accompanying-adult.relationship");
    expect(concept(fresh(), { label: slot, siblings: beside.phone })).toBeUndefined();
  });

  it.each([
    ["accompanying, then a phone number, then none", ["accompanying", "phone", "none"]],
    ["none, then accompanying, then a phone number", ["none", "accompanying", "phone"]],
    ["a phone number, then accompanying, then a phone number again", ["phone", "accompanying", "phone"]],
  ] as const)("gives a slot beside other siblings the answer a fresh recogniser gives (%s)", (_order, sequence) => {
    const shared = fresh();
    for (const key of sequence) {
      const prompt = { label: slot, siblings: beside[key] };
      expect(concept(shared, prompt)).toBe(concept(fresh(), prompt));
    }
  });

  it.each([
    ["a question that needs no neighbour", "Who accompanied the child today?", 0],
    ["a label that recognises nothing", "Triage category", 0],
    ["a bare slot, read beside its new neighbour", slot, 1],
  ])("reads %s again beside other siblings only when its answer can depend on them", (_what, label, readsAgain) => {
    const shared = fresh();
    const reads = vi.spyOn(shared as unknown as { recogniseUncached: () => unknown }, "recogniseUncached");
    shared.recognise({ label, siblings: beside.accompanying });
    const first = reads.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    shared.recognise({ label, siblings: beside.phone });
    expect(reads.mock.calls.length - first).toBe(readsAgain);
    // And the same prompt again is never read again.
    const second = reads.mock.calls.length;
    shared.recognise({ label, siblings: beside.phone });
    expect(reads.mock.calls.length).toBe(second);
  });
});
