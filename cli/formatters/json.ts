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
  // One object literal, no spreads: 11,000 messages for 1,000 forms, and copying the properties
  // of a position object and of an empty `extra` into each cost more than naming them.
  const at = oneBased(d.range);
  const message = {
    ruleId: d.ruleId,
    severity: d.level === "error" ? 2 : 1,
    level: d.level,
    message: d.message,
    line: at.line,
    column: at.column,
    endLine: at.endLine,
    endColumn: at.endColumn,
    citations: d.citations,
  };
  // Facts a consumer of the JSON may act on without parsing the message; for a recognition, how it
  // was recognised (the signal, the words or code, the score) so a reader can judge the guess.
  if (d.data?.kind !== "recognised-concept") return message;
  const { concept, field, source, evidence, score, refined } = d.data;
  return { ...message, concept, field, source, evidence, score, ...(refined ? { refined } : {}) };
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
