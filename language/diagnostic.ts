/**
 * The one shape every check produces. Everything downstream (CLI formatters, the language
 * server, reports, fixes) formats or acts on this; nothing downstream re-derives a verdict.
 */
import type { DiagnosticFacts } from "./diagnostic-facts";

export type { DiagnosticFacts } from "./diagnostic-facts";

/** 0-based, like LSP. Columns count UTF-16 code units, as JavaScript strings and LSP do. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets into the document text: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type Level = "error" | "warning" | "info";

/** Exactly one of the three keys, as the CLI contract requires. */
export type Citation = { paragraph: string } | { recommendation: string } | { section: string };

export interface Diagnostic {
  /** Built-in checks have bare ids (`syntax`); pack rules are qualified (`pack/rule`). */
  ruleId: string;
  level: Level;
  message: string;
  range: Range;
  span: Span;
  citations: Citation[];
  /** Machine-readable facts a fix or a report needs (missing concept, suggestion, …), typed by `kind` (diagnostic-facts.ts). */
  data?: DiagnosticFacts;
}

/** A range as people and most tools count it: lines and columns from 1, the end exclusive. */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** `line:column` (1-based) of a range's start, as messages write a position. */
export function lineColumn(range: Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}`;
}
