/**
 * Checks many form files on every core: worker threads and the main thread take batches of
 * files from one queue, so a slow batch never leaves a core idle. Outcomes come back in the
 * order of `files`, whatever order the batches finish in, so output is that of a serial run.
 *
 * Workers run the CLI bundle itself (through bin/load-bundle.js, so they share its code cache);
 * from source there is no bundle to run, and `canCheckInParallel` says no.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { ParsedDocument } from "../../language/parse";
import type { CheckOptions } from "../../rules/checker";
import { checkFiles, type FileOutcome } from "./check-files";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker";

declare const FORMGUARD_BUILD_ID: string | undefined;

/** Files per batch: small enough to balance two cores, large enough that messages cost little. */
const BATCH = 25;

export function canCheckInParallel(): boolean {
  return typeof FORMGUARD_BUILD_ID === "string";
}

/** How a worker starts: the bundle this code is running from, loaded as the installed command loads it. */
function workerSource(): string {
  const bundle = __filename;
  const loader = path.join(path.dirname(bundle), "..", "bin", "load-bundle.js");
  const load = fs.existsSync(loader) ? `require(${JSON.stringify(loader)}).loadBundle(${JSON.stringify(bundle)}).exports` : `require(${JSON.stringify(bundle)})`;
  return `${load}.runLintWorker();`;
}

export async function checkInParallel(
  files: readonly string[],
  packs: readonly ParsedDocument[],
  options: CheckOptions,
  threads: number,
  onProgress?: (done: number) => void,
): Promise<FileOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const record = (batch: number, outcomes: FileOutcome[]) => {
    results[batch] = outcomes;
    done += outcomes.length;
    onProgress?.(done);
  };

  const setup: WorkerSetup = { packs: packs.map((p) => ({ uri: p.uri, text: p.text })), options };
  const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new Worker(workerSource(), { eval: true, workerData: setup }));
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        const feed = () => {
          if (next < batches.length) {
            const batch = next++;
            worker.postMessage({ batch, files: batches[batch] } satisfies ToWorker);
          } else {
            worker.postMessage({ stop: true } satisfies ToWorker);
            resolve();
          }
        };
        worker.on("message", (m: FromWorker) => {
          if ("failed" in m) return reject(new Error(`a lint worker failed: ${m.failed}`));
          record(m.batch, m.outcomes);
          feed();
        });
        worker.on("error", reject);
        worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker exited with code ${code}`))));
        feed();
      }),
  );

  // Attached now: a worker failing while the main thread is busy must not be an unhandled rejection.
  const allFinished = Promise.all(finished);
  allFinished.catch(() => undefined);

  // The main thread takes batches too, yielding between them so worker messages are handled.
  while (next < batches.length) {
    const batch = next++;
    record(batch, checkFiles(packs, batches[batch], options));
    await new Promise((r) => setImmediate(r));
  }
  try {
    await allFinished;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
