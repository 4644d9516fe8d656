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
import { detached } from "../language/detached";
import { checkDocument, localToday } from "../rules/checker";
import { compiledRules } from "../rules/rule-set";
import { displayPath } from "../project/discover";
import { loadWorkspace } from "../project/load-workspace";
import { readTextFile } from "../project/read-file";
import type { FileOutcome } from "./parallel/check-files";
import { visitInOrder } from "./parallel/ordered-checks";
import type { StreamingFormatter } from "./formatters/types";
import { utf8Blocks } from "./utf8-blocks";
import { checkOptionsFor, refuseBrokenPacks, type LintRunOptions, type PreparedRun } from "./lint-run";

/**
 * Output held back, in UTF-8 bytes, while the run can still go back to runLint. A run of 1,000
 * typical forms writes about 7 MB: it is decided before anything is written. Held as bytes,
 * outside V8's heap: as strings (two bytes a character, since findings quote "—") the text
 * survived every young-generation collection and was copied each time.
 */
export const HELD_OUTPUT_LIMIT = 8 * 1024 * 1024;

export interface StreamSink {
  write(bytes: Uint8Array): void;
}

export type StreamedRun =
  | { streamed: false }
  | { streamed: true; errors: number; warnings: number; checked: number; unreadable: Array<{ file: string; reason: string }> };

/** Whether `lint` can stream this run: form files only, and nothing that needs every file at once. */
export function canStream(prepared: PreparedRun, opts: LintRunOptions): boolean {
  return !opts.stdin && !opts.cache && !opts.parseEveryFile && prepared.files.length > 0 && prepared.files.every((f) => f.endsWith(".form"));
}

/**
 * Checks the run's files on `threads` threads and writes each file's formatted text to `sink` in
 * input order; `{ streamed: false }`, with nothing written, when the run must be made over every
 * file at once after all.
 */
export async function lintStreamed(opts: LintRunOptions, prepared: PreparedRun, streaming: StreamingFormatter, sink: StreamSink, threads = 1): Promise<StreamedRun> {
  const { config, packs } = prepared;
  const files = [...new Set(prepared.files)];
  const loaded = loadWorkspace({ files: [], extraPacks: packs });
  refuseBrokenPacks(loaded);
  const ws = loaded.ws;
  const rules = compiledRules(ws.index);
  // One "today" for every thread, so a run crossing midnight cannot disagree with itself.
  const checkOptions = checkOptionsFor(config, loaded, opts, opts.today ?? localToday());
  const format = streaming({ rules: new Map(rules.map((r) => [r.id, r])), cwd: opts.cwd });

  let held: Buffer[] | undefined = [];
  let heldLength = 0;
  /** Form id → index (in `files`) of the first file declaring it: what `duplicate-id` names. */
  const firstDeclarer = new Map<string, number>();
  const unreadable: Array<{ file: string; reason: string }> = [];
  let errors = 0;
  let warnings = 0;
  let checked = 0;
  let formOnlyRest = false;
  let rechecked = 0;
  const debug = (line: string) => threads > 1 && process.env.FORMGUARD_DEBUG_THREADS === "1" && process.stderr.write(`threads: ${line}\n`);

  /** Encoded once (utf8Blocks): the held length is counted from the same bytes that are written. */
  const emit = (bytes: Buffer) => {
    if (!held) return sink.write(bytes);
    held.push(bytes);
    heldLength += bytes.length;
    if (heldLength <= HELD_OUTPUT_LIMIT) return;
    for (const b of held) sink.write(b);
    held = undefined;
  };
  const encode = utf8Blocks();
  emit(encode(format.head));

  const visit = (o: FileOutcome, i: number): boolean => {
    const file = o.uri;
    if (!o.ok) {
      unreadable.push({ file, reason: o.reason });
      return true;
    }
    if (o.declaresMoreThanForms) {
      if (held) {
        debug("a form file declares more than forms; checked again on one thread");
        return false;
      }
      // Cannot happen: every file after the first byte written was read and judged form-only.
      throw new Error(`${file} declares more than forms, found after the output began`);
    }
    let { diagnostics, waived } = o;
    const earlier = firstDeclarations(o.formIds, firstDeclarer, files);
    if (earlier.length) {
      // Checked alone, it could not see the earlier form of its id: checked again beside it.
      const doc = parseDocument(file, o.text);
      rechecked++;
      ({ diagnostics, waived } = ws.withForms([...earlier, doc], () => checkDocument(ws, file, checkOptions)));
    }
    // Detached: an id is a slice of its file's text, which the run would otherwise keep to the end.
    for (const id of o.formIds) if (!firstDeclarer.has(id)) firstDeclarer.set(detached(id), i);
    for (const d of diagnostics) {
      if (d.level === "error") errors++;
      else if (d.level === "warning") warnings++;
    }
    checked++;
    const bytes = encode(format.file({ filePath: displayPath(file, opts.cwd), absPath: file, diagnostics, waived, source: o.text }));
    if (held && !formOnlyRest && heldLength + bytes.length > HELD_OUTPUT_LIMIT) {
      if (!restFormOnly(files, i + 1)) return false;
      formOnlyRest = true;
    }
    emit(bytes);
    opts.onProgress?.(i + 1, files.length);
    return true;
  };

  if (!(await visitInOrder(files, ws, checkOptions, threads, visit))) return { streamed: false };
  debug(`${files.length} files on ${threads} threads, ${rechecked} rechecked for shared form ids`);
  emit(encode(format.tail(unreadable)));
  if (held) for (const b of held) sink.write(b);
  return { streamed: true, errors, warnings, checked, unreadable };
}

/**
 * The earlier files that first declared one of `ids`, parsed again, in input order: beside
 * them the check names the first declaration, as in a run over every file at once.
 */
function firstDeclarations(ids: string[], firstDeclarer: Map<string, number>, files: string[]): ParsedDocument[] {
  // Nearly every file repeats no earlier id: it is answered without building a set and lists.
  if (!ids.some((id) => firstDeclarer.has(id))) return [];
  const earlier = [...new Set(ids.flatMap((id) => firstDeclarer.get(id) ?? []))].sort((a, b) => a - b);
  return earlier.flatMap((j) => {
    const r = readTextFile(files[j]);
    return r.ok ? [parseDocument(files[j], r.text)] : [];
  });
}

/** Reads the files from `from` on: does each certainly declare only forms? */
function restFormOnly(files: string[], from: number): boolean {
  for (let j = from; j < files.length; j++) {
    const r = readTextFile(files[j]);
    if (r.ok && !declaresOnlyForms(r.text)) return false;
  }
  return true;
}
