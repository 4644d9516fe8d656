/**
 * The recogniser scores only the phrases that could match a text: those sharing a word with it
 * and missing no more of their words than a near-phrase may (`Recogniser` `phrasesSharingAStem`).
 * That must never change an answer. Asked for every candidate down to 0.02, the recogniser scores
 * every phrase of the packs (no filter at all), so the candidates it finds with the filter must be
 * exactly those of the full scan that reach the same bar: the same concepts, scores, phrases and
 * evidence, in the same order. Compared on the labels of the fixtures, alone and with a help text
 * (a long text sharing common words with hundreds of phrases, where the filter saves the most).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import type { LabelledPrompt } from "../../bench/recognition-evaluate";
import { realLabelPrompts, type RealLabelSet } from "../../bench/recognition-labelled-set";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const fixtures = path.resolve(__dirname, "../fixtures/recognition");
const handWritten = JSON.parse(fs.readFileSync(path.join(fixtures, "prompts.json"), "utf8")) as LabelledPrompt[];
const real = realLabelPrompts(JSON.parse(fs.readFileSync(path.join(fixtures, "real-labels.json"), "utf8")) as RealLabelSet);
const general = JSON.parse(fs.readFileSync(path.join(fixtures, "general-labels.json"), "utf8")) as Array<{ label: string }>;

const recogniser = recogniserFor(workspaceWithPacks().index);
/** Every fifth label of each set (a full scan scores all 2,600 phrases), and each with a long help text. */
const texts = [...handWritten.map((p) => p.label ?? p.prompt), ...real.map((p) => p.label ?? p.prompt), ...general.map((g) => g.label)]
  .filter((_, i) => i % 5 === 0)
  .flatMap((t) => [t, `${t} Ask in the family's own words; record who answered and whether the child was seen.`]);

describe("the phrases the recogniser scores", () => {
  it.each([0.3, 0.64])("give exactly the candidates of a scan of every phrase, at or above %s", (bar) => {
    let compared = 0;
    let found = 0;
    for (const text of texts) {
      const filtered = recogniser.candidates(text, bar);
      const scanned = recogniser.candidates(text, 0.02).filter((c) => c.score >= bar);
      expect(filtered, text).toEqual(scanned);
      compared++;
      found += filtered.length;
    }
    expect(compared).toBeGreaterThan(1500);
    // A comparison of empty lists would show nothing: most texts must have candidates to compare.
    expect(found).toBeGreaterThan(bar < 0.5 ? 1000 : 200);
  });
});
