/** Workspace symbols: forms, sections, fields, concepts, services, audiences and rules by name. */
import type { SymbolInformation } from "vscode-languageserver";
import { WorkspaceIndex, type Workspace } from "../language/model/workspace";
import { flatSymbols } from "./document-symbols";

const LIMIT = 500;

/** Characters of the query in order, anywhere in the name (as editors' symbol pickers do). */
function matches(query: string, name: string): boolean {
  let i = 0;
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

export function workspaceSymbols(ws: Workspace, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const doc of ws.documents()) {
    const pack = doc.uri.endsWith(".formrules") ? WorkspaceIndex.packNameOf(doc) : undefined;
    for (const s of flatSymbols(doc)) {
      if (!matches(query, s.name)) continue;
      out.push({ name: s.name, kind: s.kind, location: { uri: doc.uri, range: doc.lines.range(s.span) }, containerName: s.container ?? pack });
      if (out.length >= LIMIT) return out;
    }
  }
  return out;
}
