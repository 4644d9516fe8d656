/**
 * A label as the last readings (last-readings.ts) and the harm guard (abuse-behaviour.ts) read it:
 * lower case, typographers' quotes as apostrophes and "n't" apart from its verb, as normalise.ts
 * reads every text before its readings, so patterns written for one are written for the other. A
 * template's placeholder keeps its words ("Has your ${partner} ever made threats against you?"
 * names the partner); a reading that needs it as a person says so (money-frames.ts `WHOSE`).
 */
import { straightQuotes } from "./straight-quotes";

export function plainLabel(label: string): string {
  let text = straightQuotes(label.toLowerCase());
  if (text.includes("'")) text = text.replace(/n't\b/g, " n't");
  return text;
}

/** What a last reading found: the packs' words for the topic, the label's words that said so, and the topic in words. */
export interface TopicReading {
  phrase: string;
  evidence: string[];
  topic: string;
}

/** What a reading of kinds of word reads: a word of each kind must be in the label, and nothing that says otherwise. */
export interface TopicWords {
  /** The kinds of word, each needed, named in this order in the evidence ("consent", "surgery"). */
  words: readonly RegExp[];
  /** Words that make it another question, whatever else the label says. */
  unless?: RegExp;
  phrase: string;
  topic: string;
}

/** The topic when `label` holds a word of each kind and none of `unless`, explained by those words; else undefined. */
export function readTopicWords(label: string, reading: TopicWords): TopicReading | undefined {
  const text = plainLabel(label);
  const evidence: string[] = [];
  for (const kind of reading.words) {
    const m = kind.exec(text);
    if (!m) return undefined;
    evidence.push(m[0]);
  }
  if (reading.unless?.test(text)) return undefined;
  return { phrase: reading.phrase, evidence, topic: reading.topic };
}
