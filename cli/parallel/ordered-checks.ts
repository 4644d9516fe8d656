/**
 * Checks form files on `threads` threads (the main thread and `threads - 1` workers) and hands
 * each file's outcome to `visit` in input order, as soon as it and every file before it are
 * done. Work goes out in batches; no batch is started more than WINDOW batches ahead of the
 * next one to visit, so the outcomes held while waiting for a slow batch stay few whatever the
 * number of files. Each worker has two batches queued, so it never waits for the main thread,
 * which checks batches itself between visits.
 *
 * Workers run the CLI bundle itself (through bin/load-bundle.js, so they share its code cache);
 * from source there is no bundle to run, and `canCheckInParallel` says no.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { ParsedDocument } from "../../language/parse";
import type { CheckOptions } from "../../rules/checker";
import { checkFiles, packsWorkspace, type FileOutcome } from "./check-files";
import type { FromWorker, ToWorker, WorkerSetup } from "./worker";

declare const FORMGUARD_BUILD_ID: string | undefined;

/** Files per batch: small enough to balance two cores, large enough that messages cost little. */
const BATCH = 25;
/** Batches per thread that may be under way or done but not yet visited. */
const WINDOW_PER_THREAD = 4;

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

/**
 * Visits every file's outcome in input order; `visit` returning false stops the run early
 * (workers are stopped, nothing more is visited). Rejects if a worker fails.
 */
export async function visitInOrder(
  files: readonly string[],
  packs: readonly ParsedDocument[],
  options: CheckOptions,
  threads: number,
  visit: (outcome: FileOutcome, index: number) => boolean,
): Promise<boolean> {
  const packsOnly = packsWorkspace(packs);
  const batches = Math.ceil(files.length / BATCH);
  const filesOf = (b: number) => files.slice(b * BATCH, (b + 1) * BATCH);
  const results = new Map<number, FileOutcome[]>();
  const window = Math.max(1, threads) * WINDOW_PER_THREAD;
  let nextToStart = 0;
  let nextToVisit = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const arrived = () => {
    wake?.();
    wake = undefined;
  };

  const workerCount = threads > 1 && canCheckInParallel() && batches > 1 ? threads - 1 : 0;
  const setup: WorkerSetup = { packs: packs.map((p) => ({ uri: p.uri, text: p.text })), options };
  const workers = Array.from({ length: workerCount }, () => new Worker(workerSource(), { eval: true, workerData: setup }));
  const feed = (worker: Worker) => {
    if (nextToStart < batches && nextToStart < nextToVisit + window) {
      const batch = nextToStart++;
      worker.postMessage({ batch, files: filesOf(batch) } satisfies ToWorker);
      return true;
    }
    return false;
  };
  const queued = new Map<Worker, number>();
  const topUp = () => {
    for (const w of workers) {
      while ((queued.get(w) ?? 0) < 2 && feed(w)) queued.set(w, (queued.get(w) ?? 0) + 1);
    }
  };
  for (const w of workers) {
    w.on("message", (m: FromWorker) => {
      if ("failed" in m) failure ??= new Error(`a lint worker failed: ${m.failed}`);
      else {
        results.set(m.batch, m.outcomes);
        queued.set(w, (queued.get(w) ?? 1) - 1);
      }
      arrived();
    });
    w.on("error", (e) => {
      failure ??= e;
      arrived();
    });
    w.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`a lint worker exited with code ${code}`);
      arrived();
    });
  }

  try {
    topUp();
    while (nextToVisit < batches) {
      if (failure) throw failure;
      const ready = results.get(nextToVisit);
      if (ready) {
        results.delete(nextToVisit);
        const base = nextToVisit * BATCH;
        for (let i = 0; i < ready.length; i++) if (!visit(ready[i], base + i)) return false;
        nextToVisit++;
        topUp();
        continue;
      }
      if (nextToStart < batches && nextToStart < nextToVisit + window) {
        const batch = nextToStart++;
        results.set(batch, checkFiles(packsOnly, filesOf(batch), options));
        topUp();
        // Let the workers' messages in between the main thread's batches.
        if (workers.length) await new Promise((r) => setImmediate(r));
        continue;
      }
      await new Promise<void>((r) => (wake = r));
    }
    return true;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
