/**
 * Writes a command's output: to stdout, or to `--output FILE` through the one atomic-write
 * helper (project/write-file.ts), so a failed write never leaves a half-written report where
 * the old one was.
 */
import { writeFileAtomic, type WriteOptions } from "../project/write-file";

/** `options`: what the file may replace (cli/output-target.ts). */
export function writeOutput(text: string, file: string | undefined, options: WriteOptions = {}) {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic(file, text, options);
}
