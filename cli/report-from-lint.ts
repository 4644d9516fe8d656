/**
 * A lint run → the audit report model: the files checked, the rules loaded, and the rules the
 * configuration turned off (not checked, so they evidence nothing either way).
 */
import { buildReport, type ReportInput } from "../report/model";
import type { AuditReport } from "../report/schema";
import { compiledRules } from "../rules/rule-set";
import type { LintRunResult } from "./lint-run";

export type ReportMeta = Pick<ReportInput, "formguardVersion" | "generatedAt" | "today" | "title">;

export function reportFromLint({ run, loaded, config }: LintRunResult, meta: ReportMeta): AuditReport {
  const rulesOff = new Set(Object.entries(config.config.rules ?? {}).filter(([, v]) => v === "off").map(([k]) => k));
  return buildReport({ files: run.files, index: loaded.ws.index, rules: compiledRules(loaded.ws.index), rulesOff, ...meta });
}
