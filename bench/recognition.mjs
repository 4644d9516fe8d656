// Precision and recall of concept recognition, per concept and per part:
//  - the headline: real labels taken verbatim from public forms (test/fixtures/recognition/
//    real-labels.json, sources in SOURCES.md), split by source form into a tuning part and a
//    test part that is never tuned on;
//  - whole forms written by others with answer keys (test/fixtures/written-forms/), linted with
//    inference on: the verdicts a user sees, in a tuning part and a held-out part;
//  - secondary: the hand-written prompts of test/fixtures/recognition/prompts.json.
//   node bench/recognition.mjs [--mistakes]
// --mistakes is the tuning mode: it lists the tuning part's mistakes and leaves the test part out
// altogether (not even its per-concept counts are computed), so a tuning session never sees it.
// The TypeScript sources are bundled in memory with esbuild, so no build step is needed.
import { loadRecognitionEvaluation } from "./in-memory-bundle.mjs";
import { readFileSync } from "node:fs";

const root = new URL("..", import.meta.url);
const { evaluate, evaluateAsCounted, realLabelPrompts, evaluateWrittenForms } = await loadRecognitionEvaluation();
const json = (p) => JSON.parse(readFileSync(new URL(p, root), "utf8"));
const pct = (x) => (100 * x).toFixed(1).padStart(5) + "%";
const showMistakes = process.argv.includes("--mistakes");

function report(title, prompts, parts) {
  const r = evaluate(prompts);
  console.log(`${title}: ${prompts.length} labels (${prompts.filter((p) => p.concept === null).length} about no concept)\n`);
  console.log("concept".padEnd(40), parts.map((s) => `${s.padStart(7)}: tp  fp  fn`).join("   "));
  const ids = [...r.byConcept.keys()].sort();
  for (const id of ids) {
    const cells = parts.map((s) => {
      const c = r.byConceptInSet[s]?.get(id) ?? { tp: 0, fp: 0, fn: 0 };
      return `${"".padStart(8)} ${String(c.tp).padStart(3)} ${String(c.fp).padStart(3)} ${String(c.fn).padStart(3)}`;
    });
    console.log(id.padEnd(40), cells.join("   "));
  }
  console.log("");
  for (const s of parts) {
    const c = r.bySet[s];
    if (c) console.log(`${s.padEnd(8)} n=${String(c.n).padStart(3)}  positives=${String(c.tp + c.fn).padStart(3)}  precision ${pct(c.precision)}  recall ${pct(c.recall)}`);
  }
  if (showMistakes) {
    console.log("\nMistakes (tuning part only):");
    for (const m of r.mistakes.filter((m) => m.set === "tune")) console.log(`  ${JSON.stringify(m.prompt)}: expected ${m.expected}, got ${m.got}${m.phrase ? ` via "${m.phrase}" (${m.score.toFixed(2)})` : ""}`);
  }
  console.log("");
  return r;
}

/**
 * The same labels as a user meets them: each read on a form of its source's kind through the
 * CLI's path (bench/recognition-as-counted.ts): only recognitions that count on that kind of form,
 * a general question counted as the particular concept the form needs.
 */
function reportCounted(prompts, parts) {
  const r = evaluateAsCounted(prompts);
  console.log("As counted on a form of each source's kind (the CLI's path: needed concepts, refinements):");
  for (const s of parts) {
    const c = r.bySet[s];
    if (c) console.log(`${s.padEnd(8)} n=${String(c.n).padStart(3)}  positives=${String(c.tp + c.fn).padStart(3)}  precision ${pct(c.precision)}  recall ${pct(c.recall)}  (${c.tp} found, ${c.fp} false)`);
  }
  if (showMistakes) {
    console.log("\nMistakes as counted (tuning part only):");
    for (const m of r.mistakes.filter((m) => m.set === "tune")) console.log(`  ${JSON.stringify(m.prompt)} on ${JSON.stringify(m.kind ?? {})}: expected ${m.expected}, counted ${m.got}${m.asked ? ` (asked as ${m.asked})` : ""}`);
  }
  console.log("");
}

/** Verdicts on whole forms written by others (bench/written-forms-evaluate.ts), per part. */
function reportWrittenForms(parts) {
  console.log("Forms written by others, linted with --infer (test/fixtures/written-forms/; verdicts as the CLI gives them):");
  for (const part of parts) {
    const r = evaluateWrittenForms(new URL(`test/fixtures/written-forms/${part}`, root).pathname);
    console.log(`${part.padEnd(8)} forms=${r.forms}  needed prompts asked=${r.asked}  false alarms ${r.falseAlarms} (${pct(r.falseAlarms / r.asked).trim()})  silenced ${r.silenced}  rightly missing ${r.rightlyMissing}  recognised fields ${r.fieldsRight} right, ${r.fieldsWrong} wrong`);
    if (showMistakes) for (const f of r.findings) console.log(`  ${f.form}: ${f.kind} ${f.concept} (${f.fields.join(", ")})${f.kind === "wrong field" ? `, key ${JSON.stringify(f.expected)}` : ""}`);
  }
  console.log("");
}

const realLabels = realLabelPrompts(json("test/fixtures/recognition/real-labels.json"));
if (showMistakes) {
  const tune = realLabels.filter((p) => p.set === "tune");
  report("Real labels from public forms, tuning part only (--mistakes leaves the test part out)", tune, ["tune"]);
  reportCounted(tune, ["tune"]);
  reportWrittenForms(["tune"]);
} else {
  report("Real labels from public forms (headline; SOURCES.md)", realLabels, ["tune", "test"]);
  reportCounted(realLabels, ["tune", "test"]);
  reportWrittenForms(["tune", "held-out"]);
}
report("Hand-written prompts (secondary)", json("test/fixtures/recognition/prompts.json"), ["tune", "holdout"]);
