// Where a whole-process batch's time goes, measured from outside with nothing instrumented:
// `formguard lint` over the first N of the generated forms for growing N, interleaved with
// `node -e 0` and the JSON.parse process of the 1,000 forms (throughput.mjs's reference), medians.
// The time to lint one form is start-up; each later step's extra time per form shows what a form
// costs at that point of a run. A fresh process runs its first forms in V8's interpreter and pays
// for compiling them, so early forms cost several times what late ones do; the in-process figure
// (the same engine, warm) is what a form costs once everything is compiled.
//
// A sampling profile (`node --cpu-prof`) of the same run is misleading on a 2-core machine: while
// V8's compiler and collector threads hold both cores, the main thread's samples land wherever it
// was descheduled (a file read took 376 ms of samples against 17 ms timed around it).
//
//   node bench/batch-breakdown.mjs [--forms 1000] [--runs 5]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inProcessLint } from "./build.mjs";
import { numberArg as arg, root } from "./cli-args.mjs";
import { generateForms } from "./generate-forms.mjs";
import { loadavg } from "./lsp-client.mjs";
import { median } from "./interleave.mjs";

const count = arg("forms", 1000);
const runs = arg("runs", 5);
const steps = [1, 50, 100, 250, 500, count].filter((n, i, all) => n <= count && all.indexOf(n) === i);

if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root });
const cli = path.join(root, "bin", "formguard.js"); // the installed command, with its code cache
const forms = generateForms(count, { sections: 6, fieldsPerSection: 4 });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-breakdown-"));
for (const n of steps) {
  const dir = path.join(tmp, `first-${n}`);
  fs.mkdirSync(dir);
  for (const [name, text] of forms.slice(0, n)) fs.writeFileSync(path.join(dir, name), text);
}
const jsonFile = path.join(tmp, "forms.json");
fs.writeFileSync(jsonFile, JSON.stringify(forms.map(([name, text]) => ({ name, lines: text.split("\n") }))));
const jsonScript = `JSON.parse(require("fs").readFileSync(${JSON.stringify(jsonFile)}, "utf8"))`;

/** Wall time (ms) of one process. */
function once(args) {
  const t = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: ["ignore", "ignore", "ignore"], cwd: root });
  } catch (e) {
    if (e.status !== 1) throw e; // exit 1 = lint findings, expected
  }
  return performance.now() - t;
}

const loadBefore = loadavg();
const commands = [
  ["node -e 0", ["-e", "0"]],
  ["JSON.parse process", ["-e", jsonScript]],
  ...steps.map((n) => [`lint ${n}`, [cli, "lint", path.join(tmp, `first-${n}`), "--format", "json", "--today", "2026-11-27", "--concurrency", "1"]]),
];
const times = new Map(commands.map(([name]) => [name, []]));
// Round by round, every command once: a change in the machine's load falls on all alike.
for (let r = 0; r < runs; r++) for (const [name, args] of commands) times.get(name).push(once(args));
const ms = (name) => median(times.get(name));

// In process, warm: the same engine after two runs over every form (compiled and optimised).
const lintInProcess = await inProcessLint();
const inProcess = () => lintInProcess(forms);
inProcess();
inProcess();
const warm = median([inProcess(), inProcess(), inProcess()]);
fs.rmSync(tmp, { recursive: true, force: true });

console.log(`formguard batch breakdown — node ${process.version}, ${os.cpus().length} cores, median of ${runs} interleaved rounds, load average ${loadBefore} → ${loadavg()}`);
console.log(`command: node bench/batch-breakdown.mjs --forms ${count} --runs ${runs}\n`);
console.log(`node -e 0                      ${ms("node -e 0").toFixed(0).padStart(6)} ms`);
console.log(`JSON.parse process (${count} forms) ${ms("JSON.parse process").toFixed(0).padStart(6)} ms   (the batch figure's reference)`);
console.log(`\n${"whole-process lint".padEnd(30)} ${"median".padStart(9)}   extra per form over the step before`);
let before;
for (const n of steps) {
  const t = ms(`lint ${n}`);
  const extra = before ? `${((t - before.t) / (n - before.n)).toFixed(2)} ms a form (forms ${before.n + 1}–${n})` : "start-up and the first form";
  console.log(`${`lint, first ${n} form${n === 1 ? "" : "s"}`.padEnd(30)} ${t.toFixed(0).padStart(6)} ms   ${extra}`);
  before = { n, t };
}
const total = ms(`lint ${count}`);
const startUp = ms("lint 1");
const perWarmForm = warm / count;
console.log(`\nin process, warm (parse + check, no reading or output): ${perWarmForm.toFixed(2)} ms a form`);
console.log(`the ${count}-form run: start-up ${startUp.toFixed(0)} ms (node alone ${ms("node -e 0").toFixed(0)} ms) + ${(total - startUp).toFixed(0)} ms for the forms, of which ` +
  `${(perWarmForm * (count - 1)).toFixed(0)} ms would be their warm cost; the rest, ${(total - startUp - perWarmForm * (count - 1)).toFixed(0)} ms, is reading, output and a fresh process's compiling`);
console.log(`ratio to the JSON.parse process: ${(total / ms("JSON.parse process")).toFixed(2)}× (start-up alone ${(startUp / ms("JSON.parse process")).toFixed(2)}×)`);
// bench/startup.mjs times a compliant form, which needs no recognition; a generated form misses
// prompts, so its one-form run also builds the recogniser and reads its untagged fields.
console.log(`one generated form (it misses prompts, so recognition runs) / node -e 0: ${(startUp / ms("node -e 0")).toFixed(2)}×`);
