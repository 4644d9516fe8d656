import type { Diagnostic } from "../../language/diagnostic";
import type { CompiledRule } from "../../rules/rule-set";
import type { WaivedDiagnostic } from "../../rules/waivers";

export interface FileReport {
  /** As shown to the user: relative to the working directory where possible. */
  filePath: string;
  absPath: string;
  diagnostics: Diagnostic[];
  waived: WaivedDiagnostic[];
  /** The file's text, for formats that quote the flagged line (baseline, SARIF snippets). */
  source: string;
}

export interface LintRun {
  files: FileReport[];
  /** Pack rules by qualified id, for formats that describe rules (SARIF). */
  rules: Map<string, CompiledRule>;
  cwd: string;
  /** Inputs that could not be read (each also named on stderr): a summary must not call the run clean. */
  unreadable?: number;
}

export type Formatter = (run: LintRun) => string;

export function counts(diags: Diagnostic[]) {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diags) {
    if (d.level === "error") errors++;
    else if (d.level === "warning") warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
