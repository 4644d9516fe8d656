/**
 * The recogniser's memos (by prompt, by a one-sentence label's main clause, by exact text, by
 * normalised words) must never change an answer: every prompt gives what the unmemoised path
 * gives. Passing an `exclude` set naming no concept takes that path (no memo is read or written),
 * so the two are compared on every label of the fixtures, in variants that share a main clause
 * with each other (the memo's widest key), asked in an order that warms the memos first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { LabelledPrompt } from "../../bench/recognition-evaluate";
import { realLabelPrompts, type RealLabelSet } from "../../bench/recognition-labelled-set";
import { Recogniser, type PromptText } from "../../rules/recognition/recogniser";
import { conceptVocabulary } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const fixtures = path.resolve(__dirname, "../fixtures/recognition");
const handWritten = JSON.parse(fs.readFileSync(path.join(fixtures, "prompts.json"), "utf8")) as LabelledPrompt[];
const real = realLabelPrompts(JSON.parse(fs.readFileSync(path.join(fixtures, "real-labels.json"), "utf8")) as RealLabelSet);
const NO_CONCEPT = new Set(["no-such-concept"]);

/** A label as written, and as forms vary it around the same main clause (or not: a second sentence). */
function variants(p: LabelledPrompt): PromptText[] {
  const label = p.label ?? p.prompt;
  const base: PromptText = { label, help: p.help, options: p.options, context: p.context, codes: p.codes };
  return [
    base,
    { ...base, label: `${label} (optional)` },
    { ...base, label: `${label}, if known` },
    { ...base, label: `${label}. Record who answered` },
    { ...base, label: `${label}? Ask the parent` },
    { ...base, context: ["Person accompanying the child", ...(p.context ?? [])] },
    { ...base, help: "Ask in the family's own words" },
    // The same texts split differently between the parts of a prompt must not share its key.
    { ...base, options: [...(p.options ?? []), ...(p.context ?? [])], context: [] },
    { ...base, options: [], context: [...(p.options ?? []), ...(p.context ?? [])] },
    { ...base, label: "Details", help: label },
  ];
}

describe("memoised recognition", () => {
  it.each([
    ["the hand-written prompts", handWritten],
    ["the real labels", real],
  ])("answers %s exactly as the unmemoised path does", (_name, prompts) => {
    // A fresh recogniser, so what one test memoised cannot hide what this one computes.
    const recogniser = new Recogniser(conceptVocabulary(workspaceWithPacks().index));
    const asked = prompts.flatMap(variants);
    const memoised = asked.map((p) => recogniser.recognise(p));
    const again = asked.map((p) => recogniser.recognise(p)); // now every answer comes from a memo
    const direct = asked.map((p) => recogniser.recognise(p, NO_CONCEPT));
    expect(again).toEqual(memoised);
    expect(memoised).toEqual(direct);
    // Not a vacuous comparison: many of these prompts are recognised.
    expect(direct.filter(Boolean).length).toBeGreaterThan(prompts.length / 2);
    // 2,500 real labels × 10 variants × 3 passes take about 20 s alone and over 30 s beside the
    // rest of the suite on two cores: time enough is given so the comparison never times out.
  }, 180_000);
});
