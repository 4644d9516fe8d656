/**
 * The words and stems of each pack phrase (a concept's label or synonym), as the recogniser's
 * constructor reads them. Normalising the shipped packs' 2,300 phrases took 22–50 ms of every
 * run that recognises anything, the same work each time: a build does it once and writes the
 * answers beside the precompiled packs (dist/precompiled/phrases.json), and that build's runs
 * read them back.
 *
 * An answer read back is the one this build's own code gave for that exact text (the file is
 * keyed on the text and tied to the build id), so recognition cannot differ. Any other text
 * (a project's own pack, an edited one, a run from source) is normalised as before.
 */
import { contentWordCount, tokensOf, words } from "./normalise";
import { unambiguousAlternatives, vocabularyFingerprint, type AlternativesInput } from "./phrase-alternatives";
import { BUILD_ID, precompiledFile, precompiledJsonText, readPrecompiledJson, type BuildFile } from "../shipped-packs";

export interface PhraseWords {
  words: readonly string[];
  stems: string[];
  /** How many words that carry meaning the phrase is written in, before abbreviations are expanded. */
  written: number;
}

/** Computes a phrase's words, stems and written words: the one definition, at build time and at run time. */
function normalisePhrase(text: string): PhraseWords {
  const ws = words(text);
  return { words: ws, stems: tokensOf(ws).map((t) => t.stem), written: writtenWords(text) };
}

/** The words a phrase is written in that carry meaning (before abbreviations are expanded). */
function writtenWords(text: string): number {
  return contentWordCount(text.toLowerCase().split(/[\s,;.?!()/]+/).filter(Boolean));
}

const TABLE_FILE = "phrases.json";
/**
 * On disk: { buildId, phrases: { text: [words, stems, written] }, alternatives: { vocabulary, variants } }:
 * the variants of the shipped vocabulary's phrases (phrase-alternatives.ts), with the fingerprint
 * of the vocabulary they were worked out from.
 */
type TableJson = {
  buildId: string;
  phrases: Record<string, [string[], string[], number]>;
  alternatives?: StoredAlternatives;
};

export interface StoredAlternatives {
  vocabulary: string;
  variants: Record<string, string[]>;
}

let table: Map<string, PhraseWords> | undefined;
let storedAlternatives: StoredAlternatives | undefined;

function loadTable(): Map<string, PhraseWords> {
  const found = new Map<string, PhraseWords>();
  if (BUILD_ID === undefined) return found;
  let json: TableJson | undefined;
  try {
    json = readPrecompiledJson(precompiledFile(TABLE_FILE)) as TableJson;
  } catch {
    return found; // no table (or an unreadable one): every phrase is normalised as usual
  }
  if (json?.buildId !== BUILD_ID || typeof json.phrases !== "object" || json.phrases === null) return found;
  // An entry not in this shape is left out (its phrase is normalised as usual), never read half-way.
  for (const [text, [ws, stems, written]] of Object.entries(json.phrases)) if (typeof written === "number") found.set(text, { words: ws, stems, written });
  const alt = json.alternatives;
  if (alt && typeof alt.vocabulary === "string" && typeof alt.variants === "object" && alt.variants !== null) storedAlternatives = alt;
  return found;
}

/** A phrase's words and stems: this build's precomputed answer when it has one, else computed. */
export function phraseWords(text: string): PhraseWords {
  table ??= loadTable();
  return table.get(text) ?? normalisePhrase(text);
}

/**
 * The variants of each concept's phrases: this build's stored answer when the vocabulary is the
 * one it was worked out from (the shipped packs alone: working it out took 10–18 ms of every run
 * that recognises anything), else worked out now.
 */
export function alternativesFor(concepts: readonly AlternativesInput[], stored = storedOrLoaded()): Map<string, string[]> {
  if (stored && stored.vocabulary === vocabularyFingerprint(concepts)) return new Map(Object.entries(stored.variants));
  return unambiguousAlternatives(concepts);
}

function storedOrLoaded(): StoredAlternatives | undefined {
  table ??= loadTable();
  return storedAlternatives;
}

/** Build step: the variants of `concepts`, stored with the fingerprint of what they came from. */
export function storedAlternativesOf(concepts: readonly AlternativesInput[]): StoredAlternatives {
  return { vocabulary: vocabularyFingerprint(concepts), variants: Object.fromEntries(unambiguousAlternatives(concepts)) };
}

/** Build step (bundle only): the table for the given phrase texts, to be written beside the bundle. */
export function phraseTableFile(texts: Iterable<string>, alternatives?: StoredAlternatives): BuildFile {
  if (BUILD_ID === undefined) throw new Error("the phrase table is made by the bundle, which carries a build id");
  const phrases: TableJson["phrases"] = {};
  for (const text of texts) {
    const { words: ws, stems, written } = normalisePhrase(text);
    phrases[text] = [[...ws], stems, written];
  }
  return { file: precompiledFile(TABLE_FILE), text: precompiledJsonText({ buildId: BUILD_ID, phrases, alternatives } satisfies TableJson) };
}
