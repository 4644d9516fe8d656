/**
 * How each matrix status reads, in every renderer: a symbol and a word, so colour is never the
 * only signal (and a printed or Markdown report keeps the meaning).
 */
import type { CellStatus } from "./schema";

export const STATUS_LABEL: Record<CellStatus, { symbol: string; text: string; meaning: string }> = {
  met: { symbol: "✓", text: "met", meaning: "every rule citing the recommendation is met on every form of this kind" },
  missing: { symbol: "✗", text: "missing", meaning: "some form of this kind lacks a required prompt" },
  waived: { symbol: "⚑", text: "waived", meaning: "unmet only where an accountable person waived the rule" },
  "not-applicable": { symbol: "–", text: "not applicable", meaning: "no rule citing the recommendation applies to this kind of form" },
  "not-checkable": { symbol: "∅", text: "not checkable", meaning: "no form can evidence this recommendation" },
};

/** "recommendation 2.2; paragraph 1.20" */
export function citationText(c: { recommendation: string } | { paragraph: string } | { section: string }): string {
  return "recommendation" in c ? `recommendation ${c.recommendation}` : "paragraph" in c ? `paragraph ${c.paragraph}` : `section "${c.section}"`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
