/** Find references: every place the symbol under the cursor is used (and, if asked, declared). */
import type { Location, Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrenceAt, occurrencesOf } from "./occurrences";

export function references(ws: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const index = ws.index;
  const at = occurrenceAt(doc, index, doc.lines.offset(position));
  if (!at) return [];
  return occurrencesOf(at, index)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => ({ uri: o.uri, range: ws.get(o.uri)!.lines.range(o.span) }));
}
