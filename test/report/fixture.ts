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

/** Every example form, by file name. */
export function allExamples(): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(EXAMPLES).filter((n) => n.endsWith(".form")).map((n) => [n, example(n)]));
}

export interface ReportOptions {
  config?: object;
  today?: string;
  /** Run from this folder (relative to the files' folder) naming the files by this path. */
  cwd?: string;
  inputs?: string[];
  expectKinds?: "all" | string[];
}

export function reportFor(files: Record<string, string | Buffer>, opts: ReportOptions = {}): { report: AuditReport; dir: string } {
  const dir = tempDir({ ...files, ...(opts.config ? { "formguard.config.json": JSON.stringify(opts.config) } : {}) });
  return { report: reportIn(dir, opts), dir };
}

/** The report over a folder already written, as `formguard report` run in `opts.cwd` would make it. */
export function reportIn(dir: string, opts: ReportOptions = {}): AuditReport {
  const lint = runLint({ inputs: opts.inputs ?? ["."], cwd: path.resolve(dir, opts.cwd ?? "."), extraPacks: [], today: opts.today ?? TODAY });
  return reportFromLint(lint, { formguardVersion: "0.0.0-test", generatedAt: "2026-11-27T09:00:00.000Z", today: opts.today ?? TODAY, expectKinds: opts.expectKinds });
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
