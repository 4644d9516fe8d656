/**
 * `lint` over form files, streamed: each file is read, parsed, checked and formatted in input
 * order, and only its formatted text is kept, so memory does not grow with the number of files
 * (issue 13, item 18). The output is byte-for-byte that of runLint (cli/lint-run.ts).
 *
 * Only form files reach each other, in two ways, and both are honoured:
 * - `duplicate-id` names the first form of an id: the run remembers, per form id, which file
 *   declared it first, and a later file repeating it is checked beside that file (re-read);
 * - a form file declaring anything besides forms (a concept, a rule…) changes what every file
 *   is checked against. Such a file sends the run back to runLint, which is possible until the
 *   first byte is written: output is held until the run ends or the held text passes
 *   HELD_OUTPUT_LIMIT; before writing it, the files not yet checked are read and each must
 *   certainly declare only forms (language/form-only-text.ts), else the run goes to runLint.
 */
import { parseDocument, type ParsedDocument } from "../language/parse";
import { declaresOnlyForms } from "../language/form-only-text";
import { checkDocument, localToday } from "../rules/checker";
import { compiledRules } from "../rules/rule-set";
import { displayPath } from "../project/discover";
import { loadWorkspace } from "../project/load-workspace";
import { readTextFile, type ReadResult } from "../project/read-file";
import type { StreamingFormatter } from "./formatters/types";
import { checkOptionsFor, refuseBrokenPacks, type LintRunOptions, type PreparedRun } from "./lint-run";

/** Output held back (in UTF-16 units) while the run can still go back to runLint. */
export const HELD_OUTPUT_LIMIT = 16 * 1024 * 1024;
/** Text of files read ahead (to look for declarations) that is kept rather than read again. */
const READ_AHEAD_LIMIT = 64 * 1024 * 1024;

export interface StreamSink {
  write(text: string): void;
}

export type StreamedRun =
  | { streamed: false }
  | { streamed: true; errors: number; warnings: number; checked: number; unreadable: Array<{ file: string; reason: string }> };

/** Whether `lint` can stream this run: form files only, and nothing that needs every file at once. */
export function canStream(prepared: PreparedRun, opts: LintRunOptions): boolean {
  return !opts.stdin && !opts.cache && !opts.parseEveryFile && prepared.files.length > 0 && prepared.files.every((f) => f.endsWith(".form"));
}

const onlyForms = (doc: ParsedDocument) => doc.ast.items.every((i) => i.kind === "form");
const formIds = (doc: ParsedDocument) => doc.ast.items.flatMap((i) => (i.kind === "form" && i.name.text ? [i.name.text] : []));

export function lintStreamed(opts: LintRunOptions, prepared: PreparedRun, streaming: StreamingFormatter, sink: StreamSink): StreamedRun {
  const { config, packs } = prepared;
  const files = [...new Set(prepared.files)];
  const loaded = loadWorkspace({ files: [], extraPacks: packs });
  refuseBrokenPacks(loaded);
  const ws = loaded.ws;
  const rules = compiledRules(ws.index);
  const checkOptions = checkOptionsFor(config, loaded, opts, opts.today ?? localToday());
  const format = streaming({ rules: new Map(rules.map((r) => [r.id, r])), cwd: opts.cwd });

  let held: string[] | undefined = [format.head];
  let heldLength = format.head.length;
  const readAhead = new Map<number, ReadResult>();
  /** Form id → index (in `files`) of the first file declaring it: what `duplicate-id` names. */
  const firstDeclarer = new Map<string, number>();
  const unreadable: Array<{ file: string; reason: string }> = [];
  let errors = 0;
  let warnings = 0;
  let checked = 0;

  const emit = (text: string) => {
    if (!held) return sink.write(text);
    held.push(text);
    heldLength += text.length;
    if (heldLength <= HELD_OUTPUT_LIMIT) return;
    for (const t of held) sink.write(t);
    held = undefined;
  };

  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const r = readAhead.get(i) ?? readTextFile(file);
    readAhead.delete(i);
    if (!r.ok) {
      unreadable.push({ file, reason: r.reason });
      continue;
    }
    const doc = parseDocument(file, r.text);
    if (!onlyForms(doc)) {
      if (held) return { streamed: false };
      // Cannot happen: every file after the first byte written was read and judged form-only.
      throw new Error(`${file} declares more than forms, found after the output began`);
    }
    const ids = formIds(doc);
    const result = ws.withForms([...firstDeclarations(ids, firstDeclarer, files), doc], () => checkDocument(ws, file, checkOptions));
    for (const id of ids) if (!firstDeclarer.has(id)) firstDeclarer.set(id, i);
    for (const d of result.diagnostics) {
      if (d.level === "error") errors++;
      else if (d.level === "warning") warnings++;
    }
    checked++;
    const text = format.file({ filePath: displayPath(file, opts.cwd), absPath: file, diagnostics: result.diagnostics, waived: result.waived, source: r.text });
    if (held && heldLength + text.length > HELD_OUTPUT_LIMIT && !restFormOnly(files, i + 1, readAhead)) return { streamed: false };
    emit(text);
    opts.onProgress?.(i + 1, files.length);
  }
  emit(format.tail(unreadable.length));
  if (held) for (const t of held) sink.write(t);
  return { streamed: true, errors, warnings, checked, unreadable };
}

/**
 * The earlier files that first declared one of `ids`, parsed again, in input order: beside
 * them the check names the first declaration, as in a run over every file at once.
 */
function firstDeclarations(ids: string[], firstDeclarer: Map<string, number>, files: string[]): ParsedDocument[] {
  const earlier = [...new Set(ids.flatMap((id) => firstDeclarer.get(id) ?? []))].sort((a, b) => a - b);
  return earlier.flatMap((j) => {
    const r = readTextFile(files[j]);
    return r.ok ? [parseDocument(files[j], r.text)] : [];
  });
}

/** Reads the files from `from` on (keeping what fits READ_AHEAD_LIMIT): do they all declare only forms? */
function restFormOnly(files: string[], from: number, readAhead: Map<number, ReadResult>): boolean {
  let kept = 0;
  for (let j = from; j < files.length; j++) {
    const r = readTextFile(files[j]);
    if (r.ok && !declaresOnlyForms(r.text)) return false;
    if (!r.ok || kept + r.text.length <= READ_AHEAD_LIMIT) {
      readAhead.set(j, r);
      kept += r.ok ? r.text.length : 0;
    }
  }
  return true;
}
