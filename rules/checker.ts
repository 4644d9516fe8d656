/**
 * The checker: one document (or all) of a workspace in, plain diagnostics out.
 * Order of work: syntax → built-in checks → pack rules per form → waivers → severity overrides.
 */
import type { Diagnostic } from "../language/diagnostic";
import type { Workspace } from "../language/model/workspace";
import { BUILTIN_CHECKS } from "./builtin/registry";
import { makeContext } from "./builtin/check-context";
import { evaluateForm } from "./engine/evaluate-form";
import { evaluateWithInference, markInferredRecognitions } from "./recognition/infer";
import { compiledRules } from "./rule-set";
import { applySeverity, type ResolvedSeverity } from "./severity";
import { applyWaivers, type WaivedDiagnostic } from "./waivers";

export type { SeverityOverride } from "./severity";

export interface CheckOptions {
  /** ISO date treated as today (waiver expiry). Defaults to the local date. */
  today?: string;
  /** Qualified rule id → new level, or `off`: resolved by `project/check-options.ts` (rules/severity.ts). */
  severity?: ResolvedSeverity;
  /**
   * Extension point for concept recognition (rules/recognition/): when true, a field with no
   * `covers` whose label is recognised as asking about a concept counts as covering it, and
   * every outcome that depends on that is marked `data.inferred` ("inferred from the label").
   */
  infer?: boolean;
}

export interface FileResult {
  uri: string;
  diagnostics: Diagnostic[];
  /** Diagnostics a valid waiver exempts: not errors, but listed for auditors. */
  waived: WaivedDiagnostic[];
}

export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function checkDocument(ws: Workspace, uri: string, options: CheckOptions = {}): FileResult {
  const doc = ws.get(uri);
  if (!doc) throw new Error(`not in the workspace: ${uri}`);
  const index = ws.index;
  const today = options.today ?? localToday();
  const diagnostics: Diagnostic[] = [...doc.syntaxErrors];
  const ctx = makeContext(doc, index, today, diagnostics);
  for (const check of BUILTIN_CHECKS) check.run(ctx);

  const waived: WaivedDiagnostic[] = [];
  const rules = compiledRules(index);
  for (const item of doc.ast.items) {
    if (item.kind !== "form") continue;
    let found: Diagnostic[];
    if (options.infer) {
      const inferred = evaluateWithInference(item, index.formModel(item), rules, index, doc);
      markInferredRecognitions(diagnostics, item.name.text, inferred.meets);
      found = inferred.diagnostics;
    } else {
      found = evaluateForm(item, index.formModel(item), rules, index, doc);
    }
    const result = applyWaivers(item, found, index, ctx);
    diagnostics.push(...result.kept);
    waived.push(...result.waived);
  }

  return { uri, diagnostics: sortDiagnostics(applySeverity(diagnostics, options.severity)), waived: sortDiagnostics(applySeverity(waived, options.severity)) };
}

export function sortDiagnostics<T extends Diagnostic>(list: T[]): T[] {
  // Between sorts only (a rank must not change meaning within one): an editor session renaming
  // rules for hours must not grow the table without end.
  if (ranked.length > 10_000) {
    ranked.length = 0;
    ranks.clear();
  }
  return list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || ruleIdRank(a.ruleId) - ruleIdRank(b.ruleId));
}

/**
 * Rule ids in `localeCompare`'s order (ECMA-402 defines it as this collator's), as ranks: a
 * form's findings mostly share a few spans (every missing prompt sits on the form's header), so
 * the sort compared rule ids through ICU thousands of times a form. The ids are few (the
 * packs' rules and the built-in checks): each is placed once; ids that collate equal share a rank.
 */
const collator = new Intl.Collator();
const ranked: string[] = [];
const ranks = new Map<string, number>();

function ruleIdRank(id: string): number {
  const known = ranks.get(id);
  if (known !== undefined) return known;
  let lo = 0;
  let hi = ranked.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (collator.compare(ranked[mid], id) < 0) lo = mid + 1;
    else hi = mid;
  }
  ranked.splice(lo, 0, id);
  ranks.clear();
  let rank = 0;
  for (let i = 0; i < ranked.length; i++) {
    if (i > 0 && collator.compare(ranked[i - 1], ranked[i]) !== 0) rank++;
    ranks.set(ranked[i], rank);
  }
  return ranks.get(id)!;
}
