/**
 * The real server process, driven over stdio JSON-RPC the way an editor drives it: open a
 * non-compliant emergency department form, see the cited findings, hover, complete, apply a
 * quick fix and watch its finding clear, rename a field with its `when` references, shut down.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, WorkspaceEdit } from "vscode-languageserver-protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, fileUri, initialize, ROOT, shutdown, startClient, type TestClient } from "./lsp-client";

const ED = fs.readFileSync(path.join(ROOT, "examples/forms/emergency-department-paediatric.noncompliant.form"), "utf8");

let dir: string;
let client: TestClient;
let doc: TextDocument;
let uri: string;

function positionOf(needle: string, delta = 0) {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`not in the document: ${needle}`);
  return doc.positionAt(at + delta);
}

/** Applies a workspace edit to our copy and tells the server, as an editor does after workspace/applyEdit. */
async function applyEdit(edit: WorkspaceEdit) {
  const edits = edit.changes?.[uri] ?? [];
  expect(edits.length).toBeGreaterThan(0);
  const text = TextDocument.applyEdits(doc, edits);
  doc = TextDocument.create(uri, "formguard", doc.version + 1, text);
  await client.conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: doc.version }, contentChanges: [{ text }] });
  return client.waitForDiagnostics(uri, (p) => p.version === doc.version);
}

const byConcept = (diags: Diagnostic[], concept: string) =>
  diags.filter((d) => (d.data as { facts?: { concept?: string } } | undefined)?.facts?.concept === concept);

beforeAll(() => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-"));
  fs.writeFileSync(path.join(dir, "ed.form"), ED);
  uri = fileUri(path.join(dir, "ed.form"));
  doc = TextDocument.create(uri, "formguard", 1, ED);
  client = startClient();
});

afterAll(() => {
  client?.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("formguard lsp --stdio, end to end", () => {
  it("initializes and advertises the editor features", async () => {
    const result = await initialize(client, dir);
    expect(result.capabilities).toMatchObject({
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      codeActionProvider: { codeActionKinds: ["quickfix"] },
      documentFormattingProvider: true,
    });
  });

  it("publishes the form's findings with their citations when it is opened", async () => {
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard", version: 1, text: ED } });
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const accompanying = published.diagnostics.find((d) => d.code === "cqc-dorset-2015/ed-accompanying-adult");
    expect(accompanying).toMatchObject({ source: "formguard", severity: 1 });
    expect(accompanying!.message).toContain("recommendation 2.2; paragraph 1.20");
    expect((accompanying!.data as { citations: unknown }).citations).toEqual([{ recommendation: "2.2" }, { paragraph: "1.20" }]);
    // "Why?" is one click away: the rule's page in docs/rules/.
    expect(accompanying!.codeDescription!.href).toBe(fileUri(path.join(ROOT, "docs", "rules", "ed-accompanying-adult.md")));
    // The waived liaison finding stays visible, as a hint that says who waived it.
    const waived = published.diagnostics.find((d) => d.code === "cqc-dorset-2015/ed-paediatric-liaison");
    expect(waived).toMatchObject({ severity: 4 });
    expect(waived!.message).toMatch(/^Waived by Named nurse/);
  });

  it("explains a covered concept on hover: label, the rules that require it, their citations", async () => {
    const h = (await client.conn.sendRequest("textDocument/hover", { textDocument: { uri }, position: positionOf("covers risk.analysis\n", 9) })) as Hover;
    const text = (h.contents as { value: string }).value;
    expect(text).toContain("The practitioner's summary and analysis of the risk of harm");
    expect(text).toContain("cqc-dorset-2015/ed-risk-analysis");
    expect(text).toContain("recommendation 2.4");
  });

  it("completes concept ids after `covers`, the ones this form still lacks first", async () => {
    const r = (await client.conn.sendRequest("textDocument/completion", { textDocument: { uri }, position: positionOf("covers risk.analysis\n", 7) })) as CompletionItem[] | CompletionList;
    const items = Array.isArray(r) ? r : r.items;
    const sorted = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
    const labels = sorted.map((i) => i.label);
    expect(labels).toContain("accompanying-adult.name");
    expect(labels.indexOf("accompanying-adult.name")).toBeLessThan(labels.indexOf("voice-of-child"));
  });

  it("offers a quick fix that inserts the missing field, and the finding clears once applied", async () => {
    const before = client.diagnostics.get(uri)!.diagnostics;
    const target = byConcept(before, "accompanying-adult.name")[0];
    expect(target).toBeDefined();
    const actions = (await client.conn.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target], only: ["quickfix"] },
    })) as CodeAction[];
    const fix = actions.find((a) => a.isPreferred && a.diagnostics?.some((d) => (d.data as { facts?: { concept?: string } }).facts?.concept === "accompanying-adult.name"));
    expect(fix?.edit).toBeDefined();
    const comments = ED.split("\n").filter((l) => l.trim().startsWith("//"));
    const after = await applyEdit(fix!.edit!);
    expect(byConcept(after.diagnostics, "accompanying-adult.name")).toEqual([]);
    expect(byConcept(after.diagnostics, "accompanying-adult.relationship")).toHaveLength(1);
    expect(doc.getText()).toContain("covers accompanying-adult.name");
    for (const c of comments) expect(doc.getText()).toContain(c);
  });

  it("renames a field together with its `when` references", async () => {
    // The did-not-wait fix adds a follow-up field shown `when left_before_treatment = yes`.
    const target = byConcept(client.diagnostics.get(uri)!.diagnostics, "did-not-wait.follow-up")[0];
    const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    await applyEdit(actions.find((a) => a.isPreferred)!.edit!);
    expect(doc.getText()).toMatch(/when left_before_treatment = yes/);

    const position = positionOf("field left_before_treatment", 6);
    const prepared = (await client.conn.sendRequest("textDocument/prepareRename", { textDocument: { uri }, position })) as { placeholder: string };
    expect(prepared.placeholder).toBe("left_before_treatment");
    const edit = (await client.conn.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "did_not_wait" })) as WorkspaceEdit;
    expect(edit.changes![uri]).toHaveLength(2);
    const after = await applyEdit(edit);
    expect(doc.getText()).toContain("field did_not_wait yesno required");
    expect(doc.getText()).toContain("when did_not_wait = yes");
    expect(after.diagnostics.filter((d) => d.code === "unknown-field")).toEqual([]);
  });

  it("refuses a rename to an invalid id with a message saying why", async () => {
    const position = positionOf("field did_not_wait", 6);
    await expect(client.conn.sendRequest("textDocument/rename", { textDocument: { uri }, position, newName: "Did Not Wait" })).rejects.toThrow(/not a valid field id/);
  });

  it("exits with status 0 after shutdown and exit", async () => {
    expect(await shutdown(client)).toBe(0);
  });
});
