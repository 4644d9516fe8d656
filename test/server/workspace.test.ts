/**
 * The server over a whole workspace: files nobody opened are checked too, editing a pack
 * re-checks the forms it affects, a broken pack or configuration keeps the last good one, and
 * settings and configuration changes apply without a restart.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter } from "vscode-languageserver-protocol/node";
import { DEFAULT_CAPABILITIES, ensureBuilt, fileUri, initialize, ROOT, shutdown, startClient, type TestClient } from "./lsp-client";
import { ED_NONCOMPLIANT, LOCAL_PACK } from "./workspace-fixtures";

const ED = ED_NONCOMPLIANT;
const PACK = LOCAL_PACK;

let dir: string;
let formUri: string;
let packUri: string;
let configUri: string;
let client: TestClient;

const codes = (uri: string) => (client.diagnostics.get(uri)?.diagnostics ?? []).map((d) => String(d.code));

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-ws-"));
  fs.mkdirSync(path.join(dir, "forms"));
  fs.writeFileSync(path.join(dir, "forms", "ed.form"), ED);
  fs.writeFileSync(path.join(dir, "local.formrules"), PACK);
  fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "missing-label": "error" } }, null, 2));
  formUri = fileUri(path.join(dir, "forms", "ed.form"));
  packUri = fileUri(path.join(dir, "local.formrules"));
  configUri = fileUri(path.join(dir, "formguard.config.json"));
  client = startClient();
  await initialize(client, dir, { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } });
});

afterAll(() => {
  client?.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the language server over a workspace", () => {
  it("checks every form and pack in the workspace folder, open or not, against the shipped and local packs", async () => {
    const published = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.length > 0);
    const ids = published.diagnostics.map((d) => d.code);
    expect(ids).toContain("cqc-dorset-2015/ed-accompanying-adult");
    expect(ids).toContain("local/ed-triage-time");
    expect(published.version).toBeUndefined();
  });

  it("publishes nothing for the shipped packs, which are part of formguard and not opened", async () => {
    await client.waitForDiagnostics(formUri, (p) => p.diagnostics.length > 0);
    expect([...client.diagnostics.keys()].filter((uri) => uri.endsWith("cqc-dorset-2015.formrules"))).toEqual([]);
  });

  it("re-checks the forms a pack affects when the pack is edited", async () => {
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: packUri, languageId: "formguard-rules", version: 1, text: PACK } });
    const edited = PACK.replace("severity warning", "severity error");
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri: packUri, version: 2 }, contentChanges: [{ text: edited }] });
    const published = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "local/ed-triage-time" && d.severity === 1));
    expect(published.diagnostics.filter((d) => d.code === "local/ed-triage-time")).toHaveLength(1);
  });

  it("keeps checking forms against the last good pack while the pack has a syntax error", async () => {
    const broken = PACK.replace("severity warning", "severity error").replace('title "Record the time of triage"', 'title "Record the time of triage');
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri: packUri, version: 3 }, contentChanges: [{ text: broken }] });
    const pack = await client.waitForDiagnostics(packUri, (p) => p.version === 3);
    expect(pack.diagnostics.some((d) => d.code === "syntax")).toBe(true);
    expect(pack.diagnostics.some((d) => /last version that did/.test(d.message))).toBe(true);
    // The form still sees the rule (from the last good pack) and no unknown concept.
    expect(codes(formUri)).toContain("local/ed-triage-time");
    expect(codes(formUri)).not.toContain("unknown-concept");
  });

  it("applies a changed formguard.config.json without a restart, and keeps the last good one when it is invalid", async () => {
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri: packUri, version: 4 }, contentChanges: [{ text: PACK }] });
    await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "local/ed-triage-time" && d.severity === 2));

    fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "local/ed-triage-time": "off" } }));
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnostics(formUri, (p) => !p.diagnostics.some((d) => d.code === "local/ed-triage-time"));

    fs.writeFileSync(path.join(dir, "formguard.config.json"), '{ "rules": { "local/ed-triage-time": "loud" } }');
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    const config = await client.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0);
    expect(config.diagnostics[0].message).toMatch(/\$\.rules\.local\/ed-triage-time: expected one of/);
    expect(client.logs.some((l) => /last valid configuration stays in use/.test(l))).toBe(true);
    // Still off: the last good configuration is in use.
    expect(codes(formUri)).not.toContain("local/ed-triage-time");
  });

  it("applies severity overrides from the client's settings", async () => {
    fs.writeFileSync(path.join(dir, "formguard.config.json"), "{}");
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "local/ed-triage-time"));
    await client.conn.sendNotification("workspace/didChangeConfiguration", { settings: { formguard: { rules: { "cqc-dorset-2015/ed-accompanying-adult": "info" } } } });
    const published = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "cqc-dorset-2015/ed-accompanying-adult" && d.severity === 3));
    expect(published.diagnostics.filter((d) => d.code === "cqc-dorset-2015/ed-accompanying-adult").every((d) => d.severity === 3)).toBe(true);
  });

  it("loads extra packs named in the settings", async () => {
    const extra = path.join(os.tmpdir(), `formguard-extra-${process.pid}.formrules`);
    fs.writeFileSync(extra, PACK.replace(/local/g, "extra").replace("triage.time", "triage.start").replace("require triage.start", "require triage.start"));
    try {
      await client.conn.sendNotification("workspace/didChangeConfiguration", { settings: { formguard: { packs: [extra] } } });
      await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "extra/ed-triage-time"));
    } finally {
      fs.rmSync(extra, { force: true });
    }
  });

  it("shuts down with status 0", async () => {
    expect(await shutdown(client)).toBe(0);
  });
});

describe("workspace folders", () => {
  it("checks the forms of a folder added while running, and forgets those of a folder removed", async () => {
    const second = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-second-"));
    fs.writeFileSync(path.join(second, "second.form"), 'form second "Second" {\n  field a text\n}\n');
    const uri = fileUri(path.join(second, "second.form"));
    const c = startClient();
    try {
      await initialize(c, dir, { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, workspaceFolders: true } });
      await c.waitForDiagnostics(formUri);
      await c.conn.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [{ uri: fileUri(second), name: "second" }], removed: [] } });
      const published = await c.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      expect(published.diagnostics.map((d) => d.code)).toContain("missing-label");
      await c.conn.sendNotification("workspace/didChangeWorkspaceFolders", { event: { added: [], removed: [{ uri: fileUri(second), name: "second" }] } });
      await c.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
      expect(await shutdown(c)).toBe(0);
    } finally {
      c.proc.kill();
      fs.rmSync(second, { recursive: true, force: true });
    }
  });
});

describe("pull diagnostics", () => {
  it("answers textDocument/diagnostic for open documents when the client pulls, and does not push them too", async () => {
    const c = startClient();
    try {
      const init = await initialize(c, dir, { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false } } });
      expect(init.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: true });
      const uri = fileUri(path.join(dir, "scratch.form"));
      await c.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text: 'form scratch "S" {\n  field a text\n}\n' } });
      const report = (await c.conn.sendRequest("textDocument/diagnostic", { textDocument: { uri } })) as { kind: string; items: Array<{ code: string }> };
      expect(report.kind).toBe("full");
      expect(report.items.map((d) => d.code)).toContain("missing-label");
      expect(c.diagnostics.has(uri)).toBe(false);
      expect(await shutdown(c)).toBe(0);
    } finally {
      c.proc.kill();
    }
  });
});

describe("dist/server.js over Node IPC (as the VS Code extension starts it)", () => {
  it("initializes and answers", async () => {
    const proc = spawn(process.execPath, [path.join(ROOT, "dist", "server.js"), "--node-ipc"], { stdio: ["pipe", "pipe", "pipe", "ipc"] });
    const exited = new Promise<number | null>((resolve) => proc.on("exit", resolve));
    const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    conn.onRequest("workspace/configuration", (p: { items: unknown[] }) => p.items.map(() => ({})));
    conn.listen();
    try {
      const init = (await conn.sendRequest("initialize", { processId: process.pid, rootUri: fileUri(dir), capabilities: {} })) as { serverInfo: { name: string } };
      expect(init.serverInfo.name).toBe("formguard");
      await conn.sendNotification("initialized", {});
      const symbols = (await conn.sendRequest("workspace/symbol", { query: "triage" })) as Array<{ name: string }>;
      expect(symbols.map((s) => s.name)).toContain("triage.time");
      await conn.sendRequest("shutdown");
      await conn.sendNotification("exit");
      expect(await exited).toBe(0);
    } finally {
      proc.kill();
    }
  });
});
