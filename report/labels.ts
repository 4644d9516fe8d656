/**
 * How each matrix status reads, in every renderer: a symbol and a word, so colour is never the
 * only signal (and a printed or Markdown report keeps the meaning).
 */
import type { CellStatus, VerdictStatus } from "./schema";

/** `short`: the word on paper, where 16 columns share a line (the printed legend spells each out). */
export const STATUS_LABEL: Record<CellStatus, { symbol: string; text: string; short: string; meaning: string }> = {
  met: { symbol: "✓", text: "met", short: "met", meaning: "every rule of the row is met on every assessed form of this kind" },
  "partly-met": { symbol: "◐", text: "partly met", short: "partly", meaning: "the forms meet the rules, but the pack answers only part of the recommendation (the rest is not a form)" },
  missing: { symbol: "✗", text: "missing", short: "missing", meaning: "some form of this kind lacks a required prompt" },
  waived: { symbol: "⚑", text: "waived", short: "waived", meaning: "unmet only where an accountable person waived the rule" },
  "not-applicable": { symbol: "–", text: "not applicable", short: "n/a", meaning: "no rule of the row applies to this kind of form" },
  "not-checkable": { symbol: "∅", text: "not checkable", short: "n/c", meaning: "no form can evidence this recommendation" },
  "no-forms": { symbol: "?", text: "no forms", short: "no forms", meaning: "no form of this kind was supplied or could be assessed" },
};

export const VERDICT_LABEL: Record<VerdictStatus, { symbol: string; text: string; meaning: string }> = {
  compliant: { symbol: "✓", text: "Compliant", meaning: "every input was assessed and no error-level finding is left unwaived" },
  "non-compliant": { symbol: "✗", text: "Non-compliant", meaning: "at least one error-level finding is not waived" },
  incomplete: { symbol: "?", text: "Incomplete", meaning: "some input could not be assessed, so compliance cannot be stated" },
};

/** "Recommendation 2.2", "Paragraph 3.8" or "Section “…”": a matrix row's name. */
export function rowName(row: { recommendation?: string; paragraph?: string; section?: string }): string {
  return row.recommendation !== undefined ? `Recommendation ${row.recommendation}` : row.paragraph !== undefined ? `Paragraph ${row.paragraph}` : `Section “${row.section ?? ""}”`;
}

/** "recommendation 2.2; paragraph 1.20" */
export function citationText(c: { recommendation: string } | { paragraph: string } | { section: string }): string {
  return "recommendation" in c ? `recommendation ${c.recommendation}` : "paragraph" in c ? `paragraph ${c.paragraph}` : `section "${c.section}"`;
}

export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** What the configuration section says of inference (`--infer`, config `infer`); older reports did not record it. */
export function inferenceText(infer: boolean | undefined): string {
  if (infer === undefined) return "";
  return infer
    ? "Inference is on: a field whose label was recognised as asking for a concept counted as covering it; what only such a field meets is marked inferred."
    : 'Inference is off: only fields that say "covers" count.';
}
