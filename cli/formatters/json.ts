/**
 * `--format json`: ESLint's JSON shape plus citations, exactly as LANGUAGE.md fixes it.
 * Lines and columns are 1-based; `severity` is ESLint's number (2 error, 1 warning or info).
 * Waived diagnostics go in `suppressedMessages`, as ESLint reports its suppressions.
 */
import type { Diagnostic } from "../../language/diagnostic";
import type { WaivedDiagnostic } from "../../rules/waivers";
import { counts, wholeRun, type FileReport, type Formatter, type StreamingFormatter } from "./types";
import { oneBased } from "../../language/diagnostic";

export function jsonMessage(d: Diagnostic) {
  // Facts a consumer of the JSON may act on without parsing the message; for a recognition, how it
  // was recognised (the signal, the words or code, the score) so a reader can judge the guess.
  const extra =
    d.data?.kind === "recognised-concept"
      ? { concept: d.data.concept, field: d.data.field, source: d.data.source, evidence: d.data.evidence, score: d.data.score, ...(d.data.refined ? { refined: d.data.refined } : {}) }
      : {};
  return {
    ruleId: d.ruleId,
    severity: d.level === "error" ? 2 : 1,
    level: d.level,
    message: d.message,
    ...oneBased(d.range),
    citations: d.citations,
    ...extra,
  };
}

function suppressed(d: WaivedDiagnostic) {
  return {
    ...jsonMessage(d),
    suppressions: [{ kind: "waiver", justification: d.waiver.reason, by: d.waiver.by ?? null, until: d.waiver.until ?? null }],
  };
}

/** One file's entry, as `JSON.stringify(files, null, 2)` would write it inside the array. */
function entry(f: FileReport): string {
  const c = counts(f.diagnostics);
  const obj = {
    filePath: f.filePath,
    errorCount: c.errors,
    warningCount: c.warnings,
    infoCount: c.infos,
    messages: f.diagnostics.map(jsonMessage),
    suppressedMessages: f.waived.map(suppressed),
  };
  // Inside a one-element array JSON.stringify indents the entry as the whole array would.
  const inArray = JSON.stringify([obj], null, 2);
  return inArray.slice(2, inArray.length - 2);
}

/** Written file by file: the array's brackets around each file's entry (no file: `[]`). */
export const streamJson: StreamingFormatter = () => {
  let files = 0;
  return {
    head: "[",
    file: (f) => (files++ ? ",\n" : "\n") + entry(f),
    tail: () => (files ? "\n]\n" : "]\n"),
  };
};

export const formatJson: Formatter = wholeRun(streamJson);
