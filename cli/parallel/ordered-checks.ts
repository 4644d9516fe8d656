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
import type { Worker } from "node:worker_threads";
import type { Workspace } from "../../language/model/workspace";
import type { CheckOptions } from "../../rules/checker";
import { checkFiles, type FileOutcome } from "./check-files";
import { setV8ForALongRun } from "./many-forms-v8";
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
 * Visits every file's outcome in input order (`packsOnly`: the run's workspace of the packs
 * alone, whose index the main thread's checks share); `visit` returning false stops the run early
 * (workers are stopped, nothing more is visited).
 */
export async function visitInOrder(
  files: readonly string[],
  packsOnly: Workspace,
  options: CheckOptions,
  threads: number,
  visit: (outcome: FileOutcome, index: number) => boolean,
): Promise<boolean> {
  const batches = Math.ceil(files.length / BATCH);
  const filesOf = (b: number) => files.slice(b * BATCH, (b + 1) * BATCH);
  const results = new Map<number, FileOutcome[]>();
  const window = Math.max(1, threads) * WINDOW_PER_THREAD;
  let nextToStart = 0;
  let nextToVisit = 0;
  let wake: (() => void) | undefined;
  const arrived = () => {
    wake?.();
    wake = undefined;
  };

  const workerCount = threads > 1 && canCheckInParallel() && batches > 1 ? threads - 1 : 0;
  // On one thread nothing is gained by batching, and a batch's parsed forms and findings, alive
  // until the whole batch is visited, outlive V8's young generation and are copied into the old
  // one: visiting each file as soon as it is checked lets them die young (cheaper collections).
  if (workerCount === 0) {
    setV8ForALongRun(files.length);
    for (let i = 0; i < files.length; i++) if (!visit(checkFiles(packsOnly, [files[i]], options)[0], i)) return false;
    return true;
  }
  const setup: WorkerSetup = { packs: packsOnly.documents().map((p) => ({ uri: p.uri, text: p.text })), options };
  // Loaded only now (about 3 ms of a fresh process, as in worker.ts): a run on one thread never needs it.
  const { Worker } = process.getBuiltinModule("node:worker_threads");
  const workers = Array.from({ length: workerCount }, () => new Worker(workerSource(), { eval: true, workerData: setup }));
  /** Batches sent to each live worker and not yet back. */
  const outstanding = new Map<Worker, Set<number>>(workers.map((w) => [w, new Set()]));
  /** Batches of a worker that failed: the main thread checks them. */
  const orphaned: number[] = [];
  let finished = false;
  const topUp = () => {
    for (const [w, mine] of outstanding) {
      while (mine.size < 2 && nextToStart < batches && nextToStart < nextToVisit + window) {
        const batch = nextToStart++;
        mine.add(batch);
        w.postMessage({ batch, files: filesOf(batch) } satisfies ToWorker);
      }
    }
  };
  // A thread that fails loses nothing: its batches are checked on the main thread, with a note.
  const lose = (w: Worker, why: string) => {
    const mine = outstanding.get(w);
    if (finished || !mine) return;
    outstanding.delete(w);
    orphaned.push(...mine);
    orphaned.sort((a, b) => a - b);
    process.stderr.write(`formguard: a checking thread failed (${why}); its files are checked on the main thread instead.\n`);
    void w.terminate();
    arrived();
  };
  for (const w of workers) {
    w.on("message", (m: FromWorker) => {
      const mine = outstanding.get(w);
      if (!mine) return; // a thread already given up for lost
      if ("failed" in m) return lose(w, m.failed);
      mine.delete(m.batch);
      results.set(m.batch, m.outcomes);
      arrived();
    });
    w.on("error", (e) => lose(w, e.message));
    w.on("exit", (code) => lose(w, `it exited with code ${code}`));
  }

  try {
    topUp();
    while (nextToVisit < batches) {
      const ready = results.get(nextToVisit);
      if (ready) {
        results.delete(nextToVisit);
        const base = nextToVisit * BATCH;
        for (let i = 0; i < ready.length; i++) if (!visit(ready[i], base + i)) return false;
        nextToVisit++;
        topUp();
        continue;
      }
      const batch = orphaned.length ? orphaned.shift()! : nextToStart < batches && nextToStart < nextToVisit + window ? nextToStart++ : undefined;
      if (batch !== undefined) {
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
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
