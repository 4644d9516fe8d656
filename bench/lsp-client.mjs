// A minimal editor for the LSP benchmarks: starts a real server process over stdio JSON-RPC and
// records what it publishes and logs. Shared by bench/lsp-latency.mjs and bench/server-memory.mjs.
import { buildBenchServer } from "./build.mjs";
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { root } from "./cli-args.mjs";

const require = createRequire(import.meta.url);
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = require("vscode-languageserver-protocol/node");

/** How editors other than VS Code start the server: the installed command's `lsp --stdio`. */
export const CLI_SERVER = [path.join(root, "bin", "formguard.js"), "lsp", "--stdio"];

export const fileUri = (file) => pathToFileURL(file).href;

/** Writes [name, text] pairs into `dir`; returns their paths. */
export function writeForms(dir, forms) {
  fs.mkdirSync(dir, { recursive: true });
  return forms.map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
}

/**
 * Spawns the server (`args` after `node`, default the CLI's `lsp --stdio`) and initializes it
 * with `folder` as the only workspace folder. `verbose` turns on `formguard.trace.server:
 * verbose`, whose "checked URI in N ms" lines are collected per URI in `checkedMs`.
 * `times` holds performance.now() at spawn, at `initialize` sent, and at its answer.
 */
export async function startServer(folder, { args = CLI_SERVER, nodeArgs = [], verbose = false } = {}) {
  const times = { spawned: performance.now() };
  const proc = spawn(process.execPath, [...nodeArgs, ...args], { stdio: "pipe" });
  let stderr = "";
  proc.stderr.on("data", (d) => (stderr += d));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const waiters = [];
  const published = new Map();
  const checkedMs = new Map();
  let lastPublish = 0;
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    lastPublish = performance.now();
    published.set(p.uri, p);
    for (const w of [...waiters]) if (w.test(p)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(p);
    }
  });
  conn.onNotification("window/logMessage", (p) => {
    const m = /^checked (\S+) in (\d+) ms/.exec(p.message);
    if (m) (checkedMs.get(m[1]) ?? checkedMs.set(m[1], []).get(m[1])).push(Number(m[2]));
  });
  conn.onNotification("window/showMessage", () => {});
  conn.onRequest("window/showMessageRequest", () => null);
  conn.onRequest("workspace/configuration", (p) => p.items.map(() => ({})));
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  const uri = fileUri(folder);
  times.initializeSent = performance.now();
  await conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: "bench" }],
    capabilities: {},
    initializationOptions: verbose ? { formguard: { trace: { server: "verbose" } } } : undefined,
  });
  times.initialized = performance.now();
  await conn.sendNotification("initialized", {});
  /** The diagnostics published for `uri` at `version` (undefined: any version), now or when they come. */
  const waitFor = (uri, version) => {
    const test = (p) => p.uri === uri && (version === undefined || p.version === version);
    const have = published.get(uri);
    if (have && test(have)) return Promise.resolve(have);
    return new Promise((resolve) => waiters.push({ test, resolve }));
  };
  return { proc, conn, waitFor, published, checkedMs, times, stderr: () => stderr, lastPublish: () => lastPublish };
}

export async function openDocument(server, file, version = 1) {
  const uri = fileUri(file);
  await server.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard-form", version, text: fs.readFileSync(file, "utf8") } });
  return uri;
}

/** Until every URI has had diagnostics published at least once. */
export async function waitForAll(server, uris) {
  for (const uri of uris) await server.waitFor(uri);
}

export async function shutdown(server) {
  const exited = new Promise((r) => server.proc.on("exit", r));
  await server.conn.sendRequest("shutdown");
  await server.conn.sendNotification("exit");
  await exited;
  server.conn.dispose();
}

/** Median and p95 of a list of milliseconds. */
export function stats(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: q(0.5), p95: q(0.95), n: s.length };
}

export const loadavg = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/**
 * Opens `file`, then types `edits + warmup` characters into its first label, one edit at a time,
 * each waiting for the diagnostics of its version; the first `warmup` are not counted.
 * Returns the didChange → publishDiagnostics times, and the server's own check times if logged.
 */
export async function typeInto(server, file, edits, warmup) {
  const uri = await openDocument(server, file);
  await server.waitFor(uri, 1);
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.trim().startsWith('label "'));
  const column = lines[line].indexOf('"') + 1;
  const times = [];
  const checksBefore = server.checkedMs.get(uri)?.length ?? 0;
  for (let n = 0; n < edits + warmup; n++) {
    const at = { line, character: column + n };
    const started = performance.now();
    await server.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: n + 2 }, contentChanges: [{ range: { start: at, end: at }, text: "x" }] });
    await server.waitFor(uri, n + 2);
    if (n >= warmup) times.push(performance.now() - started);
  }
  const own = (server.checkedMs.get(uri) ?? []).slice(checksBefore + warmup);
  return { e2e: stats(times), own: own.length ? stats(own) : undefined };
}

/** Server options for the bench server with its debounce at 0 ms: what an edit costs to re-check. */
export async function zeroDebounceServer() {
  return { args: [await buildBenchServer(), "--stdio", "--debounce-ms", "0"], verbose: true };
}
