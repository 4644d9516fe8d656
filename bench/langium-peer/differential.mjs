// Does the Langium peer accept exactly what formguard's parser accepts? Mutants of every example
// and shipped pack (a token deleted, inserted or replaced, a character inserted or deleted) are
// parsed by both; each text one accepts and the other refuses is printed. README.md's "a
// differential run found no text …" is this script's finding.
// Usage: node bench/langium-peer/differential.mjs [--mutants 30000] [--seed 1]
import * as fs from "node:fs";
import * as path from "node:path";
import { buildEngine } from "../build.mjs";
import { numberArg as arg, root } from "../cli-args.mjs";
import { rng } from "../generate-forms.mjs";
import { loadLangiumPeer } from "./build.mjs";

const mutants = arg("mutants", 30000);
const engine = await buildEngine();
const peer = await loadLangiumPeer();
const parser = peer.createFormguardPeerServices().parser.LangiumParser;

const sources = [
  ...fs.readdirSync(path.join(root, "examples"), { recursive: true }).filter((f) => /\.form(rules)?$/.test(f)).map((f) => path.join(root, "examples", f)),
  ...engine.shippedPackFiles(),
].map((file) => ({ file: path.relative(root, file), text: fs.readFileSync(file, "utf8") }));

// The generator's seeded random numbers: the same mutants for the same seed, run after run.
const random = rng(arg("seed", 1));
const pick = (xs) => xs[Math.floor(random() * xs.length)];

/** Roughly the language's tokens: enough to delete, insert or replace whole ones. */
const TOKEN = /"(?:[^"\\\n]|\\.)*"|\/\/[^\n]*|[A-Za-z0-9_./-]+|\.\.|!=|<=|>=|\S/g;
/** Characters that make the lexers disagree if anything does: quotes, escapes, dots, capitals. */
const CHARS = '"{}(),.=<>!/*\\-_A0 \nz9rt';

function mutate(text) {
  if (random() < 0.5) {
    const at = Math.floor(random() * (text.length + 1));
    return random() < 0.5 ? text.slice(0, at) + pick(CHARS) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
  }
  const tokens = [...text.matchAll(TOKEN)];
  const t = pick(tokens);
  const other = pick(tokens)[0];
  const end = t.index + t[0].length;
  switch (Math.floor(random() * 3)) {
    case 0: return text.slice(0, t.index) + text.slice(end);
    case 1: return text.slice(0, t.index) + other + " " + text.slice(t.index);
    default: return text.slice(0, t.index) + other + text.slice(end);
  }
}

let refused = 0;
const disagreements = [];
for (let i = 0; i < mutants; i++) {
  const { file, text } = pick(sources);
  const mutant = mutate(text);
  const formguardError = engine.parseDocument(file, mutant).syntaxErrors[0]?.message;
  const peerError = peer.firstSyntaxError(parser.parse(mutant));
  if (formguardError) refused++;
  if (!formguardError !== !peerError) disagreements.push({ file, mutant, formguardError, peerError });
}
console.log(`${mutants} mutants of ${sources.length} files: formguard refused ${refused}; the peer disagreed on ${disagreements.length}`);
for (const d of disagreements.slice(0, 20)) {
  console.log(`- a mutant of ${d.file}: formguard ${d.formguardError ? `refuses it (${d.formguardError})` : "accepts it"}; the peer ${d.peerError ? `refuses it (${d.peerError})` : "accepts it"}`);
}
process.exitCode = disagreements.length > 0 ? 1 : 0;
