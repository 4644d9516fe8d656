/** Document highlight: the symbol under the cursor, everywhere in this document. */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrenceAt, occurrencesOf } from "./occurrences";

export function documentHighlights(ws: Workspace, uri: string, position: Position): DocumentHighlight[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const index = ws.index;
  const at = occurrenceAt(doc, index, doc.lines.offset(position));
  if (!at) return [];
  return occurrencesOf(at, index, uri).map((o) => ({
    range: doc.lines.range(o.span),
    kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
