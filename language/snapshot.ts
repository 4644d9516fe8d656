/**
 * A parsed document as plain JSON, so that a build can parse a file once and every run can load
 * the result instead of parsing it again (the shipped rule pack: 2,500 lines parsed on every
 * start-up otherwise). Generic: any document, nothing about rules.
 *
 * A snapshot is trusted only for the exact text it was made from and the exact build of the
 * parser that made it; anything else is refused and the caller parses as usual. It holds that
 * text and compares it whole: surer than a digest, and quicker in a fresh process, which would
 * otherwise load node:crypto (8–10 ms) to make one.
 */
import type { DocumentAst } from "./ast";
import type { Diagnostic } from "./diagnostic";
import { LineIndex } from "./line-index";
import type { ParsedDocument } from "./parse";

const FORMAT = "formguard-parsed-document/2";

export interface DocumentSnapshot {
  format: typeof FORMAT;
  /** The build of the parser that made it: another build may shape the AST differently. */
  build: string;
  /** The text it was made from. */
  text: string;
  ast: DocumentAst;
  syntaxErrors: Diagnostic[];
}

export function snapshotOf(doc: ParsedDocument, build: string): DocumentSnapshot {
  return { format: FORMAT, build, text: doc.text, ast: doc.ast, syntaxErrors: doc.syntaxErrors };
}

/** The document the snapshot holds, or undefined when it is not for this text and build. */
export function documentFromSnapshot(uri: string, text: string, json: unknown, build: string): ParsedDocument | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const s = json as Partial<DocumentSnapshot>;
  if (s.format !== FORMAT || s.build !== build || s.text !== text) return undefined;
  if (!s.ast || !Array.isArray(s.ast.items) || !Array.isArray(s.ast.comments) || !Array.isArray(s.syntaxErrors)) return undefined;
  return { uri, text, ast: s.ast, lines: new LineIndex(text), syntaxErrors: s.syntaxErrors };
}
