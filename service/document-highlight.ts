/** Document highlight: the symbol under the cursor, everywhere in this document. */
import { DocumentHighlightKind, type DocumentHighlight, type Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrencesAtCursor, toLocation } from "./occurrences";

export function documentHighlights(ws: Workspace, uri: string, position: Position): DocumentHighlight[] {
  return occurrencesAtCursor(ws, uri, position, uri).map((o) => ({
    range: toLocation(ws, o).range,
    kind: o.definition ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}
