/**
 * Each recommendation of a pack's source report → the rules that cite it, or the reason no
 * form can evidence it. Shared by `formguard rules` and the audit report.
 *
 * Keyed by (pack, recommendation): two packs may answer two reports that both have a
 * recommendation 2.2, and a rule answers only its own pack's.
 */
import { WorkspaceIndex } from "../language/model/workspace";
import type { CompiledRule } from "../rules/rule-set";

export interface RecommendationCoverage {
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
  const packOf = packOfDocument(index);
  const key = (pack: string, ref: string) => `${pack}\n${ref}`;
  const refs = new Map<string, RecommendationCoverage>();
  for (const [ref, defs] of index.recommendations) {
    for (const def of defs) {
      const d = def.node;
      const pack = packOf(def.uri);
      if (refs.has(key(pack, ref))) continue; // a duplicate within one pack: the first counts (pack-shape reports it)
      refs.set(key(pack, ref), { pack, ref, text: d.text?.value, group: d.group?.value, rules: [], notCheckable: d.notCheckable?.value, partly: d.partly?.value });
    }
  }
  for (const r of rules) {
    for (const c of r.citations) {
      if (!("recommendation" in c)) continue;
      const k = key(r.pack, c.recommendation);
      const entry = refs.get(k) ?? { pack: r.pack, ref: c.recommendation, rules: [] };
      entry.rules.push(r.id);
      refs.set(k, entry);
    }
  }
  return [...refs.values()].sort((a, b) => a.pack.localeCompare(b.pack) || compareRefs(a.ref, b.ref));
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
