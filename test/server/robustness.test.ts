/**
 * Bad input is expected input: malformed frames, unknown methods, documents the server never
 * saw, a very large document and a burst of edits. The server answers or ignores each, stays
 * up, and ends with the right diagnostics.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workspaceWithPacks } from "../helpers";
import { checkDocument } from "../../rules/checker";
import { ensureBuilt, fileUri, initialize, ROOT, shutdown, startClient, type TestClient } from "./lsp-client";

let dir: string;
let client: TestClient;

/** Writes raw bytes to the server's stdin, bypassing the client's framing. */
function writeRaw(text: string) {
  client.proc.stdin.write(Buffer.from(text, "utf8"));
}

async function stillAnswers() {
  const symbols = await client.conn.sendRequest("workspace/symbol", { query: "ed-accompanying-adult" });
  expect(Array.isArray(symbols)).toBe(true);
}

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-robust-"));
  client = startClient();
  await initialize(client, dir);
});

afterAll(() => {
  client?.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the language server under bad input", () => {
  it("skips a frame with a bad Content-Length header and reads the next one", async () => {
    writeRaw('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0","method":"x"}');
    await stillAnswers();
    expect(client.logs.some((l) => /Content-Length/.test(l))).toBe(true);
  });

  it("answers a body that is not JSON with a parse error and carries on", async () => {
    const body = "{ this is not json";
    writeRaw(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await stillAnswers();
    expect(client.logs.some((l) => /not valid JSON/.test(l))).toBe(true);
  });

  it("answers an unknown method with MethodNotFound", async () => {
    await expect(client.conn.sendRequest("formguard/noSuchMethod", {})).rejects.toMatchObject({ code: -32601 });
  });

  it("answers a request whose handler fails with an error, and keeps running", async () => {
    await expect(client.conn.sendRequest("textDocument/hover", {})).rejects.toMatchObject({ code: -32603 });
    await stillAnswers();
  });

  it.each([
    ["textDocument/hover", { position: { line: 0, character: 0 } }, null],
    ["textDocument/completion", { position: { line: 0, character: 0 } }, []],
    ["textDocument/definition", { position: { line: 0, character: 0 } }, []],
    ["textDocument/documentSymbol", {}, []],
    ["textDocument/foldingRange", {}, []],
    ["textDocument/codeAction", { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, []],
  ])("answers %s for a document it never saw with an empty result", async (method, params, expected) => {
    const result = await client.conn.sendRequest(method, { textDocument: { uri: fileUri(path.join(dir, "never-opened.form")) }, ...params });
    expect(result).toEqual(expected);
  });

  it("checks a 5 MB document and stays responsive", async () => {
    let body = "";
    let i = 0;
    while (body.length < 5 * 1024 * 1024) {
      body += `  section s${i} "Section ${i}" {\n    field f${i} text required {\n      label "Question ${i}"\n    }\n  }\n`;
      i++;
    }
    // One field with no label, so a finding is expected deep inside the document.
    const text = `form big "Big" {\n  version "1"\n  owner "Test"\n${body}  field last text\n}\n`;
    const uri = fileUri(path.join(dir, "big.form"));
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text } });
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const missing = published.diagnostics.filter((d) => d.code === "missing-label");
    expect(missing).toHaveLength(1);
    expect(missing[0].range.start.line).toBe(text.split("\n").length - 3);
    await stillAnswers();
  }, 180_000);

  it("after 500 rapid edits, publishes the diagnostics of the final text", async () => {
    const uri = fileUri(path.join(dir, "typing.form"));
    const start = 'form typing "Typing" {\n  version "1"\n  owner "Test"\n  field asked yesno {\n    label "Asked?"\n  }\n  field details text when asked = yes {\n    label ""\n  }\n}\n';
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text: start } });
    // Type 500 characters into the second label, one edit at a time, without waiting.
    const line = 7;
    const column = '    label "'.length;
    let text = start;
    for (let n = 0; n < 500; n++) {
      const ch = n === 499 ? "!" : "abcdefghij"[n % 10];
      const at = { line, character: column + n };
      void client.conn.sendNotification("textDocument/didChange", {
        textDocument: { uri, version: n + 2 },
        contentChanges: [{ range: { start: at, end: at }, text: ch }],
      });
      const lines = text.split("\n");
      lines[line] = lines[line].slice(0, column + n) + ch + lines[line].slice(column + n);
      text = lines.join("\n");
    }
    // And finally point the condition at a field that does not exist.
    const whenAt = text.indexOf("asked = yes");
    const pos = { line: 6, character: whenAt - text.lastIndexOf("\n", whenAt) - 1 };
    void client.conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 502 },
      contentChanges: [{ range: { start: pos, end: { line: 6, character: pos.character + "asked".length } }, text: "askd" }],
    });
    text = text.replace("asked = yes", "askd = yes");

    const published = await client.waitForDiagnostics(uri, (p) => p.version === 502);
    const ws = workspaceWithPacks();
    ws.set("/expected/typing.form", text);
    const expected = checkDocument(ws, "/expected/typing.form").diagnostics;
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual(
      expected.map((d) => [d.ruleId, d.range.start.line, d.range.start.character]),
    );
    expect(published.diagnostics.some((d) => d.code === "unknown-field" && /did you mean `asked`/.test(d.message))).toBe(true);
    await stillAnswers();
  });

  it("still shuts down cleanly with status 0", async () => {
    expect(await shutdown(client)).toBe(0);
  });
});

describe("exit without shutdown", () => {
  it("ends the process with status 1, as the protocol says", async () => {
    const c = startClient();
    await initialize(c, dir);
    await c.conn.sendNotification("exit");
    expect(await c.exited).toBe(1);
  });
});
