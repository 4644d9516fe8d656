// `npm run bench`: the batch benchmarks one after the other (each prints its own command), the
// comparison with a Langium peer of the grammar, then issue 17's figures side by side with what
// they must reach. The memory bench and the full editor bench start more servers:
// `npm run bench:memory`, `npm run bench:lsp`.
import * as os from "node:os";

const throughput = (await import("./throughput.mjs")).figures;
console.log();
const startup = (await import("./startup.mjs")).figures;
console.log();
const scaling = (await import("./scaling.mjs")).figures;
console.log();
const editor = (await import("./editor-recheck.mjs")).figures;
console.log();
// The comparison with a Langium peer of the same grammar (bench/langium-peer/).
const langium = await (await import("./langium-peer.mjs")).langiumPeerFigures();
for (const line of langium.lines) console.log(line);

const x = (r) => `${r.toFixed(2)}×`;
// A whole-process figure is given for each start-up environment (bench/cli-args.mjs): where
// NODE_EXTRA_CA_CERTS is set, also without it, since Node's reading of those certificates at
// start-up is in both sides of the ratio and formguard never uses it.
const suffix = (i, name) => (i === 0 ? "" : ` (${name})`);
const rows = [
  ...throughput.byEnvironment.map((t, i) => [`1,000 forms, whole process / JSON.parse process${suffix(i, "no extra CA certs")}`, x(t.lintVsJson), "≤ 5×", "≤ 3×", t.lintVsJson <= 5]),
  ...startup.byEnvironment.flatMap((s, i) => [
    [`one form / node -e 0 (a compliant form)${suffix(i, "no extra CA certs")}`, x(s.oneFormVsNode), "≤ 2.5×", "≤ 2×", s.oneFormVsNode <= 2.5],
    [`one form missing prompts / node -e 0${suffix(i, "no extra CA certs")}`, x(s.missingFormVsNode), "≤ 2.5×", "≤ 2×", s.missingFormVsNode <= 2.5],
  ]),
  ["2,000 forms / 1,000 forms, whole process", x(scaling.formsWall), "≤ 2.2×", "≤ 2.05×", scaling.formsWall <= 2.2],
  ["parse only, in process", `${throughput.parseMBs.toFixed(1)} MB/s`, "report it", "≥ 50 MB/s", undefined],
  [`editor: ${editor.lines}-line form re-checked after an edit`, `${editor.recheckMs.toFixed(1)} ms`, "≤ 10 ms", "≤ 5 ms", editor.recheckMs <= 10],
  ...langium.summary,
];
console.log(`\nsummary (issue 17) — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
if (startup.byEnvironment.length > 1) console.log(`NODE_EXTRA_CA_CERTS is set here: node -e 0 takes ${startup.byEnvironment[0].nodeMs.toFixed(0)} ms with it, ${startup.byEnvironment[1].nodeMs.toFixed(0)} ms without; rows marked "no extra CA certs" are measured without it`);
console.log(`${"figure".padEnd(70)} ${"measured".padStart(11)}  ${"must reach".padEnd(10)}  ${"goal".padEnd(9)}  verdict`);
for (const [name, measured, must, goal, ok] of rows) {
  console.log(`${name.padEnd(70)} ${measured.padStart(11)}  ${must.padEnd(10)}  ${goal.padEnd(9)}  ${ok === undefined ? "reported" : ok ? "MET" : "MISSED"}`);
}
