/** Go to definition: a concept → its pack, a field in `when` → the field, a waived rule → the rule, … */
import type { Location, Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrencesAtCursor, toLocation } from "./occurrences";

export function definition(ws: Workspace, uri: string, position: Position): Location[] {
  return occurrencesAtCursor(ws, uri, position)
    .filter((o) => o.definition)
    .map((o) => toLocation(ws, o));
}
