/**
 * Fixes: text edits computed once from a diagnostic's `data`, shared by `formguard lint --fix`
 * (which applies the preferred ones) and the editor's quick fixes (which offer them all).
 *
 * Each fix changes only the text inside its edits, keeps every comment, and clears its
 * diagnostic when the document is checked again.
 */
import type { Diagnostic } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import type { TextEdit } from "../language/text-edit";
import { localToday } from "../rules/checker";
import { builtinFixes } from "./builtin/index";
import { requirementFixes } from "./requirement-fixes";
import { DocText, formAt } from "./text";
import { waiveFix } from "./waive";

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Safe to apply without asking: `lint --fix` applies these, editors mark them preferred. */
  preferred: boolean;
  /** Which diagnostic this fixes (see `diagnosticKey`). */
  diagnosticKey?: string;
}

export type FixDraft = Omit<Fix, "diagnosticKey">;

export interface FixOptions {
  /** ISO date treated as today (a waiver's `until` is a year on). Defaults to the local date. */
  today?: string;
}

/** Identifies a diagnostic within one version of a document. */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.ruleId}@${d.span.start}-${d.span.end}`;
}

/** Is this diagnostic from a pack rule (qualified `pack/rule`) rather than a built-in check? */
export function isPackRule(d: Diagnostic): boolean {
  return d.ruleId.includes("/");
}

export function fixesFor(doc: ParsedDocument, diagnostic: Diagnostic, index: WorkspaceIndex, options: FixOptions = {}): Fix[] {
  if (diagnostic.span.end > doc.text.length) return [];
  const t = new DocText(doc);
  const drafts: FixDraft[] = [];
  if (isPackRule(diagnostic)) {
    const form = formAt(doc, diagnostic.span.start);
    // A form with no `{…}` yet (being typed) has nowhere to put a field, a header line or a
    // waiver: its syntax error is what to fix first.
    if (form && !form.body) return [];
    if (form) drafts.push(...requirementFixes(t, form, diagnostic, index));
    const waive = waiveFix(t, diagnostic, options.today ?? localToday());
    if (waive) drafts.push(waive);
  } else {
    drafts.push(...builtinFixes(t, diagnostic));
  }
  const key = diagnosticKey(diagnostic);
  return drafts.filter((f) => f.edits.length > 0).map((f) => ({ ...f, diagnosticKey: key }));
}
