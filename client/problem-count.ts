/**
 * Counts formguard's problems across the workspace for the status bar. Pure: takes the
 * diagnostics as plain data (VS Code's severity numbers: 0 error, 1 warning, 2 info, 3 hint).
 */
export const FORMGUARD_SOURCE = "formguard";

export interface CountableDiagnostic {
  source?: string;
  severity: number;
}

export interface ProblemCount {
  errors: number;
  warnings: number;
}

export function countProblems(all: ReadonlyArray<readonly [unknown, readonly CountableDiagnostic[]]>): ProblemCount {
  let errors = 0;
  let warnings = 0;
  for (const [, diagnostics] of all) {
    for (const d of diagnostics) {
      if (d.source !== FORMGUARD_SOURCE) continue;
      if (d.severity === 0) errors++;
      else if (d.severity === 1) warnings++;
    }
  }
  return { errors, warnings };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Status-bar text (with codicons) and its tooltip. */
export function statusText(c: ProblemCount): { text: string; tooltip: string } {
  const tooltip =
    c.errors + c.warnings === 0
      ? "formguard: no problems in the workspace — click to open Problems"
      : `formguard: ${plural(c.errors, "error")}, ${plural(c.warnings, "warning")} in the workspace — click to open Problems`;
  return { text: `$(shield) formguard $(error) ${c.errors} $(warning) ${c.warnings}`, tooltip };
}
