// Which candidate phrases would teach a concept a word its phrases do not use yet. A word's weight
// is log(1 + concepts / concepts using it) (rules/recognition/vocabulary-index.ts), so such a phrase
// moves that word's weight in every label that holds it, for every concept: recognitions near the
// bar elsewhere move either way. A phrase made only of its concept's own words moves no weight and
// can add only what it matches itself (docs/recognition.md, "Round 29").
//   node bench/recognition-new-words.mjs CANDIDATES.json [--neutral OUT.json]
// CANDIDATES.json: { "concept.id": ["phrase", …] } or { "concept.id": { "comment": "…", "synonyms": [ … ] } }.
// Prints each phrase with the stems it would add ("ok" when none); --neutral writes the phrases that add none.
import { readFileSync, writeFileSync } from "node:fs";
import { loadInMemory } from "./in-memory-bundle.mjs";

const [file] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const outAt = process.argv.indexOf("--neutral");
if (!file) {
  console.error("usage: node bench/recognition-new-words.mjs CANDIDATES.json [--neutral OUT.json]");
  process.exit(2);
}
const m = await loadInMemory(`
  const fs = require("node:fs");
  const { Workspace } = require("./language/model/workspace");
  const { shippedPackFiles } = require("./rules/shipped-packs");
  const { conceptVocabulary } = require("./rules/recognition/vocabulary");
  const { phraseWords } = require("./rules/recognition/phrase-table");
  const ws = new Workspace();
  for (const f of shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
  module.exports = { vocabulary: conceptVocabulary(ws.index), phraseWords };`);

const stemsOf = new Map(m.vocabulary.map((c) => [c.id, new Set([c.title, ...c.synonyms].filter(Boolean).flatMap((t) => m.phraseWords(t).stems))]));
const candidates = JSON.parse(readFileSync(file, "utf8"));
const neutral = {};
for (const [concept, entry] of Object.entries(candidates)) {
  const own = stemsOf.get(concept);
  if (!own) {
    console.error(`${concept}: no such concept in the shipped packs`);
    process.exitCode = 1;
    continue;
  }
  for (const phrase of Array.isArray(entry) ? entry : entry.synonyms) {
    const added = m.phraseWords(phrase).stems.filter((s) => !own.has(s));
    console.log(`${added.length ? `adds ${added.join(", ")}` : "ok"}\t${concept}\t${phrase}`);
    if (!added.length) ((neutral[concept] ??= { comment: Array.isArray(entry) ? "" : entry.comment, synonyms: [] }).synonyms).push(phrase);
  }
}
if (outAt > 0) writeFileSync(process.argv[outAt + 1], JSON.stringify(neutral, null, 1) + "\n");
