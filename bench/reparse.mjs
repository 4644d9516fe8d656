// What typing costs the parser: a 5,000-line form, one character typed at a time into its first
// label (the worst place: every node after it moves), re-parsed incrementally after each edit,
// side by side with a full parse of the same text. Medians after a warm-up.
//   node bench/reparse.mjs [--lines 5000] [--edits 300]
import { numberArg } from "./cli-args.mjs";
import { buildEngine } from "./build.mjs";
import { generateFormOfLines } from "./generate-forms.mjs";
import { median } from "./interleave.mjs";

const engine = await buildEngine();
const edits = numberArg("edits", 300);
const warmup = 100;
let text = generateFormOfLines(numberArg("lines", 5000));
const lines = text.split("\n");
const line = lines.findIndex((l) => l.trim().startsWith('label "'));
let at = lines.slice(0, line).join("\n").length + 1 + lines[line].indexOf('"') + 1;
let doc = engine.parseDocument("/bench.form", text);
const incremental = [];
const full = [];
for (let n = 0; n < edits + warmup; n++) {
  const next = text.slice(0, at) + "x" + text.slice(at);
  at++;
  const t0 = performance.now();
  engine.parseDocument("/bench.form", next);
  const t1 = performance.now();
  const fast = engine.reparse(doc, next);
  const t2 = performance.now();
  if (!fast) {
    // Without the incremental path every figure below would be a full parse: say so, measure nothing.
    process.stderr.write(`bench/reparse.mjs: edit ${n + 1} did not take the incremental path (the generated form has changed?); nothing measured.\n`);
    process.exit(2);
  }
  if (n >= warmup) {
    full.push(t1 - t0);
    incremental.push(t2 - t1);
  }
  doc = fast;
  text = next;
}
const inc = median(incremental);
const whole = median(full);
console.log(`formguard re-parse — node ${process.version}; ${lines.length}-line form, ${edits} characters typed into its first label (after ${warmup} warm-up)`);
console.log(`incremental re-parse   median ${inc.toFixed(2)} ms`);
console.log(`full parse             median ${whole.toFixed(2)} ms   (${(whole / inc).toFixed(1)}× the incremental re-parse)`);
