/**
 * Rename: a field with its `when` references, a concept across forms and packs, a rule with
 * its waivers, a service or audience with its uses. A name the language would not accept, or
 * one already taken, is refused with a message saying why.
 */
import type { Position, Range, TextEdit, WorkspaceEdit } from "vscode-languageserver";
import type { SymbolKind, Workspace } from "../language/model/workspace";
import { occurrenceAt, occurrencesOf, type Occurrence } from "./occurrences";

const PLAIN_ID = /^[a-z][a-z0-9_-]*$/;
const DOTTED_ID = /^[a-z][a-z0-9_-]*(?:\.[a-z][a-z0-9_-]*)*$/;

/** Raised for a rename the user must change; the server answers it as an LSP error. */
export class RenameError extends Error {}

const RENAMABLE: SymbolKind[] = ["field", "section", "form", "concept", "service", "audience", "rule"];

export function prepareRename(ws: Workspace, uri: string, position: Position): { range: Range; placeholder: string } | null {
  const doc = ws.get(uri);
  if (!doc) return null;
  const at = occurrenceAt(doc, ws.index, doc.lines.offset(position));
  if (!at) return null;
  if (!RENAMABLE.includes(at.kind)) throw new RenameError(`A ${at.kind} reference cannot be renamed.`);
  const span = writtenNameSpan(at);
  return { range: doc.lines.range(span), placeholder: doc.text.slice(span.start, span.end) };
}

/** For a qualified rule id, only the part after the pack is the rule's own name. */
function writtenNameSpan(o: Occurrence) {
  const slash = o.written.lastIndexOf("/");
  return slash >= 0 && o.kind === "rule" ? { start: o.span.start + slash + 1, end: o.span.end } : o.span;
}

export function rename(ws: Workspace, uri: string, position: Position, newName: string): WorkspaceEdit | null {
  const doc = ws.get(uri);
  if (!doc) return null;
  const index = ws.index;
  const at = occurrenceAt(doc, index, doc.lines.offset(position));
  if (!at) return null;
  if (!RENAMABLE.includes(at.kind)) throw new RenameError(`A ${at.kind} reference cannot be renamed.`);
  const name = newName.trim();
  const pattern = at.kind === "concept" ? DOTTED_ID : PLAIN_ID;
  if (!pattern.test(name)) {
    throw new RenameError(
      `\`${newName}\` is not a valid ${at.kind} id: use lower-case letters, digits, \`-\` and \`_\`, starting with a letter${at.kind === "concept" ? " (dots separate parts, as in accompanying-adult.name)" : ""}.`,
    );
  }
  const bareOld = at.id.split("/").pop();
  if (name === bareOld) return { changes: {} };
  const taken = alreadyTaken(ws, at, name);
  if (taken) throw new RenameError(taken);

  const changes: Record<string, TextEdit[]> = {};
  for (const o of occurrencesOf(at, index)) {
    const target = ws.get(o.uri)!;
    (changes[o.uri] ??= []).push({ range: target.lines.range(writtenNameSpan(o)), newText: name });
  }
  return { changes };
}

function alreadyTaken(ws: Workspace, at: Occurrence, name: string): string | undefined {
  const index = ws.index;
  switch (at.kind) {
    case "field":
    case "section": {
      const form = index.forms.get(at.formId ?? "")?.find((f) => f.uri === at.uri)?.node;
      if (!form) return undefined;
      const model = index.formModel(form);
      if (model.byId.has(name) || model.sections.some((s) => s.name.text === name)) return `Form \`${at.formId}\` already has a field or section called \`${name}\`.`;
      return undefined;
    }
    case "form":
      return index.forms.has(name) ? `A form called \`${name}\` already exists.` : undefined;
    case "concept":
      return index.concepts.has(name) ? `A concept \`${name}\` is already declared.` : undefined;
    case "service":
      return index.services.has(name) ? `A service \`${name}\` is already declared.` : undefined;
    case "audience":
      return index.audiences.has(name) ? `An audience \`${name}\` is already declared.` : undefined;
    case "rule": {
      const pack = at.id.split("/")[0];
      return index.rules.has(`${pack}/${name}`) ? `Pack \`${pack}\` already has a rule \`${name}\`.` : undefined;
    }
    default:
      return undefined;
  }
}
