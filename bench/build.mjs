// Bundles bench entries (bench/engine-entry.ts, bench/server-entry.ts) so plain .mjs benchmarks can
// call the engine in-process or start a server with bench-only options.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Bundles bench/<entry> to dist/<outName> and returns the output path. */
async function bundle(entry, outName) {
  // Emitted beside the CLI bundle so the code finds the shipped packs exactly as the CLI does.
  const outfile = path.join(here, "..", "dist", outName);
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
