/** The contract every built-in check meets: an id, a default level, and a pure run over one document. */
import type { Diagnostic, DiagnosticFacts, Level, Span } from "../../language/diagnostic";
import type { WorkspaceIndex } from "../../language/model/workspace";
import type { ParsedDocument } from "../../language/parse";

export interface CheckContext {
  doc: ParsedDocument;
  index: WorkspaceIndex;
  /** ISO date the run treats as today (waiver expiry). */
  today: string;
  report(ruleId: string, level: Level, message: string, span: Span, data?: DiagnosticFacts): void;
}

export interface BuiltinCheck {
  /** Rule ids this check can report (most report one); each has its entry in metadata.ts. */
  ids: string[];
  /** What the check as a whole looks for (each id's own description is in metadata.ts). */
  description: string;
  run(ctx: CheckContext): void;
}

export function makeContext(doc: ParsedDocument, index: WorkspaceIndex, today: string, sink: Diagnostic[]): CheckContext {
  return {
    doc,
    index,
    today,
    report(ruleId, level, message, span, data) {
      sink.push({ ruleId, level, message, span, range: doc.lines.range(span), citations: [], data });
    },
  };
}
