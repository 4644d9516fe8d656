/**
 * Every named thing in a document — where it is declared and where it is referred to — as one
 * flat list. Definition, references, rename, highlight and hover all start from "what is under
 * the cursor?" and "where else does it occur?", so they all ask this one table.
 */
import type { Span } from "../language/diagnostic";
import type { Location, Position } from "vscode-languageserver";
import { recommendationKey, WorkspaceIndex, type SymbolKind, type Workspace } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { walkMembers } from "../language/walk";

export interface Occurrence {
  kind: SymbolKind;
  /** Canonical id: rule ids qualified when they resolve, everything else as written. */
  id: string;
  span: Span;
  uri: string;
  /** For fields and sections: the form they belong to (ids are per form). */
  formId?: string;
  /** True at the declaration, false at a reference. */
  definition: boolean;
  /** The text as written at this occurrence (a rule id may be bare or qualified). */
  written: string;
}

const cache = new WeakMap<WorkspaceIndex, Map<string, Occurrence[]>>();

export function occurrencesIn(doc: ParsedDocument, index: WorkspaceIndex): Occurrence[] {
  let perIndex = cache.get(index);
  if (!perIndex) cache.set(index, (perIndex = new Map()));
  let list = perIndex.get(doc.uri);
  if (!list) perIndex.set(doc.uri, (list = collect(doc, index)));
  return list;
}

function collect(doc: ParsedDocument, index: WorkspaceIndex): Occurrence[] {
  const uri = doc.uri;
  const out: Occurrence[] = [];
  const def = (kind: SymbolKind, id: string, span: Span, formId?: string) => {
    if (id) out.push({ kind, id, span, uri, formId, definition: true, written: id });
  };
  const packName = WorkspaceIndex.packNameOf(doc);
  for (const item of doc.ast.items) {
    switch (item.kind) {
      case "form": {
        const formId = item.name.text;
        def("form", formId, item.name.span);
        walkMembers(item.members, (m) => def(m.kind, m.name.text, m.name.span, formId));
        break;
      }
      case "rule": {
        const bare = item.name.text.split("/").pop() ?? "";
        if (bare) out.push({ kind: "rule", id: `${packName}/${bare}`, span: item.name.span, uri, definition: true, written: item.name.text });
        break;
      }
      case "recommendation":
        def("recommendation", recommendationKey(packName, item.ref.text), item.ref.span);
        break;
      case "extend-concept":
        break; // its name is a reference to the concept it extends (language/model/workspace.ts)
      default:
        def(item.kind, item.name.text, item.name.span);
    }
  }
  for (const r of index.references.get(uri) ?? []) {
    let id = r.id;
    if (r.kind === "rule") {
      const matches = index.resolveRule(r.id);
      if (matches.length === 1) id = matches[0].id;
    }
    out.push({ kind: r.kind, id, span: r.span, uri, formId: r.formId, definition: false, written: r.id });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The occurrence under the cursor; a cursor just after a word still counts as on it. */
export function occurrenceAt(doc: ParsedDocument, index: WorkspaceIndex, offset: number): Occurrence | undefined {
  const list = occurrencesIn(doc, index);
  let best: Occurrence | undefined;
  for (const o of list) {
    if (o.span.start <= offset && offset <= o.span.end) {
      // Prefer the occurrence that starts at the cursor over one that merely ends there.
      if (!best || o.span.start === offset) best = o;
    }
    if (o.span.start > offset) break;
  }
  return best;
}

export function sameSymbol(a: Occurrence, b: Occurrence): boolean {
  if (a.kind !== b.kind || a.id !== b.id) return false;
  // Field and section ids are local to their form (and to the file that holds it).
  if (a.kind === "field" || a.kind === "section") return a.formId === b.formId && a.uri === b.uri;
  return true;
}

/** Every occurrence of the same symbol across the workspace (or only in `uri`). */
export function occurrencesOf(target: Occurrence, index: WorkspaceIndex, onlyUri?: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const doc of index.documents) {
    if (onlyUri && doc.uri !== onlyUri) continue;
    if ((target.kind === "field" || target.kind === "section") && doc.uri !== target.uri) continue;
    for (const o of occurrencesIn(doc, index)) if (sameSymbol(o, target)) out.push(o);
  }
  return out;
}

/**
 * Every occurrence of the symbol under an LSP cursor (optionally only in `onlyUri`), or none
 * when the cursor is on no symbol or the document is unknown: the first step of definition,
 * references and highlight.
 */
export function occurrencesAtCursor(ws: Workspace, uri: string, position: Position, onlyUri?: string): Occurrence[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const index = ws.index;
  const at = occurrenceAt(doc, index, doc.lines.offset(position));
  return at ? occurrencesOf(at, index, onlyUri) : [];
}

/** An occurrence as an LSP location. */
export function toLocation(ws: Workspace, o: Occurrence): Location {
  return { uri: o.uri, range: ws.get(o.uri)!.lines.range(o.span) };
}
