/**
 * A lint worker thread: loads the packs it is given once, then checks each batch of files the
 * main thread sends (cli/parallel/ordered-checks.ts) and posts the outcomes back.
 */
import type { CheckOptions } from "../../rules/checker";
import { loadPackDocument } from "../../rules/shipped-packs";
import { checkFiles, packsWorkspace } from "./check-files";

export interface WorkerSetup {
  packs: Array<{ uri: string; text: string }>;
  options: CheckOptions;
}

/** A batch to check; the main thread ends a worker by terminating it when the run is done. */
export type ToWorker = { batch: number; files: string[] };
export type FromWorker = { batch: number; outcomes: ReturnType<typeof checkFiles> } | { failed: string };

export function runLintWorker() {
  // Loaded here, not imported at the top: it brings Node's worker, message-port and stream modules,
  // about 3 ms of every fresh process, and only a run on several threads uses it.
  const { parentPort: port, workerData } = process.getBuiltinModule("node:worker_threads");
  if (!port) throw new Error("runLintWorker runs in a worker thread");
  const setup = workerData as WorkerSetup;
  const packs = packsWorkspace(setup.packs.map((p) => loadPackDocument(p.uri, p.text)));
  port.on("message", (m: ToWorker) => {
    try {
      port.postMessage({ batch: m.batch, outcomes: checkFiles(packs, m.files, setup.options) } satisfies FromWorker);
    } catch (e) {
      port.postMessage({ failed: (e as Error)?.message ?? String(e) } satisfies FromWorker);
    }
  });
}
