// How well recognition carries over to wording nobody wrote a phrase for, estimated on the tuning
// part alone. Most of the real labels the recogniser finds, it finds through a phrase that was
// added because a form worded a question that way; the test part's labels have no such phrase,
// which is why its recall is far below the tuning part's. So each tuning label the recogniser
// gets right is read again by a recogniser built without the phrase it was found by (and the
// synonyms that phrase came from): is it still recognised, through the rest of the vocabulary?
// A change that raises this figure makes the recogniser read wording it was not given; one that
// raises only the tuning part's recall has taught it one more wording.
//   node bench/recognition-phrase-out.mjs [--list]
// --list prints the tuning labels lost without their phrase. The test part is never read.
import { readFileSync } from "node:fs";
import { loadInMemory } from "./in-memory-bundle.mjs";

const root = new URL("..", import.meta.url);
const list = process.argv.includes("--list");
const m = await loadInMemory(`
  const fs = require("node:fs");
  const { Workspace } = require("./language/model/workspace");
  const { shippedPackFiles } = require("./rules/shipped-packs");
  const { conceptVocabulary } = require("./rules/recognition/vocabulary");
  const { Recogniser } = require("./rules/recognition/recogniser");
  const { realLabelPrompts } = require("./bench/recognition-labelled-set");
  const ws = new Workspace();
  for (const f of shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
  module.exports = { vocabulary: conceptVocabulary(ws.index), Recogniser, realLabelPrompts };`);

const set = JSON.parse(readFileSync(new URL("test/fixtures/recognition/real-labels.json", root), "utf8"));
const tune = m.realLabelPrompts(set).filter((p) => p.set === "tune" && p.concept !== null);
const full = new m.Recogniser(m.vocabulary);
const read = (r, p) => r.recognise({ ...p, label: p.label ?? p.prompt });

// The tuning labels found right, grouped by the phrase that found them.
const byPhrase = new Map();
let found = 0;
for (const p of tune) {
  const got = read(full, p);
  if (got?.concept !== p.concept) continue;
  found++;
  const key = `${got.concept}\u0000${got.phrase ?? ""}`;
  if (!byPhrase.has(key)) byPhrase.set(key, []);
  byPhrase.get(key).push(p);
}

const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
/**
 * The concept's vocabulary without the phrase, and without the synonym it is a variant of where it
 * is one of the variants a synonym with choices makes ("caregiver/parent", "a (b)", "a or b").
 */
function without(concept, phrase) {
  const n = norm(phrase);
  const drop = (s) => norm(s) === n || (/[/(]|\bor\b/.test(s) && n.split(" ").every((w) => norm(s).split(" ").includes(w)));
  return m.vocabulary.map((c) => (c.id !== concept ? c : { ...c, title: c.title && drop(c.title) ? undefined : c.title, synonyms: c.synonyms.filter((s) => !drop(s)) }));
}

let kept = 0;
let codes = 0;
const lost = [];
for (const [key, prompts] of byPhrase) {
  const [concept, phrase] = key.split("\u0000");
  if (!phrase) {
    // Found by an item code, not a phrase: a code carries over by definition.
    codes += prompts.length;
    kept += prompts.length;
    continue;
  }
  const r = new m.Recogniser(without(concept, phrase));
  for (const p of prompts) {
    const got = read(r, p);
    if (got?.concept === p.concept) kept++;
    else lost.push({ label: p.prompt, concept, phrase, got: got?.concept ?? null });
  }
}
const positives = tune.length;
const pct = (x) => (100 * x).toFixed(1) + "%";
console.log(`tuning part: ${positives} labels about a concept, ${found} found (recall ${pct(found / positives)}); ${byPhrase.size} phrases found them (${codes} found by a code)`);
console.log(`without the phrase each was found by: ${kept} still found (recall ${pct(kept / positives)}), ${lost.length} lost (${lost.filter((l) => l.got).length} of them read as another concept)`);
if (list) for (const l of lost) console.log(`  ${JSON.stringify(l.label)}: ${l.concept} via "${l.phrase}" → ${l.got ?? "nothing"}`);
