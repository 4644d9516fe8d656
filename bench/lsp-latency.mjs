// didChange → publishDiagnostics latency of the language server, measured as an editor sees it:
// the real server process (`node dist/cli.js lsp --stdio`) driven over stdio JSON-RPC.
//
//   node bench/lsp-latency.mjs [--edits 40]
//
// Scenarios: one 5,000-line form; one form edited inside a workspace of 200 forms (all checked
// by the server at start-up). Each edit types one character into a label and waits for the
// diagnostics of that version; the time includes the server's debounce. Prints median and p95.
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateFormOfLines, generateForms } from "./generate-forms.mjs";

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-languageserver-protocol/node");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const editsArg = process.argv.indexOf("--edits");
const EDITS = editsArg > 0 ? Number(process.argv[editsArg + 1]) : 40;
const WARMUP = 5;

execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root, stdio: "inherit" });

async function startServer(folder) {
  const proc = spawn(process.execPath, [path.join(root, "dist", "cli.js"), "lsp", "--stdio"], { stdio: "pipe" });
  proc.stderr.on("data", (d) => process.stderr.write(d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  const published = new Map();
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    published.set(p.uri, p);
    for (const w of [...waiters]) if (w.uri === p.uri && w.version === p.version) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => ({})));
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  const uri = pathToFileURL(folder).href;
  await conn.sendRequest("initialize", { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: "bench" }], capabilities: {} });
  await conn.sendNotification("initialized", {});
  const waitFor = (uri, version) => {
    const have = published.get(uri);
    if (have && have.version === version) return Promise.resolve(have);
    return new Promise((resolve) => waiters.push({ uri, version, resolve }));
  };
  const waitForAny = (uri) => new Promise((resolve) => {
    const t = setInterval(() => {
      if (published.has(uri)) { clearInterval(t); resolve(published.get(uri)); }
    }, 5);
  });
  return { proc, conn, waitFor, waitForAny, published };
}

/** Opens `file`, then types EDITS characters into its first label, one edit at a time. */
async function measure(server, file) {
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, "utf8");
  await server.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text } });
  await server.waitFor(uri, 1);
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.trim().startsWith("label \""));
  const column = lines[line].indexOf("\"") + 1;
  const times = [];
  for (let n = 0; n < EDITS + WARMUP; n++) {
    const at = { line, character: column + n };
    const started = performance.now();
    await server.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: n + 2 }, contentChanges: [{ range: { start: at, end: at }, text: "x" }] });
    await server.waitFor(uri, n + 2);
    if (n >= WARMUP) times.push(performance.now() - started);
  }
  return times;
}

function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95) };
}

async function shutdown(server) {
  await server.conn.sendRequest("shutdown");
  await server.conn.sendNotification("exit");
  await new Promise((r) => server.proc.on("exit", r));
}

const results = [];

{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-big-"));
  const file = path.join(dir, "big.form");
  fs.writeFileSync(file, generateFormOfLines(5000));
  const lineCount = fs.readFileSync(file, "utf8").split("\n").length;
  const server = await startServer(dir);
  results.push({ scenario: `one form of ${lineCount} lines`, ...stats(await measure(server, file)) });
  await shutdown(server);
  fs.rmSync(dir, { recursive: true, force: true });
}

{
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-ws-"));
  const forms = generateForms(200);
  for (const [name, text] of forms) fs.writeFileSync(path.join(dir, name), text);
  const server = await startServer(dir);
  // Wait until the server has checked the whole workspace once.
  await server.waitForAny(pathToFileURL(path.join(dir, forms[forms.length - 1][0])).href);
  results.push({ scenario: "one form in a 200-form workspace", ...stats(await measure(server, path.join(dir, forms[100][0]))) });
  await shutdown(server);
  fs.rmSync(dir, { recursive: true, force: true });
}

console.log(`didChange → publishDiagnostics (${EDITS} edits each, after ${WARMUP} warm-up; includes the server's debounce)`);
for (const r of results) console.log(`  ${r.scenario.padEnd(36)} median ${r.median.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms`);
