// `npm run bench`: the batch benchmarks one after the other (each prints its own command), then
// issue 17's figures side by side with what they must reach. The memory bench and the full
// editor bench start more servers: `npm run bench:memory`, `npm run bench:lsp`.
import * as os from "node:os";

const throughput = (await import("./throughput.mjs")).figures;
console.log();
const startup = (await import("./startup.mjs")).figures;
console.log();
const scaling = (await import("./scaling.mjs")).figures;
console.log();
const editor = (await import("./editor-recheck.mjs")).figures;

const x = (r) => `${r.toFixed(2)}×`;
const rows = [
  ["1,000 forms, whole process / JSON.parse process", x(throughput.lintVsJson), "≤ 5×", "≤ 3×", throughput.lintVsJson <= 5],
  ["one form / node -e 0 (a compliant form)", x(startup.oneFormVsNode), "≤ 2.5×", "≤ 2×", startup.oneFormVsNode <= 2.5],
  ["one form missing prompts / node -e 0", x(startup.missingFormVsNode), "≤ 2.5×", "≤ 2×", startup.missingFormVsNode <= 2.5],
  ["2,000 forms / 1,000 forms, whole process", x(scaling.formsWall), "≤ 2.2×", "≤ 2.05×", scaling.formsWall <= 2.2],
  ["parse only, in process", `${throughput.parseMBs.toFixed(1)} MB/s`, "report it", "≥ 50 MB/s", undefined],
  [`editor: ${editor.lines}-line form re-checked after an edit`, `${editor.recheckMs.toFixed(1)} ms`, "≤ 10 ms", "≤ 5 ms", editor.recheckMs <= 10],
];
console.log(`\nsummary (issue 17) — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
console.log(`${"figure".padEnd(52)} ${"measured".padStart(11)}  ${"must reach".padEnd(10)}  ${"goal".padEnd(9)}  verdict`);
for (const [name, measured, must, goal, ok] of rows) {
  console.log(`${name.padEnd(52)} ${measured.padStart(11)}  ${must.padEnd(10)}  ${goal.padEnd(9)}  ${ok === undefined ? "reported" : ok ? "MET" : "MISSED"}`);
}
