/**
 * The server finds a workspace's forms and packs exactly as `formguard lint` does in that
 * folder: the configuration's `ignores` hold, and nothing under node_modules/ is a workspace
 * pack. A pack it should not see would add its rules to every form (the Neovim walk-through in
 * docs/editors.md once counted 11 findings instead of 10 because of a test fixture's pack).
 * This holds at start-up and for files the editor reports as created or changed later.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, DEFAULT_CAPABILITIES, ensureBuilt, fileUri, initialize, ROOT, shutdown, startClient, type TestClient } from "./lsp-client";

const ED = fs.readFileSync(path.join(ROOT, "examples/forms/emergency-department-paediatric.noncompliant.form"), "utf8");

/** A pack whose one rule fires on every emergency-department form: if it is loaded, the form shows `<name>/triage-time`. */
const pack = (name: string) => `pack ${name} "${name}" {
  publisher "Test trust"
}

concept ${name}.triage "Time of triage" {
  suggest datetime required
}

rule triage-time {
  title "Record the time of triage"
  severity warning
  applies service emergency-department
  require ${name}.triage required
  cites paragraph 1.20
}
`;

/** Where each pack lives in the workspace, and whether formguard should load it. */
const PACKS: Array<{ name: string; file: string; loaded: boolean; why: string }> = [
  { name: "local", file: "rules/local.formrules", loaded: true, why: "a pack in the workspace" },
  { name: "fixture", file: "test/fixtures/tricky.formrules", loaded: false, why: "named by the configuration's ignores" },
  { name: "vendored", file: "node_modules/some-lib/vendored.formrules", loaded: false, why: "under node_modules/" },
];
/** Created after start-up and reported through workspace/didChangeWatchedFiles. */
const LATE: Array<{ name: string; file: string; loaded: boolean }> = [
  { name: "latelocal", file: "rules/late.formrules", loaded: true },
  { name: "latefixture", file: "test/fixtures/late.formrules", loaded: false },
  { name: "latevendored", file: "node_modules/other-lib/late.formrules", loaded: false },
];

let dir: string;
let formUri: string;
let client: TestClient;

const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const packRules = (codes: Array<string | number | undefined>) => [...new Set(codes.map(String).filter((c) => c.endsWith("/triage-time")))].sort();

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-lsp-discovery-"));
  write("forms/ed.form", ED);
  write("formguard.config.json", JSON.stringify({ ignores: ["test/fixtures/**"] }, null, 2));
  for (const p of PACKS) write(p.file, pack(p.name));
  formUri = fileUri(path.join(dir, "forms", "ed.form"));
  client = startClient();
  await initialize(client, dir, { ...DEFAULT_CAPABILITIES, workspace: { ...DEFAULT_CAPABILITIES.workspace, didChangeWatchedFiles: { dynamicRegistration: true } } });
});

afterAll(() => {
  client?.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the server's workspace is the CLI's", () => {
  it("loads the workspace's packs, but not an ignored one or one under node_modules/", async () => {
    const published = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.length > 0);
    expect(packRules(published.diagnostics.map((d) => d.code))).toEqual(PACKS.filter((p) => p.loaded).map((p) => `${p.name}/triage-time`));
    for (const p of PACKS.filter((p) => !p.loaded)) expect(client.diagnostics.has(fileUri(path.join(dir, p.file))), `${p.file} (${p.why}) was checked`).toBe(false);
  });

  it("finds the same findings as `formguard lint .` in that folder", async () => {
    const lint = spawnSync(process.execPath, [CLI, "lint", "--format", "json", "."], { cwd: dir, encoding: "utf8" });
    const results = JSON.parse(lint.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number }> }>;
    expect(results.map((r) => r.filePath).sort()).toEqual(["forms/ed.form", "rules/local.formrules"]);
    const cli = results.find((r) => r.filePath.endsWith("ed.form"))!.messages.map((m) => `${m.line}:${m.ruleId}`);
    // Waived findings are hints in the editor and `suppressedMessages` in the CLI's JSON: compare the rest.
    const server = client.diagnostics
      .get(formUri)!
      .diagnostics.filter((d) => d.severity !== 4)
      .map((d) => `${d.range.start.line + 1}:${d.code}`);
    expect(server.sort()).toEqual(cli.sort());
  });

  it("ignores the same files when the editor reports them created later", async () => {
    for (const p of LATE) write(p.file, pack(p.name));
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: LATE.map((p) => ({ uri: fileUri(path.join(dir, p.file)), type: 1 })) });
    const published = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "latelocal/triage-time"));
    expect(packRules(published.diagnostics.map((d) => d.code))).toEqual(
      [...PACKS, ...LATE]
        .filter((p) => p.loaded)
        .map((p) => `${p.name}/triage-time`)
        .sort(),
    );
  });

  it("drops a pack the configuration newly ignores, and loads it again when it no longer does, without a restart", async () => {
    const configUri = fileUri(path.join(dir, "formguard.config.json"));
    const changeConfig = async (ignores: string[]) => {
      write("formguard.config.json", JSON.stringify({ ignores }));
      await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: configUri, type: 2 }] });
    };
    await changeConfig(["test/fixtures/**", "rules/late.formrules"]);
    const without = await client.waitForDiagnostics(formUri, (p) => !p.diagnostics.some((d) => d.code === "latelocal/triage-time"));
    expect(packRules(without.diagnostics.map((d) => d.code))).toEqual(["local/triage-time"]);
    await changeConfig([]);
    const all = await client.waitForDiagnostics(formUri, (p) => p.diagnostics.some((d) => d.code === "fixture/triage-time"));
    expect(packRules(all.diagnostics.map((d) => d.code))).toEqual(["fixture/triage-time", "latefixture/triage-time", "latelocal/triage-time", "local/triage-time"]);
  });

  it("lints a Questionnaire reported later, but not a response that holds one (its own resourceType says what it is)", async () => {
    const questionnaire = { resourceType: "Questionnaire", status: "draft", name: "Late", item: [{ linkId: "who", text: "Who came with the child?", type: "string" }] };
    write("fhir/q.json", JSON.stringify(questionnaire, null, 2));
    write("fhir/response.json", JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", contained: [questionnaire] }, null, 2));
    const [q, response] = ["q.json", "response.json"].map((f) => fileUri(path.join(dir, "fhir", f)));
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [response, q].map((uri) => ({ uri, type: 1 })) });
    const published = await client.waitForDiagnostics(q, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics.some((d) => d.code === "missing-service")).toBe(true);
    expect(client.diagnostics.has(response)).toBe(false);
  });

  it("shuts down with status 0", async () => {
    expect(await shutdown(client)).toBe(0);
  });
});
