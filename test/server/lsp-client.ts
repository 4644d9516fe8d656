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
export { ensureBuilt } from "../build";

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
