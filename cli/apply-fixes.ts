/**
 * `formguard lint --fix`: check, apply every preferred fix (`fixes/fix-all.ts`), write each
 * changed file in place, then check again so the report shows what remains.
 *
 * Files are written by project/rewrite-files.ts (atomically, keeping permissions, links and the
 * byte-order mark; a file edited while the run went on is skipped and listed in `skipped`). A file with syntax errors is left
 * as it is. With `--stdin` nothing is written: the fixed text is returned for standard output.
 */
import { terminalText } from "../language/safe-text";
import * as path from "node:path";
import { fixAll } from "../fixes/fix-all";
import { displayPath } from "../project/discover";
import { runLint, type LintRunOptions, type LintRunResult } from "./lint-run";
import { InPlaceRewriter } from "../project/rewrite-files";

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
  /** Files left alone because they changed during the run (one line each). */
  skipped: string[];
}

export function lintAndFix(opts: LintRunOptions): LintAndFixResult {
  const first = runLint({ ...opts, onProgress: undefined, parseEveryFile: true });
  const { ws, lintUris } = first.loaded;
  // Exactly the options the run checked with (infer included): a fix must never add a prompt the
  // same run already counts as asked.
  const check = first.checkOptions;
  const stdinUri = opts.stdin ? path.resolve(opts.stdin.filename) : undefined;
  const fixed: FixedFile[] = [];
  const rewriter = new InPlaceRewriter((f) => displayPath(f, opts.cwd));
  for (const uri of lintUris) {
    // A Questionnaire is checked as the form imported from it: form-text fixes cannot be written back to its JSON.
    if (first.loaded.questionnaires.has(uri)) continue;
    const readText = ws.get(uri)!.text;
    const r = fixAll(ws, uri, check, { today: opts.today });
    if (r.stopped && r.changed) process.stderr.write(`formguard: ${terminalText(displayPath(uri, opts.cwd))}: fixing stopped early: ${r.stopped}.\n`);
    if (!r.changed) continue;
    fixed.push({ uri, text: r.text, applied: r.applied });
    if (uri !== stdinUri) rewriter.rewrite(uri, readText, r.text);
  }
  const stdinText = stdinUri ? ws.get(stdinUri)!.text : undefined;
  // What remains, checked afresh from what was written.
  const final = runLint({ ...opts, stdin: opts.stdin && { ...opts.stdin, text: stdinText! } });
  return { ...final, fixed, stdinText, skipped: rewriter.skipped };
}
