/**
 * The variants of the shipped vocabulary's phrases are worked out at build time and stored in
 * the phrase table (rules/recognition/phrase-table.ts); a run uses them only for the very
 * vocabulary they were worked out from, and works them out itself for any other.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { unambiguousAlternatives, vocabularyFingerprint } from "../../rules/recognition/phrase-alternatives";
import { alternativesFor, storedAlternativesOf } from "../../rules/recognition/phrase-table";
import { conceptVocabulary } from "../../rules/recognition/vocabulary";
import { ensureBuilt, ROOT } from "../build";
import { workspaceWithPacks } from "../helpers";

const shipped = conceptVocabulary(workspaceWithPacks().index);

describe("stored phrase alternatives", () => {
  it("are used for the vocabulary they were worked out from", () => {
    const stored = storedAlternativesOf(shipped);
    // A stored answer that differs from what would be worked out shows which one was used.
    const marked = { ...stored, variants: { ...stored.variants, "domestic-abuse.enquiry": ["stored variant"] } };
    expect(alternativesFor(shipped, marked).get("domestic-abuse.enquiry")).toEqual(["stored variant"]);
  });

  it.each([
    ["a synonym added", (v: typeof shipped) => v.map((c, i) => (i === 0 ? { ...c, synonyms: [...c.synonyms, "seen by or with"] } : c))],
    ["a title changed", (v: typeof shipped) => v.map((c, i) => (i === 1 ? { ...c, title: `${c.title} (edited)` } : c))],
    ["a concept taken out", (v: typeof shipped) => v.slice(1)],
    ["the concepts in another order", (v: typeof shipped) => [...v].reverse()],
  ])("are not used when %s: the variants are worked out afresh", (_, change) => {
    const stored = storedAlternativesOf(shipped);
    const other = change(shipped);
    expect(vocabularyFingerprint(other)).not.toBe(stored.vocabulary);
    const marked = { ...stored, variants: { ...stored.variants, "domestic-abuse.enquiry": ["stored variant"] } };
    expect(alternativesFor(other, marked)).toEqual(unambiguousAlternatives(other));
  });

  it("the build's table holds exactly what the shipped vocabulary works out to", () => {
    ensureBuilt();
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "precompiled", "phrases.json"), "utf8")) as { alternatives: ReturnType<typeof storedAlternativesOf> };
    expect(table.alternatives).toEqual(storedAlternativesOf(shipped));
    expect(Object.values(table.alternatives.variants).flat().length).toBeGreaterThan(0);
  });
});
