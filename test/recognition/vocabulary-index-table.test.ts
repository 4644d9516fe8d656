/**
 * The recogniser's index of the shipped vocabulary is made by the build and read back by each run
 * (rules/recognition/vocabulary-index-table.ts). Read back, it must be the very index the run
 * would have made, down to the order of every list a tie is broken by; and it must be refused
 * for any other vocabulary, setting or build.
 */
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, Recogniser, type ConceptVocabulary } from "../../rules/recognition/recogniser";
import { indexVocabulary, type VocabularyIndex } from "../../rules/recognition/vocabulary-index";
import { indexFromTable, vocabularyIndexTable } from "../../rules/recognition/vocabulary-index-table";
import { conceptVocabulary } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const shipped = conceptVocabulary(workspaceWithPacks().index);
const DF = DEFAULT_SETTINGS.unknownDf;
/** A table as a file holds it: written as JSON and read back. */
const tableOf = (concepts: readonly ConceptVocabulary[], buildId = "build-1") => JSON.parse(JSON.stringify(vocabularyIndexTable(concepts, DF, buildId))) as unknown;

/** Everything in an index, each map and set as its entries in order. */
function inOrder(index: VocabularyIndex) {
  const entries = <K, V>(m: Map<K, V>) => [...m];
  return {
    phrases: index.phrases,
    byStem: entries(index.phrasesByStem).map(([stem, list]) => [stem, list.map((p) => p.order)]),
    byExact: entries(index.phrasesByExact).map(([exact, list]) => [exact, list.map((p) => p.order)]),
    weights: entries(index.weights),
    unknownWeight: index.unknownWeight,
    roles: entries(index.roles).map(([c, s]) => [c, [...s]]),
    attributes: entries(index.conceptAttributes).map(([c, s]) => [c, [...s]]),
    counts: [...index.counts],
    topics: entries(index.topics),
    shapes: entries(index.shapes),
    byCode: entries(index.byCode),
    ownWords: entries(index.ownWords).map(([c, s]) => [c, [...s]]),
  };
}

describe("the vocabulary index table", () => {
  it("read back, is the index the vocabulary makes, every list in the same order", () => {
    const made = indexVocabulary(shipped, DF);
    const read = indexFromTable(tableOf(shipped), shipped, DF, "build-1");
    expect(read).toBeDefined();
    expect(inOrder(read!)).toEqual(inOrder(made));
    expect(made.phrases.length).toBeGreaterThan(2000);
    expect(made.byCode.size).toBeGreaterThan(0);
    expect(made.ownWords.size).toBeGreaterThan(50);
  });

  it("each phrase read back is filed under the same objects by stem and by exact words", () => {
    const read = indexFromTable(tableOf(shipped), shipped, DF, "build-1")!;
    for (const [stem, list] of read.phrasesByStem) for (const p of list) expect(read.phrases[p.order] === p && p.stems.includes(stem)).toBe(true);
    for (const [exact, list] of read.phrasesByExact) for (const p of list) expect(read.phrases[p.order] === p && p.exact === exact).toBe(true);
  });

  const changed: Array<[string, (v: ConceptVocabulary[]) => ConceptVocabulary[]]> = [
    ["a synonym added", (v) => v.map((c, i) => (i === 0 ? { ...c, synonyms: [...c.synonyms, "seen by or with"] } : c))],
    ["a title changed", (v) => v.map((c, i) => (i === 1 ? { ...c, title: `${c.title} (edited)` } : c))],
    ["a code added", (v) => v.map((c, i) => (i === 2 ? { ...c, codes: [...(c.codes ?? []), "http://loinc.org|00000-0"] } : c))],
    ["a suggested type changed", (v) => v.map((c, i) => (i === 3 ? { ...c, suggests: c.suggests === "text" ? "yesno" : "text" } : c))],
    ["a concept taken out", (v) => v.slice(1)],
    ["the concepts in another order", (v) => [...v].reverse()],
  ];
  it.each(changed)("is refused for a vocabulary with %s", (_, change) => {
    expect(indexFromTable(tableOf(shipped), change(shipped), DF, "build-1")).toBeUndefined();
  });

  it.each([
    ["another build", (t: Record<string, unknown>) => ({ ...t, buildId: "build-2" })],
    ["another setting", (t: Record<string, unknown>) => t, DF + 1],
    ["another format", (t: Record<string, unknown>) => ({ ...t, format: "formguard-vocabulary-index/0" })],
    ["no phrases", (t: Record<string, unknown>) => ({ ...t, phrases: undefined })],
    ["not an object", () => "[]"],
  ])("is refused when made by %s or damaged", (_, change, unknownDf = DF) => {
    const table = change(tableOf(shipped) as Record<string, unknown>);
    expect(indexFromTable(table, shipped, unknownDf, "build-1")).toBeUndefined();
  });

  it("a recogniser that reads it gives the answers of one that makes its own", () => {
    const labels = [
      "Who accompanied the child today?",
      "Relationship to child",
      "Does the patient have caring responsibilities for children?",
      "Number of ED attendances in the last 12 months",
      "Has anyone hit or threatened you?",
      "Seen alone at booking",
      "Signature of practitioner",
      "Favourite colour",
    ];
    const answers = (r: Recogniser) => labels.map((label) => r.recognise({ label }) ?? null);
    // Outside the bundle there is no build id, so a recogniser makes its own index.
    const made = answers(new Recogniser(shipped));
    expect(made.filter(Boolean).length).toBeGreaterThan(4);
    const read = indexFromTable(tableOf(shipped), shipped, DF, "build-1")!;
    expect(answers(new Recogniser(shipped, DEFAULT_SETTINGS, read))).toEqual(made);
  });
});
