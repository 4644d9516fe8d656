/**
 * When whatever reads formguard's output goes away first (`formguard lint DIR | head`, a CI step
 * that stops reading), Node reports EPIPE on stdout as an unhandled 'error' event: a stack trace,
 * and the run carries on writing into nothing. A command-line run instead stops at once with one
 * line on stderr and the failure status, as a process killed by SIGPIPE would fail a pipeline
 * under `set -o pipefail`: the report was not delivered whole, so the run must not look like a pass.
 *
 * Installed only by the command-line entry points (cli/main.ts, bin/formguard.js), never by
 * `main()` itself, which tests and benches call many times in one process.
 */
import { EXIT } from "./errors";

let installed = false;

export function stopWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  if (installed) return;
  installed = true;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    const why = e.code === "EPIPE" ? "the program reading formguard's output closed it before the output was complete" : `cannot write the output: ${e.message}`;
    process.stderr.write(`formguard: ${why}; stopped.\n`);
    process.exit(EXIT.failure);
  });
}
