// Which candidate phrases would teach a concept a word its phrases do not use yet, and of what kind.
// A word's weight is log(1 + concepts / concepts using it) (rules/recognition/vocabulary-index.ts):
//  - a word another concept already uses ("shifts") becomes lighter for one more concept using it, in
//    every label that holds it, for every concept: recognitions near the bar elsewhere move either way;
//  - a word no concept uses ("new") stops weighing as an unknown word and weighs as one concept's word,
//    which changes only the labels that hold it;
//  - a phrase made only of its concept's own words ("ok") moves no weight at all.
// Round 29 kept only "ok" phrases; round 30 found "new" ones as safe (docs/recognition.md, "Round 30").
//   node bench/recognition-new-words.mjs CANDIDATES.json [--neutral OUT.json] [--safe OUT.json]
// CANDIDATES.json: { "concept.id": ["phrase", …] } or { "concept.id": { "comment": "…", "synonyms": [ … ] } }.
// Prints each phrase with its kind and the stems it would add; --neutral writes the "ok" phrases,
// --safe the "ok" and "new" ones (those that move no other concept's word weights).
import { readFileSync, writeFileSync } from "node:fs";
import { loadInMemory } from "./in-memory-bundle.mjs";

const outputs = new Set([process.argv.indexOf("--neutral") + 1, process.argv.indexOf("--safe") + 1].filter((i) => i > 0));
const [file] = process.argv.slice(2).filter((a, i) => !a.startsWith("--") && !outputs.has(i + 2));
const outAt = process.argv.indexOf("--neutral");
const safeAt = process.argv.indexOf("--safe");
const missingOutput = [outAt, safeAt].some((at) => at > 0 && (!process.argv[at + 1] || process.argv[at + 1].startsWith("--")));
if (!file || missingOutput) {
  console.error("usage: node bench/recognition-new-words.mjs CANDIDATES.json [--neutral OUT.json] [--safe OUT.json]");
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
const anyConcept = new Set([...stemsOf.values()].flatMap((stems) => [...stems]));
const candidates = JSON.parse(readFileSync(file, "utf8"));
const neutral = {};
const safe = {};
const keep = (into, concept, entry, phrase) => ((into[concept] ??= { comment: Array.isArray(entry) ? "" : entry.comment, synonyms: [] }).synonyms).push(phrase);
for (const [concept, entry] of Object.entries(candidates)) {
  const own = stemsOf.get(concept);
  if (!own) {
    console.error(`${concept}: no such concept in the shipped packs`);
    process.exitCode = 1;
    continue;
  }
  for (const phrase of Array.isArray(entry) ? entry : entry.synonyms) {
    const added = [...new Set(m.phraseWords(phrase).stems.filter((s) => !own.has(s)))];
    const shifts = added.filter((s) => anyConcept.has(s));
    const kind = added.length === 0 ? "ok" : shifts.length === 0 ? "new" : "shifts";
    console.log(`${kind}\t${concept}\t${phrase}${added.length ? `\tadds ${added.join(", ")}` : ""}${shifts.length ? `; used by other concepts: ${shifts.join(", ")}` : ""}`);
    if (kind === "ok") keep(neutral, concept, entry, phrase);
    if (kind !== "shifts") keep(safe, concept, entry, phrase);
  }
}
if (outAt > 0) writeFileSync(process.argv[outAt + 1], JSON.stringify(neutral, null, 1) + "\n");
if (safeAt > 0) writeFileSync(process.argv[safeAt + 1], JSON.stringify(safe, null, 1) + "\n");
