/** Go to definition: a concept → its pack, a field in `when` → the field, a waived rule → the rule, … */
import type { Location, Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrenceAt, occurrencesOf } from "./occurrences";

export function definition(ws: Workspace, uri: string, position: Position): Location[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const index = ws.index;
  const at = occurrenceAt(doc, index, doc.lines.offset(position));
  if (!at) return [];
  return occurrencesOf(at, index)
    .filter((o) => o.definition)
    .map((o) => ({ uri: o.uri, range: ws.get(o.uri)!.lines.range(o.span) }));
}
