/**
 * The shipped vocabulary's index (vocabulary-index.ts), made once by the build and written beside
 * the bundle (dist/precompiled/vocabulary-index.json), so that a run whose vocabulary is exactly
 * the shipped packs' reads it back instead of making it: 40–60 ms of every run that recognises
 * anything (normalising 2,600 phrases' words, working out their alternatives, filing them by
 * stem), now a few milliseconds of reading.
 *
 * The file is tied to the build that wrote it (the code that made the index) and to the exact
 * vocabulary and setting it was made from; anything else (a project's own pack, an `extend
 * concept`, an edited shipped pack, a run from source) makes the index as before. Stems are
 * written once and phrases refer to them by number, which keeps the file small and its reading
 * quick.
 */
import { BUILD_ID, precompiledFile, precompiledJsonText, readPrecompiledJson, type BuildFile } from "../shipped-packs";
import { addPhrase, emptyIndex, indexVocabulary, type ConceptVocabulary, type VocabularyIndex } from "./vocabulary-index";

const TABLE_FILE = "vocabulary-index.json";
const FORMAT = "formguard-vocabulary-index/2";

/** A concept's row: id, title, suggested type, role groups, topic stems, attribute stems, 1 if it counts, its own words (by number). */
type ConceptRow = [string, string | null, string | null, string[], string[], string[], 0 | 1, number[]];
/** A phrase's row: concept (by number), text, exact words, 1 if short, span, then its stems (by number). */
type PhraseRow = [number, string, string, 0 | 1, number, ...number[]];

export interface VocabularyIndexTable {
  format: typeof FORMAT;
  buildId: string;
  /** What the index was made from (`vocabularyKey`). */
  vocabulary: string;
  concepts: ConceptRow[];
  /** Normalised code → concept (by number), in the index's order. */
  codes: Array<[string, number]>;
  /** Every stem the vocabulary uses, in the order of the index's weights… */
  stems: string[];
  /** …and each one's weight. */
  weights: number[];
  unknownWeight: number;
  phrases: PhraseRow[];
}

/** Everything the index is made from: the concepts' ids, titles, synonyms, codes and types, and the setting. */
export function vocabularyKey(concepts: readonly ConceptVocabulary[], unknownDf: number): string {
  return JSON.stringify([unknownDf, concepts.map((c) => [c.id, c.title ?? null, c.synonyms, c.codes ?? [], c.suggests ?? null])]);
}

/** The index as the table holds it. */
export function vocabularyIndexTable(concepts: readonly ConceptVocabulary[], unknownDf: number, buildId: string): VocabularyIndexTable {
  const index = indexVocabulary(concepts, unknownDf);
  const conceptNumber = new Map(concepts.map((c, i) => [c.id, i]));
  const stems = [...index.weights.keys()];
  const stemNumber = new Map(stems.map((s, i) => [s, i]));
  return {
    format: FORMAT,
    buildId,
    vocabulary: vocabularyKey(concepts, unknownDf),
    concepts: concepts.map((c) => [
      c.id,
      c.title ?? null,
      c.suggests ?? null,
      [...index.roles.get(c.id)!],
      index.topics.get(c.id)!,
      [...index.conceptAttributes.get(c.id)!],
      index.counts.has(c.id) ? 1 : 0,
      [...(index.ownWords.get(c.id) ?? [])].map((s) => stemNumber.get(s)!),
    ]),
    codes: [...index.byCode].map(([code, concept]) => [code, conceptNumber.get(concept)!]),
    stems,
    weights: stems.map((s) => index.weights.get(s)!),
    unknownWeight: index.unknownWeight,
    phrases: index.phrases.map((p) => [conceptNumber.get(p.concept)!, p.text, p.exact, p.short ? 1 : 0, p.span, ...p.stems.map((s) => stemNumber.get(s)!)]),
  };
}

/**
 * The index the table holds, when it was made by `buildId` from exactly this vocabulary and
 * setting; else undefined (and the caller makes the index).
 */
export function indexFromTable(json: unknown, concepts: readonly ConceptVocabulary[], unknownDf: number, buildId: string): VocabularyIndex | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const t = json as Partial<VocabularyIndexTable>;
  if (t.format !== FORMAT || t.buildId !== buildId || t.vocabulary !== vocabularyKey(concepts, unknownDf)) return undefined;
  if (!Array.isArray(t.concepts) || !Array.isArray(t.codes) || !Array.isArray(t.stems) || !Array.isArray(t.weights) || !Array.isArray(t.phrases) || typeof t.unknownWeight !== "number") return undefined;
  const index = emptyIndex(t.unknownWeight);
  const ids = t.concepts.map((c) => c[0]);
  for (const [id, title, suggests, roles, topics, attributes, counts, own] of t.concepts) {
    index.shapes.set(id, { suggests: suggests ?? undefined, title: title ?? undefined });
    if (own.length > 0) index.ownWords.set(id, new Set(own.map((k) => t.stems![k])));
    index.roles.set(id, new Set(roles));
    index.topics.set(id, topics);
    index.conceptAttributes.set(id, new Set(attributes));
    if (counts === 1) index.counts.add(id);
  }
  for (const [code, concept] of t.codes) index.byCode.set(code, ids[concept]);
  const stems = t.stems;
  for (let i = 0; i < stems.length; i++) index.weights.set(stems[i], t.weights[i]);
  for (const row of t.phrases) {
    // Filled by push, not made at its length: an array made with holes stays slower to read in V8.
    const phraseStems: string[] = [];
    for (let i = 5; i < row.length; i++) phraseStems.push(stems[row[i] as number]);
    addPhrase(index, { order: index.phrases.length, concept: ids[row[0]], text: row[1], stems: phraseStems, exact: row[2], short: row[3] === 1, span: row[4] });
  }
  return index;
}

/** This build's index of `concepts`, read from the table beside the bundle, when it holds exactly that. */
export function storedVocabularyIndex(concepts: readonly ConceptVocabulary[], unknownDf: number): VocabularyIndex | undefined {
  if (BUILD_ID === undefined) return undefined;
  let json: unknown;
  try {
    json = readPrecompiledJson(precompiledFile(TABLE_FILE));
  } catch {
    return undefined; // no table (or an unreadable one): the index is made as usual
  }
  return indexFromTable(json, concepts, unknownDf, BUILD_ID);
}

/** Build step (bundle only): the table of `concepts`' index, to be written beside the bundle. */
export function vocabularyIndexFile(concepts: readonly ConceptVocabulary[], unknownDf: number): BuildFile {
  if (BUILD_ID === undefined) throw new Error("the vocabulary index table is made by the bundle, which carries a build id");
  return { file: precompiledFile(TABLE_FILE), text: precompiledJsonText(vocabularyIndexTable(concepts, unknownDf, BUILD_ID)) };
}
