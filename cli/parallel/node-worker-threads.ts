/**
 * node:worker_threads, loaded when first needed. Loading it also loads Node's worker, message
 * port, stream and perf_hooks internals: about 3 ms of a fresh process (an empty script against
 * one that requires it, 41 interleaved runs: 28.1 against 30.9 ms), and only a run on more than
 * one thread, or the worker itself, uses it. An import at the top of a module would load it in
 * every run, since the bundle evaluates every module when it starts (as language/node-crypto.ts).
 */
import type * as WorkerThreads from "node:worker_threads";

let loaded: typeof WorkerThreads | undefined;

export function nodeWorkerThreads(): typeof WorkerThreads {
  return (loaded ??= process.getBuiltinModule("node:worker_threads"));
}
