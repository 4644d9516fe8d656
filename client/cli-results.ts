/**
 * Turns `formguard lint --format json` output into plain diagnostics for the editor. The
 * `formguard.rules` setting is not applied here: it is passed to the CLI as `--rule` flags
 * (`ruleArgs`), which resolves it exactly as the language server does. Pure (no VS Code
 * import), so it is tested directly.
 */
export type Level = "error" | "warning" | "info";
export type SeveritySetting = "off" | Level;

export interface CliMessage {
  ruleId: string;
  level: Level;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CliFileResult {
  filePath: string;
  messages: CliMessage[];
}

/** 0-based, like VS Code's positions. */
export interface PlainDiagnostic {
  ruleId: string;
  level: Level;
  message: string;
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The `formguard.rules` setting as `formguard lint` flags. */
export function ruleArgs(overrides: Record<string, SeveritySetting>): string[] {
  return Object.entries(overrides).flatMap(([id, level]) => ["--rule", `${id}=${level}`]);
}

export function toPlainDiagnostics(results: CliFileResult[]): Map<string, PlainDiagnostic[]> {
  const byFile = new Map<string, PlainDiagnostic[]>();
  for (const file of results) {
    const list: PlainDiagnostic[] = [];
    for (const m of file.messages) {
      list.push({
        ruleId: m.ruleId,
        level: m.level,
        message: m.message,
        start: { line: m.line - 1, character: m.column - 1 },
        end: { line: m.endLine - 1, character: m.endColumn - 1 },
      });
    }
    byFile.set(file.filePath, list);
  }
  return byFile;
}

/** Parses the CLI's JSON, saying clearly what was wrong instead of throwing a bare SyntaxError. */
export function parseCliJson(stdout: string): CliFileResult[] {
  let data: unknown;
  try {
    data = JSON.parse(stdout);
  } catch {
    throw new Error(`formguard lint did not print JSON (it printed: ${JSON.stringify(stdout.slice(0, 200))})`);
  }
  if (!Array.isArray(data)) throw new Error("formguard lint printed JSON that is not a list of files");
  return data as CliFileResult[];
}
