/**
 * Each recommendation of a pack's source → the rules of that pack that cite it, or the reason no
 * form can evidence it. Shared by `formguard rules` and the audit report. A citation resolves
 * within its own pack: two packs may both have a recommendation 2.2, and each is its own row.
 */
import type { RecommendationDecl } from "../language/ast";
import { recommendationKey, WorkspaceIndex } from "../language/model/workspace";
import type { CompiledRule } from "../rules/rule-set";

export interface RecommendationCoverage {
  /** The pack whose source the recommendation belongs to. */
  pack: string;
  ref: string;
  text?: string;
  /** The review's heading over it (who must act), where the pack declares one. */
  group?: string;
  rules: string[];
  notCheckable?: string;
  partly?: string;
}

/** The pack each document's declarations belong to, by URI. */
export function packOfDocument(index: WorkspaceIndex): (uri: string) => string {
  const byUri = new Map(index.documents.map((d) => [d.uri, d]));
  return (uri) => {
    const doc = byUri.get(uri);
    return doc ? WorkspaceIndex.packNameOf(doc) : uri;
  };
}

export function recommendationCoverage(index: WorkspaceIndex, rules: CompiledRule[]): RecommendationCoverage[] {
  const rows = new Map<string, RecommendationCoverage>();
  for (const [key, defs] of index.recommendations) {
    const d: RecommendationDecl = defs[0].node;
    rows.set(key, { pack: defs[0].pack ?? "", ref: d.ref.text, text: d.text?.value, group: d.group?.value, rules: [], notCheckable: d.notCheckable?.value, partly: d.partly?.value });
  }
  for (const r of rules) {
    for (const c of r.citations) {
      if (!("recommendation" in c)) continue;
      const key = recommendationKey(r.pack, c.recommendation);
      const entry = rows.get(key) ?? { pack: r.pack, ref: c.recommendation, rules: [] };
      entry.rules.push(r.id);
      rows.set(key, entry);
    }
  }
  return [...rows.values()].sort((a, b) => a.pack.localeCompare(b.pack) || compareRefs(a.ref, b.ref));
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
