/** Builds audit reports from form texts written to a temporary directory, as `formguard report` would. */
import * as fs from "node:fs";
import * as path from "node:path";
import { runLint } from "../../cli/lint-run";
import { reportFromLint } from "../../cli/report-from-lint";
import type { AuditReport } from "../../report/schema";
import { tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";

export const EXAMPLES = path.resolve(__dirname, "..", "..", "examples", "forms");
export const example = (name: string) => fs.readFileSync(path.join(EXAMPLES, name), "utf8");

/** The four emergency-department examples: paediatric and adult, compliant and not. */
export function edExamples(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of ["emergency-department-paediatric", "emergency-department-adult"]) {
    for (const v of ["compliant", "noncompliant"]) out[`${n}.${v}.form`] = example(`${n}.${v}.form`);
  }
  return out;
}

export function reportFor(files: Record<string, string>, opts: { config?: object; today?: string } = {}): { report: AuditReport; dir: string } {
  const dir = tempDir({ ...files, ...(opts.config ? { "formguard.config.json": JSON.stringify(opts.config) } : {}) });
  const lint = runLint({ inputs: ["."], cwd: dir, extraPacks: [], today: opts.today ?? TODAY });
  const report = reportFromLint(lint, { formguardVersion: "0.0.0-test", generatedAt: "2026-11-27T09:00:00.000Z", today: opts.today ?? TODAY });
  return { report, dir };
}

/** A paediatric ED form whose texts try to inject markup and script into the report. */
export const HOSTILE_FORM = `form hostile-ed "</title><script>alert(3)</script> | pipe" {
  service emergency-department
  audience child
  ages 0..17
  version "1"
  owner "<b>Trust</b> & partners"

  section arrival "<script>alert(1)</script>" {
    field who text required {
      label "<script>alert(1)</script>"
      covers accompanying-adult.name
    }
    field relation choice required {
      label "<img src=x onerror=alert(2)>"
      options "Mother", "Father"
      covers accompanying-adult.relationship
    }
  }
  waive cqc-dorset-2015/ed-paediatric-liaison "<img src=x onerror=alert(2)> | <script>alert(1)</script>" by "<svg onload=alert(4)>" until 2099-01-01
}
`;
