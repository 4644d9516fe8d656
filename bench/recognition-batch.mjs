// Precision and recall on one batch of real labels only, per part — counts, never the labels —
// so a batch collected blind can be measured before it joins the set (and before anyone tunes
// on it) without showing anyone its wording:
//   node bench/recognition-batch.mjs BATCH.json [BATCH.json …]
// A batch has the shape of test/fixtures/recognition/real-labels.json ({ sources: [...] }).
// `--ids PREFIX,…` instead measures the sources of real-labels.json whose id starts with one of
// the prefixes (a batch after it joined the set).
import { loadRecognitionEvaluation } from "./in-memory-bundle.mjs";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { evaluate, realLabelPrompts } = await loadRecognitionEvaluation();

const args = process.argv.slice(2);
const idsAt = args.indexOf("--ids");
let sources;
if (idsAt >= 0) {
  const prefixes = (args[idsAt + 1] ?? "").split(",").filter(Boolean);
  const set = JSON.parse(readFileSync(new URL("test/fixtures/recognition/real-labels.json", root), "utf8"));
  sources = set.sources.filter((s) => prefixes.some((p) => s.id.startsWith(p)));
} else {
  sources = args.flatMap((f) => {
    try {
      const batch = JSON.parse(readFileSync(f, "utf8"));
      if (!Array.isArray(batch?.sources)) throw new Error('no "sources" array');
      return batch.sources;
    } catch (e) {
      console.error(`${f}: not a batch of real labels (${e.code ?? e.message}); expected the shape of real-labels.json`);
      process.exit(2);
    }
  });
}
if (sources.length === 0) {
  console.error("usage: node bench/recognition-batch.mjs BATCH.json [BATCH.json …] | --ids PREFIX[,PREFIX…]");
  process.exit(2);
}
const prompts = realLabelPrompts({ sources });
const pct = (n, d) => `${(d ? (100 * n) / d : 0).toFixed(1)}%`;
console.log(`${sources.length} sources, ${prompts.length} labels`);
for (const part of ["tune", "test", "both"]) {
  const ps = part === "both" ? prompts : prompts.filter((p) => p.set === part);
  const r = evaluate(ps).overall;
  const positives = r.tp + r.fn;
  console.log(`${part.padEnd(5)} labels ${String(ps.length).padStart(4)}  positives ${String(positives).padStart(3)}  found ${String(r.tp).padStart(3)}  false ${String(r.fp).padStart(3)}  precision ${pct(r.tp, r.tp + r.fp)}  recall ${pct(r.tp, positives)}`);
}
