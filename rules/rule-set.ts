/**
 * Pack rules compiled once per workspace snapshot into plain data the engine, the CLI's
 * `rules` command, hover and reports all read.
 */
import type { RuleDecl } from "../language/ast";
import type { Citation, Level } from "../language/diagnostic";
import type { RuleSymbol, WorkspaceIndex } from "../language/model/workspace";

export interface CompiledRule {
  /** Qualified: `pack/rule`. */
  id: string;
  pack: string;
  name: string;
  title: string;
  level: Level;
  /** Recommendations first, then paragraphs, then sections, as the CLI contract shows. */
  citations: Citation[];
  quotes: string[];
  implements: string[];
  description?: string;
  fix?: string;
  decl: RuleDecl;
  uri: string;
}

const LEVELS: Level[] = ["error", "warning", "info"];

export function compileRule(sym: RuleSymbol): CompiledRule {
  const d = sym.node;
  const sev = d.severity?.text;
  return {
    id: sym.id,
    pack: sym.pack,
    name: sym.bareName,
    title: d.title?.value ?? sym.bareName,
    // An unknown or missing severity is reported by a check; evaluate as an error meanwhile.
    level: LEVELS.includes(sev as Level) ? (sev as Level) : "error",
    citations: orderCitations(d.citations.map((c) => ({ kind: c.kind, ref: c.ref }))),
    quotes: d.quotes.map((q) => q.value),
    implements: d.implements.map((s) => s.value),
    description: d.description?.value,
    fix: d.fix?.value,
    decl: d,
    uri: sym.uri,
  };
}

export function orderCitations(list: Array<{ kind: "paragraph" | "recommendation" | "section"; ref: string }>): Citation[] {
  const order = { recommendation: 0, paragraph: 1, section: 2 };
  return [...list]
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map((c) => ({ [c.kind]: c.ref }) as Citation);
}

const cache = new WeakMap<WorkspaceIndex, CompiledRule[]>();
/** By declaration: an editor rebuilds the index on every keystroke, but the packs rarely change. */
const byDecl = new WeakMap<RuleSymbol["node"], CompiledRule>();

export function compiledRules(index: WorkspaceIndex): CompiledRule[] {
  let rules = cache.get(index);
  if (!rules) {
    rules = index.allRules().map((sym) => {
      const known = byDecl.get(sym.node);
      if (known && known.id === sym.id && known.uri === sym.uri) return known;
      const compiled = compileRule(sym);
      byDecl.set(sym.node, compiled);
      return compiled;
    });
    cache.set(index, rules);
  }
  return rules;
}

/** "recommendation 2.2; paragraph 1.20" — how messages and text outputs show citations. */
export function formatCitations(citations: Citation[]): string {
  return citations
    .map((c) => ("recommendation" in c ? `recommendation ${c.recommendation}` : "paragraph" in c ? `paragraph ${c.paragraph}` : `section "${c.section}"`))
    .join("; ");
}
