// Batch throughput, measured side by side in one run:
//   in-process: parse MB/s, full lint forms/s, and JSON.parse of the same content as JSON;
//   whole process: `formguard lint DIR` vs a Node process that JSON.parses the same content.
// Usage: node bench/throughput.mjs [--forms 1000] [--sections 6] [--fields 4]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg as arg, root, startUpEnvironments } from "./cli-args.mjs";
import { interleavedWalls, median } from "./interleave.mjs";
import { buildEngine } from "./build.mjs";
import { generateForms } from "./generate-forms.mjs";

const count = arg("forms", 1000);
const sections = arg("sections", 6);
const fieldsPerSection = arg("fields", 4);

const forms = generateForms(count, { sections, fieldsPerSection });
const bytes = forms.reduce((a, [, t]) => a + Buffer.byteLength(t), 0);
const lines = forms.reduce((a, [, t]) => a + t.split("\n").length, 0);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-"));
for (const [name, text] of forms) fs.writeFileSync(path.join(dir, name), text);
// The same content as compact JSON: one object per form, with its lines (what JSON.parse reads).
const jsonFile = path.join(dir, "forms.json");
fs.writeFileSync(jsonFile, JSON.stringify(forms.map(([name, text]) => ({ name, lines: text.split("\n") }))));
const jsonText = fs.readFileSync(jsonFile, "utf8");

function time(fn, runs = 5) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(out);
}

const engine = await buildEngine();
const packs = engine.shippedPackFiles().map((f) => [f, fs.readFileSync(f, "utf8")]);

const parseMs = time(() => {
  for (const [name, text] of forms) engine.parseDocument(name, text);
});
const lintMs = time(() => {
  const ws = new engine.Workspace();
  for (const [f, t] of packs) ws.set(f, t);
  for (const [name, text] of forms) ws.set(name, text);
  for (const [name] of forms) engine.checkDocument(ws, name, { today: "2026-11-27" });
}, 3);
const jsonMs = time(() => JSON.parse(jsonText), 7);

// The installed command, as a CI job runs it (bin/formguard.js: code cache, precompiled pack).
const cli = path.join(root, "bin", "formguard.js");
if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync("node", ["esbuild.mjs"], { cwd: root });
const lintArgs = [cli, "lint", dir, "--format", "json", "--today", "2026-11-27"];
const jsonArgs = ["-e", `JSON.parse(require("fs").readFileSync(${JSON.stringify(jsonFile)}, "utf8"))`];
// The batch, its reference and node -e 0 in each start-up environment (cli-args.mjs); the
// informational variants in the environment as set only.
const environments = startUpEnvironments();
const [lintWall2, lintWallPool1, ...perEnvironment] = interleavedWalls([
  ["node", [...lintArgs, "--concurrency", "2"]],
  // Informational, not the verdict: Node's platform pool (V8's compiler and collector helpers)
  // cut to one thread, which a CI job on a 2-core runner can ask for with NODE_OPTIONS.
  ["node", ["--v8-pool-size=1", ...lintArgs, "--concurrency", "1"]],
  ...environments.flatMap(({ env }) => [
    ["node", [...lintArgs, "--concurrency", "1"], { env }],
    ["node", jsonArgs, { env }],
    ["node", ["-e", "0"], { env }],
  ]),
]);
const walls = environments.map(({ name }, i) => ({ name, lint: perEnvironment[3 * i], json: perEnvironment[3 * i + 1], node: perEnvironment[3 * i + 2] }));
const [{ lint: lintWall, json: jsonWall, node: nodeWall }] = walls;

const mb = bytes / 1e6;
// Each time is printed with its ratio to the reference measured in the same run: absolute
// times depend on the machine and its load, the ratios are what compare across runs.
const times = (x, ref, name) => `${(x / ref).toFixed(2)}× ${name}`;
const rows = [
  ["input", `${count} forms, ${mb.toFixed(2)} MB, ${lines} lines (${sections} sections × ${fieldsPerSection} fields)`],
  ["JSON.parse same content (in process)", `${jsonMs.toFixed(1)} ms   (the in-process reference)`],
  ["parse (in process)", `${parseMs.toFixed(0)} ms = ${times(parseMs, jsonMs, "JSON.parse")} — ${(mb / (parseMs / 1000)).toFixed(1)} MB/s`],
  ["full lint (in process)", `${lintMs.toFixed(0)} ms = ${times(lintMs, jsonMs, "JSON.parse")} — ${(count / (lintMs / 1000)).toFixed(0)} forms/s`],
  ["JSON.parse process (whole process)", `${jsonWall.toFixed(3)} s   (the whole-process reference; each whole-process time is the median of 7 interleaved rounds)`],
  ["node -e 0", `${nodeWall.toFixed(3)} s = ${times(nodeWall, jsonWall, "the JSON.parse process")}`],
  ["formguard lint (whole process, 1 thread)", `${lintWall.toFixed(2)} s = ${times(lintWall, jsonWall, "the JSON.parse process")} (must reach 5×: ${lintWall / jsonWall <= 5 ? "MET" : "MISSED"}; goal 3×: ${lintWall / jsonWall <= 3 ? "MET" : "MISSED"})`],
  ...walls.slice(1).flatMap((w) => [
    [`JSON.parse process, ${w.name}`, `${w.json.toFixed(3)} s   (node -e 0 ${w.node.toFixed(3)} s)`],
    [`formguard lint, ${w.name}`, `${w.lint.toFixed(2)} s = ${times(w.lint, w.json, "the JSON.parse process")} (must reach 5×: ${w.lint / w.json <= 5 ? "MET" : "MISSED"}; goal 3×: ${w.lint / w.json <= 3 ? "MET" : "MISSED"})`],
  ]),
  ["formguard lint --concurrency 2", `${lintWall2.toFixed(2)} s = ${times(lintWall2, jsonWall, "the JSON.parse process")}, ${times(lintWall2, lintWall, "one thread")}`],
  ["formguard lint, node --v8-pool-size=1", `${lintWallPool1.toFixed(2)} s = ${times(lintWallPool1, jsonWall, "the JSON.parse process")}, ${times(lintWallPool1, lintWall, "the default")} (informational: a Node start-up option, e.g. NODE_OPTIONS)`],
];
console.log(`formguard throughput — node ${process.version}, ${os.cpus().length} cores, load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}\ncommand: node bench/throughput.mjs --forms ${count} --sections ${sections} --fields ${fieldsPerSection}\n`);
for (const [k, v] of rows) console.log(`${k.padEnd(50)} ${v}`);
fs.rmSync(dir, { recursive: true, force: true });

/** For bench/run.mjs's summary. */
export const figures = {
  lintVsJson: lintWall / jsonWall,
  lintWall,
  jsonWall,
  parseMBs: mb / (parseMs / 1000),
  /** The batch's ratio in each start-up environment, the first as set. */
  byEnvironment: walls.map((w) => ({ name: w.name, lintVsJson: w.lint / w.json })),
};
