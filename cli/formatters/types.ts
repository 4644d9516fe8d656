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

/** An input that could not be read: its absolute path and why, in words. */
export interface UnreadableInput {
  file: string;
  reason: string;
}

export interface LintRun {
  files: FileReport[];
  /** Pack rules by qualified id, for formats that describe rules (SARIF). */
  rules: Map<string, CompiledRule>;
  cwd: string;
  /**
   * Inputs that could not be read (each also named on stderr): a summary must not call the run
   * clean, and a machine-read format names them, so a consumer of the file alone sees them too.
   */
  unreadable?: UnreadableInput[];
}

export type Formatter = (run: LintRun) => string;

/**
 * A format written file by file, as a streamed run finishes each one (cli/lint-stream.ts):
 * the text before the first file, each file's text in input order, and the text after the last.
 * What a format needs for its ending (counts, the rules seen) it keeps itself; never the files.
 */
export interface FileByFileFormat {
  head: string;
  file(f: FileReport): string;
  tail(unreadable: UnreadableInput[]): string;
}

/** A format that can be streamed: made once per run from what is known before any file is checked. */
export type StreamingFormatter = (run: Pick<LintRun, "rules" | "cwd">) => FileByFileFormat;

/** The whole-run formatter of a streamable format: the same text, in one piece. */
export function wholeRun(streaming: StreamingFormatter): Formatter {
  return (run) => {
    const format = streaming(run);
    const parts = [format.head];
    for (const f of run.files) parts.push(format.file(f));
    parts.push(format.tail(run.unreadable ?? []));
    return parts.join("");
  };
}

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
