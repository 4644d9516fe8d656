/**
 * A parsed document as plain JSON, so that a build can parse a file once and every run can load
 * the result instead of parsing it again (the shipped rule pack: 2,500 lines parsed on every
 * start-up otherwise). Generic: any document, nothing about rules.
 *
 * A snapshot is trusted only for the exact text it was made from (sha256) and the exact build
 * of the parser that made it; anything else is refused and the caller parses as usual.
 */
import { createHash } from "node:crypto";
import type { DocumentAst } from "./ast";
import type { Diagnostic } from "./diagnostic";
import { LineIndex } from "./line-index";
import type { ParsedDocument } from "./parse";

const FORMAT = "formguard-parsed-document/1";

export interface DocumentSnapshot {
  format: typeof FORMAT;
  /** The build of the parser that made it: another build may shape the AST differently. */
  build: string;
  textSha256: string;
  ast: DocumentAst;
  syntaxErrors: Diagnostic[];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function snapshotOf(doc: ParsedDocument, build: string): DocumentSnapshot {
  return { format: FORMAT, build, textSha256: sha256(doc.text), ast: doc.ast, syntaxErrors: doc.syntaxErrors };
}

/** The document the snapshot holds, or undefined when it is not for this text and build. */
export function documentFromSnapshot(uri: string, text: string, json: unknown, build: string): ParsedDocument | undefined {
  if (typeof json !== "object" || json === null) return undefined;
  const s = json as Partial<DocumentSnapshot>;
  if (s.format !== FORMAT || s.build !== build || s.textSha256 !== sha256(text)) return undefined;
  if (!s.ast || !Array.isArray(s.ast.items) || !Array.isArray(s.ast.comments) || !Array.isArray(s.syntaxErrors)) return undefined;
  return { uri, text, ast: s.ast, lines: new LineIndex(text), syntaxErrors: s.syntaxErrors };
}
