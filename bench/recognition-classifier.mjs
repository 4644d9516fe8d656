// A learned classifier as a recognition signal (issue 16: "go beyond hand-written synonym lists
// where that measurably helps"), measured by cross-validation on the real labels' TUNING part only:
// the test part is filtered out before anything is read, so the decision to keep or drop the signal
// cannot have been made on it.
//
// The model (bench/recognition-classifier-model.mjs) is a multinomial logistic regression over the
// label's word stems (the recogniser's own `words`/`stem`), stem pairs, the enclosing group's stems,
// the options' stems and the field type; "none" is a class of its own. The tuning part's sources are
// split into five folds by a hash of the source id (never by label); for each fold a model is trained
// on the other four (plus, in the "with written" rows, every field of the written forms' tuning part
// and the tuning half of prompts.json) and read on the fold. Three readings, each against the
// recogniser as it is (tuned on these same labels, so its own figure is optimistic and the
// classifier's part is what is measured):
//  - add: where the recogniser finds nothing, the classifier's concept when its probability ≥ bar;
//  - agree: the same, only when the recogniser's nearest concept below its bar is the same one;
//  - veto: a recognition dropped when the classifier gives "none" a probability ≥ bar.
//   node bench/recognition-classifier.mjs
import { loadInMemory } from "./in-memory-bundle.mjs";
import { trainClassifier } from "./recognition-classifier-model.mjs";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const P = await loadInMemory(`
  const fs = require("node:fs");
  const path = require("node:path");
  const { Workspace } = require("./language/model/workspace");
  const { shippedPackFiles } = require("./rules/shipped-packs");
  const { recogniserFor } = require("./rules/recognition/vocabulary");
  const { realLabelPrompts } = require("./bench/recognition-labelled-set");
  const { readWrittenForms } = require("./bench/written-forms-evaluate");
  const { parseDocument } = require("./language/parse");
  const { buildFormModel } = require("./language/model/form-model");
  const { labelOf } = require("./rules/recognition/form-recognition");
  const { words, stem, isStopWord } = require("./rules/recognition/normalise");
  const ws = new Workspace();
  for (const f of shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
  // Every keyed field of the written forms of one part, as the recogniser would be shown it.
  function writtenFields(dir) {
    return readWrittenForms(dir).flatMap((w) => {
      const form = parseDocument(w.file, w.text).ast.items.find((i) => i.kind === "form");
      if (!form) return [];
      return buildFormModel(form).fields.flatMap((info) => {
        const c = w.key.fields[info.field.name.text];
        if (c === undefined) return [];
        const context = info.path.map((s) => s.title && s.title.value).filter(Boolean).reverse();
        return [{ label: labelOf(info), options: info.field.options.map((o) => o.value), type: info.field.type && info.field.type.text, context, concept: Array.isArray(c) ? c[0] : c }];
      });
    });
  }
  module.exports = { recogniser: recogniserFor(ws.index), realLabelPrompts, writtenFields, words, stem, isStopWord };`);

const json = (p) => JSON.parse(readFileSync(new URL(p, root), "utf8"));
const tune = P.realLabelPrompts(json("test/fixtures/recognition/real-labels.json")).filter((p) => p.set === "tune");
const stems = (text) => (text ? P.words(text).filter((w) => !P.isStopWord(w) && !/^\d+$/.test(w)).map(P.stem) : []);

function features(p) {
  const out = new Set();
  const s = stems(p.label ?? p.prompt);
  for (const w of s) out.add("w:" + w);
  for (let i = 0; i + 1 < s.length; i++) out.add(`b:${s[i]}_${s[i + 1]}`);
  for (const w of stems(p.context?.[0])) out.add("g:" + w);
  for (const o of (p.options ?? []).slice(0, 12)) for (const w of stems(o)) out.add("o:" + w);
  if (p.type) out.add("t:" + p.type);
  return [...out];
}
const example = (p) => ({ features: features(p), label: p.concept ?? "none" });

const written = P.writtenFields(new URL("test/fixtures/written-forms/tune", root).pathname).map(example);
const prompts = json("test/fixtures/recognition/prompts.json").filter((p) => p.set === "tune").map((p) => example({ label: p.prompt, concept: p.concept }));
const FOLDS = 5;
const foldOf = (source) => [...source].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 0) % FOLDS;
const BARS = [0.5, 0.7, 0.8, 0.9, 0.95];
const asked = tune.map((p) => ({ ...p, label: p.label ?? p.prompt }));
const recognised = asked.map((p) => P.recogniser.recognise(p)?.concept ?? null);
const nearest = asked.map((p, i) => (recognised[i] ? undefined : P.recogniser.nearest(p, 0.4)?.concept));

function crossValidate(extra) {
  const rows = BARS.map((bar) => ({ bar, addRight: 0, addFalse: 0, addWrong: 0, agreeRight: 0, agreeFalse: 0, vetoFalse: 0, vetoRight: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainClassifier([...extra, ...asked.filter((p) => foldOf(p.source) !== fold).map(example)]);
    asked.forEach((p, i) => {
      if (foldOf(p.source) !== fold) return;
      const r = model.predict(features(p));
      const pNone = r.probabilities.get("none") ?? 0;
      for (const row of rows) {
        if (!recognised[i] && r.label !== "none" && r.p >= row.bar) {
          const kind = r.label === p.concept ? "Right" : p.concept ? "Wrong" : "False";
          row["add" + kind]++;
          if (nearest[i] === r.label) row[kind === "Right" ? "agreeRight" : "agreeFalse"]++;
        }
        if (recognised[i] && pNone >= row.bar) row[recognised[i] === p.concept ? "vetoRight" : "vetoFalse"]++;
      }
    });
  }
  return rows;
}

const found = recognised.filter((c, i) => c && c === asked[i].concept).length;
const falseOnes = recognised.filter((c, i) => c && c !== asked[i].concept).length;
console.log(`Real labels, tuning part: ${asked.length} labels, ${asked.filter((p) => p.concept).length} about a concept; the recogniser finds ${found}, ${falseOnes} false.`);
console.log(`Training rows besides the other folds: ${written.length} written-form fields, ${prompts.length} prompts.\n`);
console.log("trained on               bar   add: right false wrong   agree: right false   veto: false removed, right removed");
for (const [name, extra] of [["real labels only", []], ["with written + prompts", [...written, ...prompts]]]) {
  for (const r of crossValidate(extra)) {
    console.log(`${name.padEnd(24)} ${r.bar.toFixed(2)}   ${String(r.addRight).padStart(9)} ${String(r.addFalse).padStart(5)} ${String(r.addWrong).padStart(5)}   ${String(r.agreeRight).padStart(12)} ${String(r.agreeFalse).padStart(5)}   ${String(r.vetoFalse).padStart(19)} ${String(r.vetoRight).padStart(15)}`);
  }
}
