// Bundles bench entries (bench/engine-entry.ts, bench/server-entry.ts) so plain .mjs benchmarks can
// call the engine in-process or start a server with bench-only options.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles bench/<entry> to dist/<outName> and returns the output path. `options` add to esbuild's
 * (`plugins`) or replace them (`outfile`: a test bundles into a folder of its own).
 */
export async function bundle(entry, outName, options = {}) {
  // Emitted beside the CLI bundle so the code finds the shipped packs exactly as the CLI does.
  const outfile = options.outfile ?? path.join(here, "..", "dist", outName);
  await esbuild.build({
    entryPoints: [path.join(here, entry)],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
    define: { "import.meta.url": "__benchImportMetaUrl" },
    banner: { js: 'const __benchImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
    ...options,
  });
  return outfile;
}

export async function buildEngine() {
  const outfile = await bundle("engine-entry.ts", "bench-engine.cjs");
  const { createRequire } = await import("node:module");
  return createRequire(import.meta.url)(outfile);
}

/** The language server accepting `--debounce-ms N` (bench/server-entry.ts); returns its path. */
export function buildBenchServer() {
  return bundle("server-entry.ts", "bench-server.cjs");
}

/**
 * The engine's in-process lint, timed: returns a function giving the milliseconds to parse and
 * check every document of `pairs` ([name, text]) in a fresh workspace already holding the shipped
 * packs and their recogniser (neither's making is timed). For benchmarks that set a warm engine
 * beside a whole process.
 */
export async function inProcessLint() {
  const engine = await buildEngine();
  const fs = await import("node:fs");
  const packs = engine.shippedPackFiles().map((f) => [f, fs.readFileSync(f, "utf8")]);
  return (pairs) => {
    const ws = new engine.Workspace();
    for (const [f, t] of packs) ws.set(f, t);
    // The recogniser of the packs' phrases, made before the clock starts as the packs' parse is: the CLI
    // reads both from the build's tables at start-up (dist/precompiled/), which this bundle has not got,
    // and would otherwise make it from the phrases inside the timed pass (≈ 25 ms). Fresh each pass, so
    // its memo of recognised prompts starts empty, as a run's does.
    engine.recogniserFor(ws.index);
    const t = performance.now();
    for (const [name, text] of pairs) ws.set(name, text);
    for (const [name] of pairs) engine.checkDocument(ws, name, { today: "2026-11-27" });
    return performance.now() - t;
  };
}
