/**
 * A concept's own words elsewhere in a long question say its topic again, rather than count
 * against it (rules/recognition/on-topic-words.ts). The first rows are labels of the real-label
 * set's tuning part and were not recognised before; the look-alikes keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { conceptOwnWords } from "../../rules/recognition/on-topic-words";
import type { Phrase } from "../../rules/recognition/vocabulary-index";
import { stem } from "../../rules/recognition/normalise";
import { itReadsEachLabel } from "./reads-labels";
import { workspaceWithPacks } from "../helpers";

describe("a concept's own words in a long question", () => {
  const pack = recogniserFor(workspaceWithPacks().index);

  itReadsEachLabel(pack, [
    // "oral", "health care provider", "dental" beside "see a dentist".
    ["DURING THE PAST 12 MONTHS, did this child see a dentist or other oral health care provider for preventive dental care, such as check-ups, dental cleanings, dental sealants, or fluoride treatments?", "health.oral"],
    // "food", "meals", "snacks" beside "fast food".
    ["How many times did you eat fast food meals or snacks?", "health.healthy-eating"],
    // "drugs" and "alcohol-related" beside each other.
    ["Have you ever been into drugs and/or alcohol-related family, social, health, or financial problems in the past 12 months?", "lifestyle.risk-factors"],
    ["Does   the   household   have   stable\nshelter that is adequate, safe, and\ndry? (Please observe)", "home.environment"],
    ["Have the children been impacted by drug, alcohol or substance abuse?", "child.impact-of-parent"],
    // Look-alikes: a one-word phrase is not helped by its concept's other words ("food" beside
    // "diet"); a word the phrase matched, said again, is not a second sign ("baby"); a word that
    // says nothing of a topic is no concept's own, however few phrases use it ("ever", "made").
    ["Diet and food allergies", null],
    ["Talk softly to the unborn baby. The baby can hear you and will know your voice.", null],
    ["Has anyone ever made the child afraid?", null],
    ["Did this child see a doctor or nurse for a check-up?", null],
    ["Who did the child come with today, and what is their phone number?", null],
  ]);
});

describe("conceptOwnWords", () => {
  const phrase = (concept: string, ...written: string[]): Phrase => ({ order: 0, concept, text: written.join(" "), stems: written.map(stem), exact: written.join(" "), short: false, span: written.length });
  const stems = (...written: string[]) => written.map(stem).sort();

  it("keeps a word that at most three concepts use, for each of them, and leaves out one that four use", () => {
    const own = conceptOwnWords([
      phrase("a", "dentist", "health"),
      phrase("b", "diet", "health"),
      phrase("c", "sleep", "health", "dentist"),
      phrase("d", "school", "health"),
    ]);
    expect([...own.get("a")!]).toEqual(stems("dentist"));
    expect([...own.get("c")!].sort()).toEqual(stems("dentist", "sleep"));
    expect(own.get("b")!.has(stem("health"))).toBe(false);
  });

  it("never counts an attribute, a time word or a number as a concept's own", () => {
    const own = conceptOwnWords([phrase("a", "date", "dentist"), phrase("a", "month", "12", "teeth")]);
    expect([...own.get("a")!].sort()).toEqual(stems("dentist", "teeth"));
  });
});
