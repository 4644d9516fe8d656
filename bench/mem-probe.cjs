// Preloaded into a server process by bench/server-memory.mjs (`node -r bench/mem-probe.cjs …`):
// on SIGUSR2 it writes one line to stderr — process.memoryUsage() before and after a full GC
// (`--expose-gc`) — so the heap can be read without adding code to the server. With
// FORMGUARD_HEAP_SNAPSHOT=<file> it also writes a heap snapshot there (after the GC).
process.on("SIGUSR2", () => {
  const before = process.memoryUsage();
  if (typeof global.gc === "function") global.gc();
  const after = process.memoryUsage();
  const snapshot = process.env.FORMGUARD_HEAP_SNAPSHOT;
  if (snapshot) require("node:v8").writeHeapSnapshot(snapshot);
  process.stderr.write(`FORMGUARD_MEM ${JSON.stringify({ before, after, snapshot })}\n`);
});
