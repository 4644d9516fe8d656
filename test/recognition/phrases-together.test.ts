/**
 * A concept's phrases read together (rules/recognition/recogniser.ts `candidates`): a label that
 * names a concept in several of the pack's phrases ("sexually / criminally exploited or
 * trafficked") is explained by all of them, not only by the best one. Only phrases found apart
 * from the best one's words count, and only in a text that is one label, not a heading and a
 * label read together.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a concept named by several of its phrases", () => {
  itReadsEachLabel(pack, [
    // Three of exploitation's phrases, each explaining its part (set E's maternity booking: 0.60 alone).
    ["Concern Pt is being sexually / criminally exploited or trafficked", "exploitation.risk"],
    // The teeth, the dentist and the brushing are oral health (set A's health plan: 0.49 alone).
    ["Teeth – dentist registered, last check-up, brushing advice", "health.oral"],
    // Eating, diet and weight are healthy eating (set G's health plan).
    ["Healthy eating and weight: what does the child usually eat, and are there any worries about diet, weight or growth?", "health.healthy-eating"],
  ]);

  it.each([
    // "in full or in part" read again as "full assessment" beside "part B of the assessment" would make a declined assessment its Part B.
    ["15. Has the young person declined the assessment, in full or in part?", "assessment.declined"],
  ])("a word read twice counts once: %j → %s", (label, concept) => {
    expect(pack.recognise({ label })?.concept ?? null).toBe(concept);
  });

  it("a heading's words, explained by one phrase, do not carry a label another explains", () => {
    // A real NSW birth record: the health professional completes the page; the name is the child's.
    expect(pack.recognise({ label: "Name of child", context: ["Birth details - To be completed by health professional"] })?.concept ?? null).toBe(null);
  });
});
