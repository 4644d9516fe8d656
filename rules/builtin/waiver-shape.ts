/**
 * Checks that a waiver is one an auditor can accept (LANGUAGE.md: a waiver must be justified,
 * and the report's legend says an accountable person accepted the gap):
 * - `waiver-without-reason`: an empty or blank reason is an error, and the waiver waives
 *   nothing (rules/waivers.ts skips it), so an unjustified exemption can never pass;
 * - `waiver-without-owner`: no `by`, so nobody is accountable for the gap.
 */
import type { Waiver } from "../../language/ast";
import type { BuiltinCheck } from "./check-context";

/** A reason that says nothing: missing, empty or only spaces. Such a waiver waives nothing. */
export function hasNoReason(w: Waiver): boolean {
  return !w.reason || w.reason.value.trim() === "";
}

export const waiverShape: BuiltinCheck = {
  ids: ["waiver-without-reason", "waiver-without-owner"],
  description: "A waiver states why the gap is accepted (else it waives nothing) and who accepted it.",
  run(ctx) {
    for (const item of ctx.doc.ast.items) {
      if (item.kind !== "form") continue;
      for (const w of item.waivers) {
        if (hasNoReason(w)) {
          ctx.report(
            "waiver-without-reason",
            "error",
            `This waiver of \`${w.rule.text}\` gives no reason, so it waives nothing: say why the gap is accepted (e.g. the interim measure that covers it).`,
            w.reason?.span ?? w.rule.span,
            { kind: "waiver", rule: w.rule.text },
          );
        }
        if (!w.by || w.by.value.trim() === "") {
          ctx.report(
            "waiver-without-owner",
            "warning",
            `This waiver of \`${w.rule.text}\` names nobody accountable for the gap: add \`by "…"\` with the role that accepted it.`,
            w.by?.span ?? w.rule.span,
            { kind: "waiver", rule: w.rule.text },
          );
        }
      }
    }
  },
};
