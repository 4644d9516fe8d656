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
  const { concept, field, source, evidence, score, refined, paired } = d.data;
  return { ...message, concept, field, source, evidence, score, ...(refined ? { refined } : {}), ...(paired ? { paired } : {}) };
}

function suppressed(d: WaivedDiagnostic) {
  return {
    ...jsonMessage(d),
    suppressions: [{ kind: "waiver", justification: d.waiver.reason, by: d.waiver.by ?? null, until: d.waiver.until ?? null }],
  };
}

/** One file's entry, as `JSON.stringify(files, null, 2)` would write it inside the array. */
export function entry(f: FileReport): string {
  const c = counts(f.diagnostics);
  let messages = "[]";
  if (f.diagnostics.length > 0) {
    messages = "[\n      " + messageJson(f.diagnostics[0]);
    for (let i = 1; i < f.diagnostics.length; i++) messages += ",\n      " + messageJson(f.diagnostics[i]);
    messages += "\n    ]";
  }
  const suppressedMessages = f.waived.length === 0 ? "[]" : nested(JSON.stringify(f.waived.map(suppressed), null, 2), "    ");
  return `  {\n    "filePath": ${JSON.stringify(f.filePath)},\n    "errorCount": ${c.errors},\n    "warningCount": ${c.warnings},\n    "infoCount": ${c.infos},\n    "messages": ${messages},\n    "suppressedMessages": ${suppressedMessages}\n  }`;
}

/*
 * A message as JSON.stringify writes it at its depth, written here: the 1,000-form run writes
 * 11,000 of them (7 MB), and JSON.stringify spent a tenth of that run's main thread walking each
 * message object's properties and indenting them. The strings are still quoted by JSON.stringify,
 * and the parts that are the same for every finding of a rule are made once: its citations (the
 * rule's own array, shared by its findings). A recognition's message, with its extra facts, is
 * written by JSON.stringify itself. test/formats/json-entry.test.ts holds the two equal.
 */
const citationsJson = new WeakMap<object, string>();

function messageJson(d: Diagnostic): string {
  if (d.data?.kind === "recognised-concept") return nested(JSON.stringify(jsonMessage(d), null, 2), "      ");
  let citations = citationsJson.get(d.citations);
  if (citations === undefined) {
    citations = nested(JSON.stringify(d.citations, null, 2), "        ");
    citationsJson.set(d.citations, citations);
  }
  const { start, end } = d.range;
  return `{\n        "ruleId": ${JSON.stringify(d.ruleId)},\n        "severity": ${d.level === "error" ? 2 : 1},\n        "level": ${JSON.stringify(d.level)},\n        "message": ${JSON.stringify(d.message)},\n        "line": ${start.line + 1},\n        "column": ${start.character + 1},\n        "endLine": ${end.line + 1},\n        "endColumn": ${end.character + 1},\n        "citations": ${citations}\n      }`;
}

/** JSON.stringify's indented text moved to a depth: every line but the first indented by `indent` (JSON text has no raw line break inside a string). */
function nested(json: string, indent: string): string {
  return json.replace(/\n/g, "\n" + indent);
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
