/**
 * Rewriting the user's files in place (`lint --fix`, `fmt`), one after another: each through
 * the atomic-write helper, keeping its byte-order mark, and only if it still holds the text
 * the run read. A file edited meanwhile is skipped (and listed); when a write fails (a full
 * disk) the error says which files were already rewritten, so the user knows where things stand.
 */
import { ProjectError } from "./errors";
import { FileChangedError, writeFileAtomic } from "./write-file";

export class InPlaceRewriter {
  /** Files rewritten so far, as shown to the user. */
  readonly rewritten: string[] = [];
  /** One line each for files that changed while the run went on and were left as they are. */
  readonly skipped: string[] = [];

  constructor(private readonly show: (file: string) => string) {}

  rewrite(file: string, readText: string, newText: string): void {
    try {
      writeFileAtomic(file, newText, { unchangedSince: readText, keepByteOrderMark: true });
      this.rewritten.push(this.show(file));
    } catch (e) {
      if (e instanceof FileChangedError) {
        this.skipped.push(`${this.show(file)} changed while formguard was running; it was not rewritten (run formguard again).`);
        return;
      }
      if (e instanceof ProjectError && this.rewritten.length) {
        throw new ProjectError(`${e.message.replace(/\.?$/, ".")} Already rewritten before this failure: ${this.rewritten.join(", ")}.`, e.exitCode);
      }
      throw e;
    }
  }
}
