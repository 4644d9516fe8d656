// Runs TypeScript sources of the project in this process without a build step: `entry` (a
// CommonJS module body that requires project files relative to the repository root) is bundled
// in memory by esbuild and its `module.exports` returned. The recognition benches use it.
import * as esbuild from "esbuild";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url);

export async function loadInMemory(entry) {
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: root.pathname, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "error",
    define: { "import.meta.url": JSON.stringify(new URL("bench/", root).href) },
  });
  const mod = { exports: {} };
  const self = new URL("bench/in-memory-bundle.mjs", root);
  new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(mod, mod.exports, createRequire(self), self.pathname, new URL("bench/", root).pathname);
  return mod.exports;
}

/**
 * The shipped packs' recogniser with the evaluation helpers: `evaluate(prompts)`,
 * `evaluateAsCounted(prompts)` (on a form of each source's kind, as the CLI counts),
 * `realLabelPrompts(set)` and `evaluateWrittenForms(dir)` (whole forms, bench/written-forms-evaluate.ts).
 */
export function loadRecognitionEvaluation() {
  return loadInMemory(`
    const fs = require("node:fs");
    const { Workspace } = require("./language/model/workspace");
    const { shippedPackFiles } = require("./rules/shipped-packs");
    const { recogniserFor } = require("./rules/recognition/vocabulary");
    const { evaluate } = require("./bench/recognition-evaluate");
    const { evaluateAsCounted } = require("./bench/recognition-as-counted");
    const { realLabelPrompts } = require("./bench/recognition-labelled-set");
    const { evaluateWrittenForms, readWrittenForms } = require("./bench/written-forms-evaluate");
    const ws = new Workspace();
    const packs = shippedPackFiles().map((f) => [f, fs.readFileSync(f, "utf8")]);
    for (const [f, text] of packs) ws.set(f, text);
    module.exports = {
      evaluate: (prompts) => evaluate(recogniserFor(ws.index), prompts),
      evaluateAsCounted: (prompts) => evaluateAsCounted(recogniserFor(ws.index), ws.index, prompts),
      realLabelPrompts,
      evaluateWrittenForms: (dir) => evaluateWrittenForms(readWrittenForms(dir), packs),
    };`);
}
