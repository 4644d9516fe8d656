// Editor latency of the language server, measured as an editor sees it: a real server process
// driven over stdio JSON-RPC (bench/lsp-client.mjs). Issue-8 goals, each printed with PASS/MISS:
//
//   (a) recompute: didChange → publishDiagnostics for a 5,000-line form with the debounce set to
//       0 ms (bench/server-entry.ts: ServerOptions.debounceMs, which no client setting reaches) —
//       goal ≤ 20 ms median. The server's own per-check time (its verbose log "checked … in N ms",
//       which leaves out the parse) is shown beside it.
//   (b) the same edits against the default server (`node bin/formguard.js lsp --stdio`, adaptive
//       debounce): end-to-end latency, and the debounce it implies (default − debounce-0 median) —
//       goal: debounce ≤ 100 ms.
//   (a, b) again for one form edited inside a 200-form workspace.
//   (c) cold open of a 200-form workspace: a fresh default server, `initialize`, `initialized`,
//       `didOpen` of one form, until that form's diagnostics arrive — goal < 1 s (shown from
//       `initialize` sent and from the process spawn).
//
//   node bench/lsp-latency.mjs [--edits 40] [--cold-runs 3]
//
// Each edit types one character into the first label and waits for the diagnostics of that
// version before the next; the first WARMUP edits are not counted.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg, root } from "./cli-args.mjs";
import { generateFormOfLines, generateForms } from "./generate-forms.mjs";
import { fileUri, zeroDebounceServer, loadavg, openDocument, shutdown, startServer, typeInto, waitForAll, writeForms } from "./lsp-client.mjs";

const EDITS = numberArg("edits", 40);
const COLD_RUNS = numberArg("cold-runs", 3);
const WARMUP = 5;

execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root, stdio: "inherit" });
const zeroDebounce = await zeroDebounceServer();
const loadBefore = loadavg();

/** Both servers (debounce 0, default) typing into `file` of the workspace `dir`. */
async function editScenario(dir, file, waitUris = []) {
  const out = {};
  for (const [name, options] of [["zero", zeroDebounce], ["default", {}]]) {
    const server = await startServer(dir, options);
    await waitForAll(server, waitUris); // the start-up check of the whole workspace is over
    out[name] = await typeInto(server, file, EDITS, WARMUP);
    await shutdown(server);
  }
  return out;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-lsp-"));

const bigDir = path.join(tmp, "big");
const [bigFile] = writeForms(bigDir, [["big.form", generateFormOfLines(5000)]]);
const bigLines = fs.readFileSync(bigFile, "utf8").split("\n").length;
const big = await editScenario(bigDir, bigFile);

const wsDir = path.join(tmp, "ws200");
const wsFiles = writeForms(wsDir, generateForms(200));
const ws = await editScenario(wsDir, wsFiles[100], wsFiles.map(fileUri));

const cold = { fromInit: [], fromSpawn: [], all: [] };
for (let i = 0; i < COLD_RUNS; i++) {
  const server = await startServer(wsDir);
  const uri = await openDocument(server, wsFiles[100]);
  await server.waitFor(uri, 1);
  const t = performance.now();
  cold.fromInit.push(t - server.times.initializeSent);
  cold.fromSpawn.push(t - server.times.spawned);
  await waitForAll(server, wsFiles.map(fileUri));
  cold.all.push(performance.now() - server.times.spawned);
  await shutdown(server);
}
fs.rmSync(tmp, { recursive: true, force: true });

const ms = (x) => `${x.toFixed(1).padStart(6)} ms`;
const verdict = (ok) => (ok ? "PASS" : "MISS");
console.log(`formguard editor latency — node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore} → ${loadavg()}`);
console.log(`command: node bench/lsp-latency.mjs --edits ${EDITS} --cold-runs ${COLD_RUNS}`);
console.log(`didChange → publishDiagnostics, ${EDITS} edits after ${WARMUP} warm-up, each waiting for its version\n`);
for (const [scenario, r] of [[`one form of ${bigLines} lines`, big], ["one form in a 200-form workspace", ws]]) {
  const debounce = r.default.e2e.median - r.zero.e2e.median;
  console.log(`${scenario}`);
  console.log(`  (a) recompute, debounce 0 (dist/bench-server.cjs --debounce-ms 0)  median ${ms(r.zero.e2e.median)}  p95 ${ms(r.zero.e2e.p95)}  ` +
    `= ${(r.zero.e2e.median / 20).toFixed(2)}× the 20 ms goal  ${verdict(r.zero.e2e.median <= 20)}`);
  if (r.zero.own) console.log(`      the server's own "checked … in N ms" (no parse)                 median ${ms(r.zero.own.median)}  p95 ${ms(r.zero.own.p95)}`);
  console.log(`  (b) end to end, default debounce (formguard lsp --stdio)            median ${ms(r.default.e2e.median)}  p95 ${ms(r.default.e2e.p95)}`);
  console.log(`      implied debounce (default − debounce 0 median)                  ${ms(debounce)}  = ${(debounce / 100).toFixed(2)}× the 100 ms cap  ${verdict(debounce <= 100)}\n`);
}
const c = { init: stats(cold.fromInit), spawn: stats(cold.fromSpawn), all: stats(cold.all) };
console.log(`(c) cold open of a 200-form workspace, didOpen right after initialized (median of ${COLD_RUNS}, formguard lsp --stdio)`);
console.log(`  initialize → diagnostics of the open form   ${ms(c.init.median)}  = ${(c.init.median / 1000).toFixed(2)}× the 1 s goal  ${verdict(c.init.median < 1000)}`);
console.log(`  spawn → diagnostics of the open form        ${ms(c.spawn.median)}  = ${(c.spawn.median / 1000).toFixed(2)}× the 1 s goal  ${verdict(c.spawn.median < 1000)}`);
console.log(`  spawn → diagnostics of all 200 forms        ${ms(c.all.median)}`);
