/** Find references: every place the symbol under the cursor is used (and, if asked, declared). */
import type { Location, Position } from "vscode-languageserver";
import type { Workspace } from "../language/model/workspace";
import { occurrencesAtCursor, toLocation } from "./occurrences";

export function references(ws: Workspace, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  return occurrencesAtCursor(ws, uri, position)
    .filter((o) => includeDeclaration || !o.definition)
    .map((o) => toLocation(ws, o));
}
