// Scaling, measured side by side in one run (issue-8 goals, printed with PASS/MISS):
//   - 2,000 forms lint within 2.2× the time of 1,000 forms;
//   - one ~50,000-line form within 60× the time of one ~1,000-line form (no quadratic passes).
// Each pair is timed twice: whole process (`node bin/formguard.js lint … --format json --today
// 2026-11-27`, median of --runs) and in process (bench/build.mjs's engine, parse + check, median
// of --runs after one warm-up), so the CLI's start-up does not mask how the work itself scales.
//
//   node bench/scaling.mjs [--forms 1000] [--lines 1000] [--factor-forms 2] [--factor-lines 50] [--runs 3]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inProcessLint } from "./build.mjs";
import { numberArg as arg, root } from "./cli-args.mjs";
import { generateFormOfLines, generateForms } from "./generate-forms.mjs";
import { loadavg } from "./lsp-client.mjs";
import { median } from "./interleave.mjs";

const forms = arg("forms", 1000);
const lines = arg("lines", 1000);
const factorForms = arg("factor-forms", 2);
const factorLines = arg("factor-lines", 50);
const runs = arg("runs", 3);
const GOAL = { forms: 2.2, lines: 60 };

execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root, stdio: "inherit" });
const cli = path.join(root, "bin", "formguard.js"); // the installed command
const loadBefore = loadavg();

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-scaling-"));
const inputs = {};
/** Writes `pairs` ([name, text]) under tmp/<key>; the CLI lints `target` (the folder, or its only file). */
function input(key, pairs, single) {
  const dir = path.join(tmp, key);
  fs.mkdirSync(dir);
  for (const [name, text] of pairs) fs.writeFileSync(path.join(dir, name), text);
  const lineCount = pairs.reduce((a, [, t]) => a + t.split("\n").length, 0);
  inputs[key] = { pairs, lines: lineCount, target: single ? path.join(dir, pairs[0][0]) : dir };
}
input("small", generateForms(forms));
input("large", generateForms(forms * factorForms));
input("short", [["short.form", generateFormOfLines(lines)]], true);
input("long", [["long.form", generateFormOfLines(lines * factorLines)]], true);


/** Whole-process wall time (ms) of one `formguard lint <target>`. */
function wallOnce(target) {
  const t = performance.now();
  try {
    execFileSync(process.execPath, [cli, "lint", target, "--format", "json", "--today", "2026-11-27"], { stdio: ["ignore", "ignore", "ignore"], cwd: root });
  } catch (e) {
    if (e.status !== 1) throw e; // exit 1 = lint findings, expected
  }
  return performance.now() - t;
}

/** In-process parse + check (ms) of every document of `pairs`, in a fresh workspace holding the shipped packs. */
const inProcessOnce = await inProcessLint();

// The two sides of each comparison alternate run by run, so a change in the machine's load
// falls on both alike; the median of each side is kept. In process, one warm-up run each first.
const results = {};
for (const [a, b] of [["small", "large"], ["short", "long"]]) {
  const times = { [a]: { wall: [], inProcess: [] }, [b]: { wall: [], inProcess: [] } };
  for (let i = 0; i < runs; i++) for (const key of [a, b]) times[key].wall.push(wallOnce(inputs[key].target));
  for (const key of [a, b]) inProcessOnce(inputs[key].pairs);
  for (let i = 0; i < runs; i++) for (const key of [a, b]) times[key].inProcess.push(inProcessOnce(inputs[key].pairs));
  for (const key of [a, b]) results[key] = { wall: median(times[key].wall), inProcess: median(times[key].inProcess), times: times[key] };
}
const loadAfter = loadavg();
fs.rmSync(tmp, { recursive: true, force: true });

console.log(`formguard scaling — node ${process.version}, ${os.cpus().length} cores, median of ${runs}, load average ${loadBefore} → ${loadAfter}`);
console.log(`command: node bench/scaling.mjs --forms ${forms} --lines ${lines} --factor-forms ${factorForms} --factor-lines ${factorLines} --runs ${runs}`);
console.log(`whole process: node bin/formguard.js lint <dir|file> --format json --today 2026-11-27; in process: parse + checkDocument (bench/build.mjs)\n`);
const describe = {
  small: `${inputs.small.pairs.length} forms (${inputs.small.lines} lines)`,
  large: `${inputs.large.pairs.length} forms (${inputs.large.lines} lines)`,
  short: `one form of ${inputs.short.lines} lines`,
  long: `one form of ${inputs.long.lines} lines`,
};
const spread = (xs, f) => `(${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
for (const key of Object.keys(inputs)) {
  const r = results[key];
  const s = (ms) => (ms / 1000).toFixed(2);
  console.log(`${describe[key].padEnd(34)} whole process ${(r.wall / 1000).toFixed(3).padStart(7)} s ${spread(r.times.wall, s).padEnd(13)}   in process ${r.inProcess.toFixed(1).padStart(8)} ms ${spread(r.times.inProcess, (ms) => ms.toFixed(0))}`);
}
console.log("");
for (const [name, a, b, goal] of [
  ["forms", "small", "large", GOAL.forms],
  ["lines", "short", "long", GOAL.lines],
]) {
  const size = name === "forms" ? inputs[b].pairs.length / inputs[a].pairs.length : inputs[b].lines / inputs[a].lines;
  for (const how of ["wall", "inProcess"]) {
    const ratio = results[b][how] / results[a][how];
    console.log(`${describe[b]} / ${describe[a]}, ${how === "wall" ? "whole process" : "in process"}: `.padEnd(84) +
      `${ratio.toFixed(2).padStart(6)}×  (input ${size.toFixed(1)}×; goal ≤ ${goal}×)  ${ratio <= goal ? "PASS" : "MISS"}`);
  }
}

/** For bench/run.mjs's summary. */
export const figures = { formsWall: results.large.wall / results.small.wall, formsInProcess: results.large.inProcess / results.small.inProcess };
