/** `formguard report --format json`: the report data exactly as report/schema.ts defines it. */
import type { AuditReport } from "./schema";

export function renderJson(report: AuditReport): string {
  return JSON.stringify(report, null, 2) + "\n";
}
