/**
 * Quick fixes: for each finding in the requested range, the fixes `fixes/` computes from its
 * data (the same edits `formguard lint --fix` applies), as LSP code actions.
 */
import { CodeActionKind, type CodeAction, type Range } from "vscode-languageserver";
import type { Diagnostic } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import type { TextEdit } from "../language/text-edit";
import { toLspDiagnostic } from "./diagnostics";

/** The shape of `fixes/index.ts`: a fix is a title, edits, and whether it is the obvious one. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
}
export type FixProvider = (doc: ParsedDocument, diagnostic: Diagnostic, index: WorkspaceIndex) => Fix[];

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range["start"], q: Range["start"]) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

export function codeActions(
  doc: ParsedDocument,
  index: WorkspaceIndex,
  range: Range,
  diagnostics: readonly Diagnostic[],
  fixesFor: FixProvider,
  only?: string[],
): CodeAction[] {
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + "."))) return [];
  const out: CodeAction[] = [];
  // Two findings of one rule on one form offer the very same waiver (same title, same edit):
  // offer it once, naming every finding it resolves, instead of a menu of twins.
  const byKey = new Map<string, CodeAction>();
  for (const d of diagnostics) {
    if (!overlaps(d.range, range)) continue;
    for (const fix of fixesFor(doc, d, index)) {
      if (fix.edits.length === 0) continue;
      const key = JSON.stringify([fix.title, fix.edits]);
      const same = byKey.get(key);
      if (same) {
        same.diagnostics!.push(toLspDiagnostic(d, index));
        continue;
      }
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toLspDiagnostic(d, index)],
        isPreferred: fix.preferred,
        edit: { changes: { [doc.uri]: fix.edits.map((e) => ({ range: doc.lines.range(e.span), newText: e.newText })) } },
      };
      byKey.set(key, action);
      out.push(action);
    }
  }
  return out;
}
