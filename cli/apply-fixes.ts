/**
 * `formguard lint --fix`: check, apply every preferred fix (`fixes/fix-all.ts`), write each
 * changed file in place, then check again so the report shows what remains.
 *
 * Files are written through a temporary file and a rename, keeping the file's permissions and
 * its byte-order mark: a failed write never truncates a form. A file with syntax errors is left
 * as it is. With `--stdin` nothing is written: the fixed text is returned for standard output.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fixAll } from "../fixes/fix-all";
import { displayPath } from "../project/discover";
import { runLint, type LintRunOptions, type LintRunResult } from "./lint-run";
import { writeFileAtomic } from "./output";

export interface FixedFile {
  uri: string;
  text: string;
  /** Fixes applied, over all passes. */
  applied: number;
}

export interface LintAndFixResult extends LintRunResult {
  fixed: FixedFile[];
  /** With `--stdin`: the fixed text (the input itself when nothing was fixable). */
  stdinText?: string;
}

export function lintAndFix(opts: LintRunOptions): LintAndFixResult {
  const first = runLint({ ...opts, onProgress: undefined, parseEveryFile: true });
  const { ws, lintUris } = first.loaded;
  // Exactly the options the run checked with (infer included): a fix must never add a prompt the
  // same run already counts as asked.
  const check = first.checkOptions;
  const stdinUri = opts.stdin ? path.resolve(opts.stdin.filename) : undefined;
  const fixed: FixedFile[] = [];
  for (const uri of lintUris) {
    // A Questionnaire is checked as the form imported from it: form-text fixes cannot be written back to its JSON.
    if (first.loaded.questionnaires.has(uri)) continue;
    const r = fixAll(ws, uri, check, { today: opts.today });
    if (r.stopped && r.changed) process.stderr.write(`formguard: ${displayPath(uri, opts.cwd)}: fixing stopped early: ${r.stopped}.\n`);
    if (!r.changed) continue;
    fixed.push({ uri, text: r.text, applied: r.applied });
    if (uri !== stdinUri) writeTextFileInPlace(uri, r.text);
  }
  const stdinText = stdinUri ? ws.get(stdinUri)!.text : undefined;
  // What remains, checked afresh from what was written.
  const final = runLint({ ...opts, stdin: opts.stdin && { ...opts.stdin, text: stdinText! } });
  return { ...final, fixed, stdinText };
}

/** Replaces a file's text atomically, keeping its permissions and byte-order mark. */
export function writeTextFileInPlace(file: string, text: string) {
  let mode: number | undefined;
  let bom = false;
  try {
    mode = fs.statSync(file).mode & 0o7777;
    const fd = fs.openSync(file, "r");
    try {
      const head = Buffer.alloc(3);
      bom = fs.readSync(fd, head, 0, 3, 0) === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* a new file: default permissions, no mark */
  }
  writeFileAtomic(file, (bom && text.charCodeAt(0) !== 0xfeff ? "\uFEFF" : "") + text, { mode });
}
