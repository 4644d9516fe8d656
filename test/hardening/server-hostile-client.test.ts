/**
 * The language server against a hostile or hurried client, beyond test/server/: requests
 * cancelled while pending, requests about positions that only an older version of the text
 * had, 1,000 edits of mixed kinds sent with requests in between, and notifications about
 * documents it never saw. It answers every request (a result, or a cancellation error),
 * ends with the diagnostics of the final text, and exits only when asked.
 *
 * Already covered in test/server/, so not repeated here: 500 rapid incremental edits ending in
 * the in-process checker's diagnostics (robustness.test.ts); a pack that stops parsing keeps
 * its last good version for the forms (workspace.test.ts); an invalid formguard.config.json
 * gives a clear message and the last good configuration stays in use (workspace.test.ts);
 * `exit` without `shutdown` ends with status 1 (robustness.test.ts).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CancellationTokenSource } from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../rules/checker";
import { workspaceWithPacks } from "../helpers";
import { ensureBuilt, fileUri, initialize, shutdown, startClient, type TestClient } from "../server/lsp-client";

const REQUEST_CANCELLED = -32800;
let dir: string;
let client: TestClient;

const FORM = (label: string, name = "f") =>
  `form ${name} "F" {\n  version "1"\n  owner "Test"\n  service emergency-department\n  audience adult\n  ages 18..120\n` +
  `  section s "S" {\n    field asked yesno {\n      label "${label}"\n    }\n  }\n}\n`;

function bigForm(fields: number): string {
  const out = [`form big "Big" {\n  version "1"\n  owner "Test"\n  section s "S" {\n`];
  for (let i = 0; i < fields; i++) out.push(`    field f${i} text required {\n      label "Question ${i}"\n    }\n`);
  out.push("  }\n}\n");
  return out.join("");
}

async function stillAnswers() {
  const symbols = await client.conn.sendRequest("workspace/symbol", { query: "ed-accompanying-adult" });
  expect(Array.isArray(symbols)).toBe(true);
  expect(client.proc.exitCode).toBeNull();
}

/** A request's outcome: its result, or the error code it was answered with. */
async function outcome(p: Promise<unknown>): Promise<{ result?: unknown; code?: number }> {
  try {
    return { result: await p };
  } catch (e) {
    return { code: (e as { code?: number }).code };
  }
}

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-hostile-"));
  client = startClient();
  await initialize(client, dir);
});

afterAll(() => {
  if (client?.proc.exitCode === null) client.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the language server against a hostile client", () => {
  it("answers requests cancelled while pending with a result or RequestCancelled, and keeps working", async () => {
    const uri = fileUri(path.join(dir, "big.form"));
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text: bigForm(20_000) } });
    const requests = (["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/formatting"] as const).map((method) => {
      const source = new CancellationTokenSource();
      const params = { textDocument: { uri }, ...(method === "textDocument/formatting" ? { options: { tabSize: 2, insertSpaces: true } } : {}) };
      const p = outcome(client.conn.sendRequest(method, params, source.token));
      source.cancel();
      return p;
    });
    for (const r of await Promise.all(requests)) {
      if (r.code !== undefined) expect(r.code).toBe(REQUEST_CANCELLED);
    }
    // A cancellation for a request that never existed is ignored.
    await client.conn.sendNotification("$/cancelRequest", { id: 987654 });
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
    await stillAnswers();
  }, 120_000);

  it.each([
    ["textDocument/hover", { position: { line: 40, character: 3 } }],
    ["textDocument/hover", { position: { line: 8, character: 500 } }],
    ["textDocument/completion", { position: { line: 40, character: 3 } }],
    ["textDocument/definition", { position: { line: 40, character: 3 } }],
    ["textDocument/references", { position: { line: 40, character: 3 }, context: { includeDeclaration: true } }],
    ["textDocument/rename", { position: { line: 40, character: 3 }, newName: "renamed" }],
    ["textDocument/codeAction", { range: { start: { line: 30, character: 0 }, end: { line: 45, character: 9 } }, context: { diagnostics: [] } }],
    ["textDocument/rangeFormatting", { range: { start: { line: 30, character: 0 }, end: { line: 45, character: 9 } }, options: { tabSize: 2, insertSpaces: true } }],
  ])("answers %s at a position only an older version had without failing", async (method, params) => {
    const uri = fileUri(path.join(dir, `stale-${Math.random().toString(36).slice(2)}.form`));
    const long = FORM("Asked?") + "\n".repeat(40) + "// the end\n";
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text: long } });
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: FORM("Asked?") }] });
    const r = await outcome(client.conn.sendRequest(method, { textDocument: { uri }, ...params }));
    expect(r.code, `${method} failed with an error`).toBeUndefined();
    await stillAnswers();
  });

  it("ignores notifications about documents it never opened", async () => {
    const uri = fileUri(path.join(dir, "never-opened.form"));
    await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: "x" }] });
    await client.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await client.conn.sendNotification("textDocument/didSave", { textDocument: { uri } });
    await client.conn.sendNotification("formguard/noSuchNotification", { anything: true });
    await stillAnswers();
  });

  it("after 1,000 edits of mixed kinds with requests in between, publishes the in-process checker's diagnostics", async () => {
    const uri = fileUri(path.join(dir, "typing.form"));
    let text = FORM("", "typing");
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text } });
    const labelLine = 8;
    const column = '      label "'.length;
    const pending: Array<Promise<unknown>> = [];
    let typed = "";
    for (let n = 0; n < 1000; n++) {
      const version = n + 2;
      if (n % 100 === 99) {
        // Now and then the whole text at once, broken (an unclosed string) every other time.
        text = n % 200 === 99 ? FORM(typed, "typing").replace(`"${typed}"`, `"${typed}`) : FORM(typed, "typing");
        void client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      } else {
        const ch = "abcdefghij"[n % 10];
        const at = { line: labelLine, character: column + typed.length };
        // After a broken full text, the next edit replaces the whole text again.
        const fixBroken = text !== FORM(typed, "typing");
        void client.conn.sendNotification("textDocument/didChange", {
          textDocument: { uri, version },
          contentChanges: fixBroken ? [{ text: FORM(typed + ch, "typing") }] : [{ range: { start: at, end: at }, text: ch }],
        });
        typed += ch;
        text = FORM(typed, "typing");
      }
      if (n % 50 === 0) pending.push(outcome(client.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: labelLine, character: column + 2 } })));
    }
    // End on a form with a condition naming a field that does not exist.
    // (Edit 999 was a whole, valid text; this last one is incremental.)
    const at = { line: 7, character: "    field asked yesno".length };
    void client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: 1002 }, contentChanges: [{ range: { start: at, end: at }, text: " when askd = yes" }] });
    text = FORM(typed, "typing").replace("    field asked yesno {", "    field asked yesno when askd = yes {");

    for (const r of await Promise.all(pending)) expect(r).not.toHaveProperty("code", expect.anything());
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1002);
    const ws = workspaceWithPacks();
    ws.set("/expected/typing.form", text);
    const expected = checkDocument(ws, "/expected/typing.form").diagnostics;
    expect(published.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character])).toEqual(
      expected.map((d) => [d.ruleId, d.range.start.line, d.range.start.character]),
    );
    expect(published.diagnostics.some((d) => d.code === "unknown-field")).toBe(true);
    await stillAnswers();
  }, 120_000);

  it("a request with `params: null` is answered with InvalidParams, and the server keeps working", async () => {
    // vscode-jsonrpc will not send null params itself: write the frame by hand.
    const body = JSON.stringify({ jsonrpc: "2.0", id: 424242, method: "textDocument/hover", params: null });
    const answered = new Promise<string>((resolve) => {
      let seen = "";
      const onData = (d: Buffer) => {
        seen += d.toString("utf8");
        if (seen.includes('"id":424242')) {
          client.proc.stdout.off("data", onData);
          resolve(seen.slice(seen.indexOf('{"jsonrpc"', seen.lastIndexOf("Content-Length", seen.indexOf('"id":424242')))));
        }
      };
      client.proc.stdout.on("data", onData);
    });
    client.proc.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const reply = JSON.parse((await answered).split("Content-Length")[0]);
    expect(reply.error.code).toBe(-32602);
    expect(reply.error.message).toMatch(/^Invalid params/);
    await stillAnswers();
  });

  it("a document nested thousands of brackets deep gets one syntax error; every other document keeps its features", async () => {
    const good = fileUri(path.join(dir, "good.form"));
    const deep = fileUri(path.join(dir, "deep.form"));
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: good, languageId: "formguard", version: 1, text: FORM("Who is with the child?", "good") } });
    const n = 5000;
    const deepText = `form d "D" {\n  field x yesno { label "X" }\n  field y text when ${"(".repeat(n)}x = yes${")".repeat(n)} { label "Y" }\n}\n`;
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: deep, languageId: "formguard", version: 1, text: deepText } });
    const published = await client.waitForDiagnostics(deep);
    expect(published.diagnostics.filter((d) => d.code === "syntax").map((d) => d.message)).toEqual([expect.stringMatching(/nested more than 100 deep/)]);
    const hover = (await client.conn.sendRequest("textDocument/hover", { textDocument: { uri: good }, position: { line: 7, character: 12 } })) as { contents: { value: string } } | null;
    expect(hover?.contents.value).toContain("Who is with the child?");
    const formatted = await client.conn.sendRequest("textDocument/formatting", { textDocument: { uri: good }, options: { tabSize: 2, insertSpaces: true } });
    expect(Array.isArray(formatted)).toBe(true);
    expect((await client.waitForDiagnostics(good)).diagnostics.length).toBeGreaterThan(0);
    await stillAnswers();
  });

  it("has not exited on its own, and shuts down with status 0 when asked", async () => {
    expect(client.proc.exitCode).toBeNull();
    expect(client.stderr()).not.toMatch(/^\s+at .+:\d+/m);
    expect(await shutdown(client)).toBe(0);
  });
});
