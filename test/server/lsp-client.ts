/**
 * A minimal LSP client for end-to-end tests: spawns the real server (`node dist/cli.js lsp
 * --stdio`) and talks JSON-RPC over its stdio, as an editor would.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ClientCapabilities,
} from "vscode-languageserver-protocol/node";

export const ROOT = path.resolve(__dirname, "..", "..");
export const CLI = path.join(ROOT, "dist", "cli.js");

export const fileUri = (p: string) => pathToFileURL(p).href;

const SOURCE_DIRS = ["language", "rules", "service", "server", "cli", "fixes", "report", "fhir", "client"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|formrules)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ with `node esbuild.mjs` unless it is newer than every source. Test files run in
 * parallel processes: a lock makes one build while the others wait, so no test starts a server
 * from a half-written bundle.
 */
export function ensureBuilt() {
  const lock = path.join(os.tmpdir(), "formguard-test-build.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after two minutes.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
    const sources = Math.max(...SOURCE_DIRS.filter((d) => fs.existsSync(path.join(ROOT, d))).map((d) => newestSource(path.join(ROOT, d))));
    if (built < sources || !fs.existsSync(path.join(ROOT, "dist", "server.js"))) execFileSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "inherit" });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface TestClient {
  proc: ChildProcessWithoutNullStreams;
  conn: ProtocolConnection;
  /** Latest diagnostics per URI, with the version they were computed for. */
  diagnostics: Map<string, PublishDiagnosticsParams>;
  /** Resolves with the first publish for `uri` that satisfies `pred` (checked on past publishes too). */
  waitForDiagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  exited: Promise<number | null>;
  stderr: () => string;
  logs: string[];
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    completion: { completionItem: { snippetSupport: true } },
    publishDiagnostics: { versionSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } },
  },
  workspace: { applyEdit: true, workspaceEdit: { documentChanges: false } },
};

export function startClient(args: string[] = ["lsp", "--stdio"], cwd = ROOT): TestClient {
  const proc = spawn(process.execPath, [CLI, ...args], { cwd, stdio: "pipe" });
  let err = "";
  proc.stderr.on("data", (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  const diagnostics = new Map<string, PublishDiagnosticsParams>();
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  const logs: string[] = [];
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    diagnostics.set(p.uri, p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  conn.onNotification("window/logMessage", (p: { message: string }) => logs.push(p.message));
  conn.onNotification("window/showMessage", (p: { message: string }) => logs.push(p.message));
  conn.onRequest("window/showMessageRequest", () => null);
  conn.onRequest("client/registerCapability", () => null);
  conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.listen();
  return {
    proc,
    conn,
    diagnostics,
    logs,
    exited,
    stderr: () => err,
    waitForDiagnostics(uri, pred = () => true) {
      const have = diagnostics.get(uri);
      if (have && pred(have)) return Promise.resolve(have);
      return new Promise((resolve) => waiters.push({ uri, pred, resolve }));
    },
  };
}

export async function initialize(client: TestClient, rootPath: string, capabilities: ClientCapabilities = DEFAULT_CAPABILITIES) {
  const result = await client.conn.sendRequest("initialize", {
    processId: process.pid,
    rootUri: fileUri(rootPath),
    workspaceFolders: [{ uri: fileUri(rootPath), name: path.basename(rootPath) }],
    capabilities,
  });
  await client.conn.sendNotification("initialized", {});
  return result as { capabilities: Record<string, unknown> };
}

export async function shutdown(client: TestClient): Promise<number | null> {
  await client.conn.sendRequest("shutdown");
  await client.conn.sendNotification("exit");
  return client.exited;
}
