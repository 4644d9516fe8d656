/**
 * Writes a command's output: to stdout, or to `--output FILE` through a temporary file and a
 * rename, so a failed write never leaves a half-written report where the old one was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CliError } from "./errors";

export function writeOutput(text: string, file: string | undefined) {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic(file, text);
}

/** `mode`: the permissions the file gets (pass the old file's when rewriting it in place). */
export function writeFileAtomic(file: string, text: string, opts: { mode?: number } = {}) {
  const abs = path.resolve(file);
  const tmp = path.join(path.dirname(abs), `.${path.basename(abs)}.${process.pid}.tmp`);
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(tmp, text);
    if (opts.mode !== undefined) fs.chmodSync(tmp, opts.mode);
    fs.renameSync(tmp, abs);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* the temporary file may never have been created */
    }
    throw new CliError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
