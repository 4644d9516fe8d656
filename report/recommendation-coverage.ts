/**
 * Each recommendation of a pack's source report → the rules that cite it, or the reason no
 * form can evidence it. Shared by `formguard rules` and the audit report.
 */
import type { RecommendationDecl } from "../language/ast";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { CompiledRule } from "../rules/rule-set";

export interface RecommendationCoverage {
  ref: string;
  text?: string;
  rules: string[];
  notCheckable?: string;
  partly?: string;
}

export function recommendationCoverage(index: WorkspaceIndex, rules: CompiledRule[]): RecommendationCoverage[] {
  const refs = new Map<string, RecommendationCoverage>();
  for (const [ref, defs] of index.recommendations) {
    const d: RecommendationDecl = defs[0].node;
    refs.set(ref, { ref, text: d.text?.value, rules: [], notCheckable: d.notCheckable?.value, partly: d.partly?.value });
  }
  for (const r of rules) {
    for (const c of r.citations) {
      if (!("recommendation" in c)) continue;
      const entry = refs.get(c.recommendation) ?? { ref: c.recommendation, rules: [] };
      entry.rules.push(r.id);
      refs.set(c.recommendation, entry);
    }
  }
  return [...refs.values()].sort((a, b) => compareRefs(a.ref, b.ref));
}

/** Report order: `1.2` before `1.10`, `2.1` after every `1.x`. */
export function compareRefs(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
