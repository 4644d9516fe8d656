// Bundles bench/engine-entry.ts so plain .mjs benchmarks can call the engine in-process.
import * as esbuild from "esbuild";
import { fileURLToPath } from "node:url";
import * as path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));

export async function buildEngine() {
  // Emitted beside the CLI bundle so the engine finds the shipped packs exactly as the CLI does.
  const outfile = path.join(here, "..", "dist", "bench-engine.cjs");
  await esbuild.build({
    entryPoints: [path.join(here, "engine-entry.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile,
    logLevel: "warning",
    define: { "import.meta.url": "__benchImportMetaUrl" },
    banner: { js: 'const __benchImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  const { createRequire } = await import("node:module");
  return createRequire(import.meta.url)(outfile);
}
