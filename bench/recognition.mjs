// Precision and recall of concept recognition over test/fixtures/recognition/prompts.json,
// per concept and overall (and separately for the tuning and held-out parts).
//   node bench/recognition.mjs [--mistakes]
// The TypeScript sources are bundled in memory with esbuild, so no build step is needed.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const root = new URL("..", import.meta.url);
const entry = `
  const fs = require("node:fs");
  const { Workspace } = require("./language/model/workspace");
  const { shippedPackFiles } = require("./rules/shipped-packs");
  const { recogniserFor } = require("./rules/recognition/vocabulary");
  const { evaluate } = require("./bench/recognition-evaluate");
  module.exports = (prompts) => {
    const ws = new Workspace();
    for (const f of shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
    return evaluate(recogniserFor(ws.index), prompts);
  };`;
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
new Function("module", "exports", "require", "__filename", "__dirname", out.outputFiles[0].text)(mod, mod.exports, createRequire(new URL("bench/recognition.mjs", root)), new URL("bench/recognition.mjs", root).pathname, new URL("bench/", root).pathname);
const prompts = JSON.parse(readFileSync(new URL("test/fixtures/recognition/prompts.json", root), "utf8"));
const r = mod.exports(prompts);

const pct = (x) => (100 * x).toFixed(1).padStart(5) + "%";
console.log(`Concept recognition over ${prompts.length} prompts (${prompts.filter((p) => p.concept === null).length} about no concept)\n`);
console.log("concept".padEnd(40), "  tp  fp  fn  precision  recall");
for (const [id, c] of [...r.byConcept].sort((a, b) => a[0].localeCompare(b[0]))) {
  console.log(id.padEnd(40), String(c.tp).padStart(4), String(c.fp).padStart(3), String(c.fn).padStart(3), pct(c.precision).padStart(10), pct(c.recall).padStart(7));
}
console.log("");
for (const [set, c] of Object.entries(r.bySet)) console.log(`${set.padEnd(8)} n=${String(c.n).padStart(3)}  precision ${pct(c.precision)}  recall ${pct(c.recall)}`);
console.log(`overall  n=${String(r.overall.n).padStart(3)}  precision ${pct(r.overall.precision)}  recall ${pct(r.overall.recall)}`);
if (process.argv.includes("--mistakes")) {
  console.log("\nMistakes:");
  for (const m of r.mistakes) console.log(`  ${JSON.stringify(m.prompt)}: expected ${m.expected}, got ${m.got}${m.phrase ? ` via "${m.phrase}" (${m.score.toFixed(2)})` : ""}`);
}
