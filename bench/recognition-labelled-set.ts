/**
 * The real-label set (test/fixtures/recognition/real-labels.json) as labelled prompts: one per
 * label, carrying everything the form around it showed (the enclosing group's text, the answer
 * options, the item codes, the form kind) and the part of the split its source form is in.
 * The split is by source form and is stored with each source; a test checks that it is still
 * the hash rule it was decided by, so no label can move after results were seen.
 */
import type { LabelledPrompt } from "./recognition-evaluate";
import { subjectOfAudiences } from "../rules/recognition/audience-subject";

export interface RealLabel {
  text: string;
  concept: string | null;
  group?: string;
  options?: string[];
  codes?: string[];
}

export interface RealSource {
  id: string;
  part: "tune" | "test";
  repo: string;
  path: string;
  licence: string;
  kind?: { service?: string; audience?: string };
  note?: string;
  labels: RealLabel[];
}

export interface RealLabelSet {
  about: string;
  sources: RealSource[];
}

/**
 * The labels kept before `k` in the same source and group, nearest first (at most two): the
 * items a form showed just before it, as near as the set can say (labels left out as two-way
 * are missing from it, so a kept label's neighbour in the set may not be its neighbour on the form).
 */
function siblingsIn(labels: readonly RealLabel[], k: number): string[] {
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && out.length < 2; j--) {
    if (labels[j].group !== labels[k].group) break;
    out.push(labels[j].text);
  }
  return out;
}

export function realLabelPrompts(set: RealLabelSet): LabelledPrompt[] {
  return set.sources.flatMap((s) =>
    s.labels.map((l, k) => ({
      prompt: l.text,
      label: l.text,
      options: l.options,
      context: l.group ? [l.group] : undefined,
      siblings: siblingsIn(s.labels, k),
      codes: l.codes,
      service: s.kind?.service,
      // Who the form is about, as the CLI reads it from the form's audience (form-recognition.ts).
      subject: s.kind?.audience ? subjectOfAudiences([s.kind.audience]) : undefined,
      kind: s.kind,
      concept: l.concept,
      set: s.part,
      source: s.id,
    })),
  );
}
