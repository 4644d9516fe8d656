/**
 * Waivers: `waive RULE "reason" by "who" until DATE` exempts one form from one rule. A waived
 * diagnostic is not an error, but it is kept (auditors must see it). An expired waiver no
 * longer waives and says so; a waiver that matches nothing is reported, like an unused
 * suppression, so stale exemptions do not pile up.
 */
import type { Form } from "../language/ast";
import type { Diagnostic } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { CheckContext } from "./builtin/check-context";
import { hasNoReason } from "./builtin/waiver-shape";

export interface WaiverInfo {
  rule: string;
  form: string;
  reason: string;
  by?: string;
  until?: string;
}

export interface WaivedDiagnostic extends Diagnostic {
  waiver: WaiverInfo;
}

/** Splits a form's rule diagnostics into those still reported and those waived. */
export function applyWaivers(form: Form, diagnostics: Diagnostic[], index: WorkspaceIndex, ctx: CheckContext): { kept: Diagnostic[]; waived: WaivedDiagnostic[] } {
  let kept = diagnostics;
  const waived: WaivedDiagnostic[] = [];
  for (const w of form.waivers) {
    const matches = index.resolveRule(w.rule.text);
    if (matches.length !== 1) continue; // unknown or ambiguous: reported by `unknown-rule`
    if (hasNoReason(w)) continue; // unjustified: waives nothing (reported by `waiver-without-reason`)
    const ruleId = matches[0].id;
    if (w.until && w.until.value < ctx.today) {
      ctx.report(
        "expired-waiver",
        "warning",
        `This waiver of \`${ruleId}\` expired on ${w.until.value}, so the rule applies again: fix the form, or renew the waiver with a new reason and date if the exemption is still justified.`,
        w.until.span,
        { kind: "waiver", rule: ruleId, until: w.until.value },
      );
      continue;
    }
    const hit = kept.filter((d) => d.ruleId === ruleId);
    if (hit.length === 0) {
      ctx.report("unused-waiver", "warning", `This waiver of \`${ruleId}\` waives nothing: form \`${form.name.text}\` already meets the rule. Remove the waiver.`, w.rule.span, { kind: "waiver", rule: ruleId });
      continue;
    }
    kept = kept.filter((d) => d.ruleId !== ruleId);
    const info: WaiverInfo = { rule: ruleId, form: form.name.text, reason: w.reason!.value, by: w.by?.value, until: w.until?.value };
    for (const d of hit) waived.push({ ...d, waiver: info });
  }
  return { kept, waived };
}
