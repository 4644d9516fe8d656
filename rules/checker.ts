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
import { compareText } from "../language/compare-text";

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
  for (const check of BUILTIN_CHECKS) if (!allOff(check.ids, options.severity)) check.run(ctx);

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

/**
 * Whether every id a built-in check can report is switched off: then nothing it finds would be
 * shown, so it is not run (as ESLint skips a rule set to "off"). `recognised-concept` off takes
 * recognition out of a run altogether, a fifth of a 1,000-form lint. Built-in diagnostics are
 * never waived and no check reads another's findings, so skipping one changes no other output.
 * Pack rules always run: a waiver of a rule switched off must still find what it waives, or it
 * would be reported as unused.
 */
function allOff(ids: readonly string[], severity: ResolvedSeverity | undefined): boolean {
  if (!severity) return false;
  for (const id of ids) if (severity[id] !== "off") return false;
  return true;
}

export function sortDiagnostics<T extends Diagnostic>(list: T[]): T[] {
  return list.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || compareText(a.ruleId, b.ruleId));
}
