// Memory of the language server over a large workspace (issue-8 goal: a 1,000-form workspace
// under 200 MB RSS). Generates the forms into a temporary folder, starts `node bin/formguard.js lsp
// --stdio` with that folder as the workspace root (the server indexes the folder itself on
// `initialized` and checks every form), waits until every form's diagnostics are published and
// the server has been quiet for a moment, then reads VmRSS / VmHWM from /proc/<pid>/status and
// the V8 heap (bench/mem-probe.cjs, preloaded, answers SIGUSR2).
//
//   node bench/server-memory.mjs [--forms 1000] [--open 0]
//
// --open N also opens the first N forms with didOpen (an editor with N tabs).
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg, root } from "./cli-args.mjs";
import { generateForms } from "./generate-forms.mjs";
import { CLI_SERVER, fileUri, loadavg, openDocument, shutdown, startServer, waitForAll, writeForms } from "./lsp-client.mjs";

const count = numberArg("forms", 1000);
const open = numberArg("open", 0);
const GOAL_MB = 200;
const QUIET_MS = 1000;

execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root, stdio: "inherit" });
const loadBefore = loadavg();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-memory-"));
const forms = generateForms(count);
const files = writeForms(dir, forms);
const bytes = forms.reduce((a, [, t]) => a + Buffer.byteLength(t), 0);

const nodeArgs = ["--expose-gc", "-r", path.join(root, "bench", "mem-probe.cjs")];
const server = await startServer(dir, { args: CLI_SERVER, nodeArgs });
for (const file of files.slice(0, open)) await openDocument(server, file);
await waitForAll(server, files.map(fileUri));
const settled = performance.now() - server.times.spawned;
// Settled: nothing published for QUIET_MS.
while (performance.now() - server.lastPublish() < QUIET_MS) await new Promise((r) => setTimeout(r, QUIET_MS / 4));

const status = () => {
  const text = fs.readFileSync(`/proc/${server.proc.pid}/status`, "utf8");
  const kb = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)[1]);
  return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
};
const proc = status();
const heapLine = new Promise((resolve) => {
  const onData = () => {
    const m = /FORMGUARD_MEM (.*)\n/.exec(server.stderr());
    if (m) {
      server.proc.stderr.off("data", onData);
      resolve(JSON.parse(m[1]));
    }
  };
  server.proc.stderr.on("data", onData);
});
server.proc.kill("SIGUSR2");
const heap = await heapLine;
const afterGc = status();
await shutdown(server);
fs.rmSync(dir, { recursive: true, force: true });

const MB = (b) => b / 1024 / 1024;
const f = (x) => `${x.toFixed(1).padStart(6)} MB`;
console.log(`formguard server memory — node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore} → ${loadavg()}`);
console.log(`command: node bench/server-memory.mjs --forms ${count} --open ${open}`);
console.log(`server: node ${nodeArgs.map((a) => (path.isAbsolute(a) ? path.relative(root, a) : a)).join(" ")} ${path.relative(root, CLI_SERVER[0])} ${CLI_SERVER.slice(1).join(" ")}`);
console.log(`workspace: ${count} generated forms, ${(bytes / 1e6).toFixed(2)} MB, ${open} open; all diagnostics published after ${(settled / 1000).toFixed(2)} s\n`);
console.log(`VmRSS  (settled)                 ${f(proc.rss)}  = ${(proc.rss / GOAL_MB).toFixed(2)}× the ${GOAL_MB} MB goal  ${proc.rss < GOAL_MB ? "PASS" : "MISS"}`);
console.log(`VmHWM  (peak RSS)                ${f(proc.hwm)}  = ${(proc.hwm / GOAL_MB).toFixed(2)}× the ${GOAL_MB} MB goal  ${proc.hwm < GOAL_MB ? "PASS" : "MISS"}`);
console.log(`V8 heap used / total             ${f(MB(heap.before.heapUsed))} / ${f(MB(heap.before.heapTotal))}   (external ${f(MB(heap.before.external))})`);
console.log(`after a full GC: heap used       ${f(MB(heap.after.heapUsed))}   VmRSS ${f(afterGc.rss)}`);
