/** Lint runs for the format tests: real checks over files in a temporary repository, or hand-made ones. */
import * as path from "node:path";
import type { Diagnostic } from "../../language/diagnostic";
import type { LintRun } from "../../cli/formatters/types";
import { runLint } from "../../cli/lint-run";
import { tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";

/** Files under a temporary directory that looks like a git repository; lint run from `cwdRel`. */
export function lintRepo(files: Record<string, string | Buffer>, cwdRel = "."): { run: LintRun; root: string } {
  const root = tempDir({ ".git/HEAD": "ref: refs/heads/main\n", ...files });
  const cwd = path.join(root, cwdRel);
  const { run } = runLint({ inputs: ["."], cwd, extraPacks: [], today: TODAY });
  return { run, root };
}

/** A paediatric ED form missing several prompts, with one waiver. */
export const ED_FORM = `form ed "Paediatric ED" {
  service emergency-department
  audience child
  ages 0..17
  version "1"
  owner "Trust"

  section arrival "Arrival" {
    field who text {
      label "Accompanied by"
      covers accompanying-adult.name
    }
  }
  waive cqc-dorset-2015/ed-paediatric-liaison "Reviewed daily: see the PAS list" by "Named nurse" until 2099-01-01
}
`;

/** One file with hand-made diagnostics (for escaping and edge cases the checker rarely produces). */
export function handRun(source: string, diagnostics: Array<Partial<Diagnostic> & Pick<Diagnostic, "message">>, cwd = "/repo"): LintRun {
  return {
    cwd,
    rules: new Map(),
    files: [
      {
        filePath: "forms/a.form",
        absPath: path.join(cwd, "forms", "a.form"),
        source,
        waived: [],
        diagnostics: diagnostics.map((d) => ({
          ruleId: "missing-label",
          level: "error",
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } },
          span: { start: 0, end: 4 },
          citations: [],
          ...d,
        })),
      },
    ],
  };
}
