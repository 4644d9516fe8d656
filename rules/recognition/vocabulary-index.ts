/**
 * What the recogniser looks things up in: every phrase of a vocabulary (each concept's label,
 * synonyms and their alternatives) with its stems, the phrases by stem and by exact words, how
 * rare each stem is, and what each concept's words say about it (roles, attributes, counting,
 * topic, answer shape, codes).
 *
 * Plain data made by one function from the vocabulary, so that a build can make it once for the
 * shipped packs (vocabulary-index-table.ts) and a run can read it back: making it took 40–60 ms
 * of every run that recognises anything.
 */
import { conceptOwnWords } from "./on-topic-words";
import { contentSpan, NEGATION } from "./normalise";
import { alternativesFor, phraseWords } from "./phrase-table";
import { topicStems } from "./topic-guard";
import type { AnswerShape } from "./answer-types";
import { ATTRIBUTES, countsSomething } from "./prompt-guards";
import { roleOf } from "./role-words";

export interface ConceptVocabulary {
  id: string;
  title?: string;
  synonyms: string[];
  /** Item codes ("system|code") that mean this concept. */
  codes?: string[];
  /** The field type the concept's `suggest` gives: a field of another nature cannot answer it (answer-types.ts). */
  suggests?: string;
}

export interface Phrase {
  /** Declaration order, so a subset can be put back in the order a full scan sees. */
  order: number;
  concept: string;
  text: string;
  stems: string[];
  /** Its words before stemming, to prefer the phrase written exactly as the prompt. */
  exact: string;
  /** Written in at most two words ("CAMHS history"), however many an abbreviation expands to: matched whole or not at all. */
  short: boolean;
  /** How far apart its first and last meaningful words are written (contentSpan). */
  span: number;
}

export interface VocabularyIndex {
  phrases: Phrase[];
  /** stem → the phrases that contain it, in declaration order: a phrase sharing no stem with a prompt scores 0. */
  phrasesByStem: Map<string, Phrase[]>;
  phrasesByExact: Map<string, Phrase[]>;
  /** How much each stem the vocabulary uses counts (rarer counts more), in the order the vocabulary first uses them. */
  weights: Map<string, number>;
  /** The weight of a word no concept uses. */
  unknownWeight: number;
  /** The role groups (ROLE_GROUPS) each concept's phrases name. */
  roles: Map<string, Set<string>>;
  /** Attribute words (see ATTRIBUTES) in each concept's label and synonyms. */
  conceptAttributes: Map<string, Set<string>>;
  /** Concepts whose vocabulary asks how many ("number of children", "times attended"). */
  counts: Set<string>;
  /** Each concept's topic, from its id (topic-guard.ts). */
  topics: Map<string, string[]>;
  /** Each concept's suggested type and title (answer-types.ts). */
  shapes: Map<string, AnswerShape>;
  /** "system|code" → concept. */
  byCode: Map<string, string>;
  /** Each concept's own words (on-topic-words.ts), for the concepts that have any. */
  ownWords: Map<string, ReadonlySet<string>>;
}

/** The index of a vocabulary; `unknownDf` is the recogniser setting of that name. */
export function indexVocabulary(concepts: readonly ConceptVocabulary[], unknownDf: number): VocabularyIndex {
  const n = Math.max(concepts.length, 1);
  const index = emptyIndex(Math.log(1 + n / unknownDf));
  const df = new Map<string, number>();
  const alternatives = alternativesFor(concepts);
  for (const c of concepts) {
    index.shapes.set(c.id, { suggests: c.suggests, title: c.title });
    for (const code of c.codes ?? []) index.byCode.set(normaliseCode(code), c.id);
    const written = [c.title, ...c.synonyms].filter((t): t is string => !!t && t.trim().length > 0);
    // "threatened or hurt by partner" also stands for each of its alternatives (phrase-alternatives.ts).
    const texts = [...written, ...(alternatives.get(c.id) ?? [])];
    const seen = new Set<string>();
    const roles = new Set<string>();
    for (const text of texts) {
      const { words: ws, stems, written } = phraseWords(text);
      if (stems.length === 0) continue;
      addPhrase(index, { order: index.phrases.length, concept: c.id, text, stems, exact: ws.join(" "), short: written <= 2, span: contentSpan(ws) });
      for (const s of stems) seen.add(s);
      for (const w of ws) {
        const role = roleOf(w);
        if (role) roles.add(role);
      }
    }
    index.roles.set(c.id, roles);
    index.topics.set(c.id, topicStems(c.id));
    if (texts.some(countsSomething)) index.counts.add(c.id);
    index.conceptAttributes.set(c.id, new Set([...seen].filter((x) => ATTRIBUTES.has(x))));
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  for (const [s, d] of df) index.weights.set(s, Math.log(1 + n / d));
  index.weights.set(NEGATION, Math.log(1 + n / 4));
  index.ownWords = conceptOwnWords(index.phrases);
  return index;
}

/** An index with nothing in it yet. */
export function emptyIndex(unknownWeight: number): VocabularyIndex {
  return {
    phrases: [],
    phrasesByStem: new Map(),
    phrasesByExact: new Map(),
    weights: new Map(),
    unknownWeight,
    roles: new Map(),
    conceptAttributes: new Map(),
    counts: new Set(),
    topics: new Map(),
    shapes: new Map(),
    byCode: new Map(),
    ownWords: new Map(),
  };
}

/** Files a phrase under its exact words and under each of its stems (once each). */
export function addPhrase(index: Pick<VocabularyIndex, "phrases" | "phrasesByExact" | "phrasesByStem">, phrase: Phrase): void {
  index.phrases.push(phrase);
  const same = index.phrasesByExact.get(phrase.exact);
  if (same) same.push(phrase);
  else index.phrasesByExact.set(phrase.exact, [phrase]);
  for (const stem of new Set(phrase.stems)) {
    const list = index.phrasesByStem.get(stem);
    if (list) list.push(phrase);
    else index.phrasesByStem.set(stem, [phrase]);
  }
}

/** "http://loinc.org|76501-6", " HTTP://LOINC.ORG | 76501-6 " and "loinc.org|76501-6" are one code. */
export function normaliseCode(code: string): string {
  const [system = "", value = ""] = code.split("|").map((x) => x.trim());
  return `${system.toLowerCase().replace(/^https?:\/\//, "").replace(/\/+$/, "")}|${value}`;
}
