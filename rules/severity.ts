/**
 * Severity overrides — `"rules": { "ID": "off" | "info" | "warning" | "error" }` in the config and
 * in the editor's `formguard.rules` setting — resolved and applied in one place, so the CLI, the
 * server and the VS Code client can never read the same setting two ways.
 *
 * A key may name a rule qualified (`cqc-dorset-2015/ed-hidden-child`), bare when that is
 * unambiguous (`ed-hidden-child`, exactly as a waiver may), or a whole pack (`cqc-dorset-2015/*`).
 * The more specific key wins: a pack-wide level, then a bare id, then a qualified one.
 */
import type { Diagnostic, Level } from "../language/diagnostic";
import { nearest } from "../language/suggest";

export type SeverityOverride = Level | "off";

/** Qualified rule id → its level, or off. */
export type ResolvedSeverity = Readonly<Record<string, SeverityOverride>>;

export interface SeverityKeyProblem {
  key: string;
  message: string;
}

/** The rule ids a key names, or why it names none. */
export function resolveRuleKey(key: string, known: ReadonlySet<string>): { ids: string[] } | { problem: string } {
  if (key.endsWith("/*")) {
    const pack = key.slice(0, -2);
    const ids = [...known].filter((id) => id.startsWith(pack + "/"));
    if (ids.length) return { ids };
    const packs = new Set([...known].filter((id) => id.includes("/")).map((id) => id.slice(0, id.indexOf("/"))));
    const s = nearest(pack, packs);
    return { problem: `no loaded pack is called "${pack}"${s ? ` (did you mean "${s}/*"?)` : ""}` };
  }
  if (known.has(key)) return { ids: [key] };
  if (!key.includes("/")) {
    const ids = [...known].filter((id) => id.endsWith("/" + key));
    if (ids.length === 1) return { ids };
    if (ids.length > 1) return { problem: `"${key}" is the name of a rule in several packs (${ids.join(", ")}); name one of them in full` };
  }
  const s = nearest(key, known);
  return { problem: `no such rule${s ? ` (did you mean "${s}"?)` : " (run formguard rules to list them)"}` };
}

/** Resolves every key of each layer (later layers over earlier ones, e.g. config then editor settings). */
export function resolveSeverity(layers: ReadonlyArray<Readonly<Record<string, SeverityOverride>> | undefined>, known: ReadonlySet<string>): { severity: ResolvedSeverity; problems: SeverityKeyProblem[] } {
  const severity: Record<string, SeverityOverride> = {};
  const problems: SeverityKeyProblem[] = [];
  for (const layer of layers) {
    if (!layer) continue;
    const keys = Object.keys(layer).sort((a, b) => specificity(a) - specificity(b));
    for (const key of keys) {
      if (key === "syntax") {
        if (layer[key] === "off") problems.push({ key, message: "syntax errors cannot be turned off" });
        else severity.syntax = layer[key];
        continue;
      }
      const r = resolveRuleKey(key, known);
      if ("problem" in r) problems.push({ key, message: r.problem });
      else for (const id of r.ids) severity[id] = layer[key];
    }
  }
  delete severity.syntax; // a syntax error is always an error
  return { severity, problems };
}

function specificity(key: string): number {
  return key.endsWith("/*") ? 0 : key.includes("/") ? 2 : 1;
}

/** Applies resolved overrides: drops what is off, re-levels the rest. Syntax errors are never touched. */
export function applySeverity<T extends Diagnostic>(list: T[], severity: ResolvedSeverity | undefined): T[] {
  if (!severity) return list;
  const out: T[] = [];
  for (const d of list) {
    const o = d.ruleId === "syntax" ? undefined : severity[d.ruleId];
    if (o === "off") continue;
    out.push(o && o !== d.level ? { ...d, level: o } : d);
  }
  return out;
}
