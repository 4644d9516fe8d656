/**
 * Precision and recall of the recogniser over a labelled set of prompts, per concept and
 * overall. A prompt labelled `null` asks about no concept: recognising one is a false positive.
 * Shared by `bench/recognition.mjs` and the threshold test, so both report the same figures.
 */
import type { PromptText, Recogniser } from "../rules/recognition/recogniser";

export interface LabelledPrompt extends PromptText {
  prompt: string;
  concept: string | null;
  /** `tune`: used to choose the recogniser's settings; `holdout`/`test`: never looked at while tuning. */
  set: "tune" | "holdout" | "test";
  /** The source form the prompt was taken from (real labels only). */
  source?: string;
  /** The source form's kind, as its Questionnaire or the collector recorded it (real labels only). */
  kind?: { service?: string; audience?: string };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  overall: Counts & { precision: number; recall: number; n: number };
  bySet: Record<string, Counts & { precision: number; recall: number; n: number }>;
  byConcept: Map<string, Counts & { precision: number; recall: number }>;
  /** The same, for each part of the set separately. */
  byConceptInSet: Record<string, Map<string, Counts & { precision: number; recall: number }>>;
  mistakes: Array<{ prompt: string; set: string; expected: string | null; got: string | null; phrase?: string; score?: number }>;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function withRates<T extends Counts>(c: T) {
  return { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) };
}

export function evaluate(recogniser: Recogniser, prompts: LabelledPrompt[]): Evaluation {
  const overall = { tp: 0, fp: 0, fn: 0, n: 0 };
  const bySet: Record<string, Counts & { n: number }> = {};
  const byConcept = new Map<string, Counts>();
  const byConceptInSet: Record<string, Map<string, Counts>> = {};
  const mistakes: Evaluation["mistakes"] = [];
  const bump = (concept: string, key: keyof Counts, set: string) => {
    for (const map of [byConcept, (byConceptInSet[set] ??= new Map())]) {
      const c = map.get(concept) ?? { tp: 0, fp: 0, fn: 0 };
      c[key]++;
      map.set(concept, c);
    }
  };
  for (const p of prompts) {
    const got = recogniser.recognise({ ...p, label: p.label ?? p.prompt });
    const s = (bySet[p.set] ??= { tp: 0, fp: 0, fn: 0, n: 0 });
    overall.n++;
    s.n++;
    const gotId = got?.concept ?? null;
    if (gotId === p.concept) {
      if (gotId) {
        overall.tp++;
        s.tp++;
        bump(gotId, "tp", p.set);
      }
      continue;
    }
    mistakes.push({ prompt: p.prompt, set: p.set, expected: p.concept, got: gotId, phrase: got?.phrase, score: got?.score });
    if (gotId) {
      overall.fp++;
      s.fp++;
      bump(gotId, "fp", p.set);
    }
    if (p.concept) {
      overall.fn++;
      s.fn++;
      bump(p.concept, "fn", p.set);
    }
  }
  return {
    overall: withRates(overall),
    bySet: Object.fromEntries(Object.entries(bySet).map(([k, v]) => [k, withRates(v)])),
    byConcept: new Map([...byConcept].map(([k, v]) => [k, withRates(v)])),
    byConceptInSet: Object.fromEntries(Object.entries(byConceptInSet).map(([set, m]) => [set, new Map([...m].map(([k, v]) => [k, withRates(v)]))])),
    mistakes,
  };
}
