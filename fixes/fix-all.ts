/**
 * "Fix all": apply every preferred fix to one document of a workspace, check again, and repeat
 * until nothing more is fixable (at most `maxPasses` times). Used by `formguard lint --fix`;
 * pure (the workspace is updated in memory, nothing is written).
 *
 * In one pass, fixes whose edits would collide are held back for the next pass, so each pass
 * applies edits that are independent of one another. A document with syntax errors is not
 * touched, and a pass whose result would not parse is thrown away.
 */
import type { Diagnostic } from "../language/diagnostic";
import type { Workspace } from "../language/model/workspace";
import { applyEdits, type TextEdit } from "../language/text-edit";
import { checkDocument, type CheckOptions } from "../rules/checker";
import { fixesFor, type Fix, type FixOptions } from "./index";

export const MAX_FIX_PASSES = 10;

export interface FixAllResult {
  /** The document's text after fixing (unchanged when nothing applied). */
  text: string;
  changed: boolean;
  /** Fixes applied, over all passes. */
  applied: number;
  passes: number;
  /** Set when fixing stopped early, and why. */
  stopped?: string;
}

export function fixAll(ws: Workspace, uri: string, check: CheckOptions = {}, options: FixOptions & { maxPasses?: number } = {}): FixAllResult {
  const original = ws.get(uri);
  if (!original) throw new Error(`not in the workspace: ${uri}`);
  let applied = 0;
  let passes = 0;
  let stopped: string | undefined;
  const maxPasses = options.maxPasses ?? MAX_FIX_PASSES;
  for (; passes < maxPasses; ) {
    const doc = ws.get(uri)!;
    if (doc.syntaxErrors.length) {
      stopped = "the document has syntax errors";
      break;
    }
    const diagnostics = checkDocument(ws, uri, { ...check, today: check.today ?? options.today }).diagnostics;
    const chosen = chooseFixes(diagnostics.map((d) => ({ diagnostic: d, fix: fixesFor(doc, d, ws.index, options).find((f) => f.preferred) })), doc.text);
    if (chosen.length === 0) break;
    passes++;
    const text = applyEdits(doc.text, chosen.flatMap((f) => f.edits));
    const next = ws.set(uri, text);
    if (next.syntaxErrors.length) {
      ws.set(uri, doc.text);
      stopped = `a fix would have broken the syntax (${next.syntaxErrors[0].message}); it was not applied`;
      break;
    }
    applied += chosen.length;
  }
  const text = ws.get(uri)!.text;
  return { text, changed: text !== original.text, applied, passes, stopped };
}

/**
 * The fixes of one pass: in diagnostic order, each fix whose edits collide with none already
 * chosen. Two fields inserted with one id, or for one concept, are one too many: the second
 * waits a pass (and is then computed afresh).
 */
export function chooseFixes(candidates: Array<{ diagnostic: Diagnostic; fix: Fix | undefined }>, text: string): Fix[] {
  const chosen: Fix[] = [];
  const edits: TextEdit[] = [];
  const taken = new Set<string>();
  for (const { diagnostic, fix } of candidates) {
    if (!fix) continue;
    const keys = claims(diagnostic);
    if (keys.some((k) => taken.has(k))) continue;
    if (fix.edits.some((a) => edits.some((b) => collide(a, b, text)))) continue;
    for (const k of keys) taken.add(k);
    chosen.push(fix);
    edits.push(...fix.edits);
  }
  return chosen;
}

/** What inserting a missing field gives a form, which no second fix in the same pass may give again. */
function claims(d: Diagnostic): string[] {
  const data = d.data;
  if (data?.kind !== "missing-concept") return [];
  return [`field:${data.form}:${data.skeleton.id}`, ...data.concepts.map((c) => `concept:${data.form}:${c}`)];
}

/**
 * Edits collide when they overlap, when an insertion falls inside a replacement, or when two
 * insertions share an offset (their order would matter) — unless both insert whole lines.
 */
export function collide(a: TextEdit, b: TextEdit, text: string): boolean {
  const aInsert = a.span.start === a.span.end;
  const bInsert = b.span.start === b.span.end;
  if (!aInsert && !bInsert) return a.span.start < b.span.end && b.span.start < a.span.end;
  if (aInsert && bInsert) return a.span.start === b.span.start && !(insertsLines(a, text) && insertsLines(b, text));
  const [ins, rep] = aInsert ? [a, b] : [b, a];
  return ins.span.start > rep.span.start && ins.span.start < rep.span.end;
}

function insertsLines(e: TextEdit, text: string): boolean {
  const at = e.span.start;
  const atLineStart = at === 0 || text[at - 1] === "\n" || text[at - 1] === "\r";
  const atLineEnd = at === text.length || text[at] === "\n" || text[at] === "\r";
  return (atLineStart && /\n$/.test(e.newText)) || (atLineEnd && /^\r?\n/.test(e.newText));
}
