/**
 * The CLI and the language server must never disagree. One workspace — a configuration with
 * severity overrides (qualified, bare and pack-wide ids), `infer` on, a Questionnaire mapped to a
 * service, a local pack, and forms — is linted by `formguard lint --format json` and by the
 * server (files nobody opened), and every file's findings must be the same: rule, level, place.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ensureBuilt, fileUri, initialize, ROOT, startClient, type TestClient } from "./lsp-client";
import { ED_NONCOMPLIANT, LOCAL_PACK } from "./workspace-fixtures";

const ED = ED_NONCOMPLIANT;
const MAT = fs.readFileSync(path.join(ROOT, "examples/forms/antenatal-care-plan.noncompliant.form"), "utf8");
const QUESTIONNAIRE = fs.readFileSync(path.join(ROOT, "test/fixtures/fhir/sdc-phq9.json"), "utf8");
/** An untagged question inference recognises (so `infer` changes the verdict). */
const UNTAGGED = ED.replace(/\n}\s*$/, '\n  section extra "Extra" {\n    field escort_name text required {\n      label "Full name of the adult accompanying the child"\n    }\n  }\n}\n');
const CONFIG = {
  infer: true,
  packs: ["local.formrules"],
  rules: { "missing-label": "error", "ed-paediatric-liaison": "info", "cqc-dorset-2015/mat-seen-alone": "off", "local/*": "error" },
  questionnaires: [{ files: "questionnaires/*.json", service: "emergency-department", audience: ["child"] }],
};

type Finding = string;
let dir: string;
let client: TestClient;
const files = ["forms/ed.form", "forms/antenatal.form", "questionnaires/phq9.json"];

beforeAll(async () => {
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-parity-"));
  for (const d of ["forms", "questionnaires"]) fs.mkdirSync(path.join(dir, d));
  fs.writeFileSync(path.join(dir, "forms/ed.form"), UNTAGGED);
  fs.writeFileSync(path.join(dir, "forms/antenatal.form"), MAT);
  fs.writeFileSync(path.join(dir, "questionnaires/phq9.json"), QUESTIONNAIRE);
  fs.writeFileSync(path.join(dir, "local.formrules"), LOCAL_PACK);
  fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify(CONFIG, null, 2));
  client = startClient();
  await initialize(client, dir);
});

afterAll(() => {
  client?.proc.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

function cliFindings(): Map<string, Finding[]> {
  const r = spawnSync(process.execPath, [CLI, "lint", ".", "--format", "json"], { cwd: dir, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(1);
  const out = new Map<string, Finding[]>();
  for (const f of JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; level: string; line: number; column: number }> }>) {
    out.set(f.filePath, f.messages.map((m) => `${m.line}:${m.column} ${m.level} ${m.ruleId}`).sort());
  }
  return out;
}

const LEVEL = ["", "error", "warning", "info"];

describe("the CLI and the language server agree", () => {
  it("on every file of a configured workspace: overrides, bare and pack-wide ids, infer, a Questionnaire", async () => {
    const cli = cliFindings();
    expect([...cli.keys()].sort()).toEqual([...files, "local.formrules"].sort());
    for (const file of files) {
      const published = await client.waitForDiagnostics(fileUri(path.join(dir, file)), (p) => p.diagnostics.length > 0);
      // Waived findings are hints in the editor and suppressed messages in the CLI's JSON: compare what is reported.
      const server = published.diagnostics.filter((d) => d.severity !== 4).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${LEVEL[d.severity!]} ${d.code}`).sort();
      expect(server, file).toEqual(cli.get(file));
    }
  }, 60_000);

  it("and the workspace really exercises each input (so agreement means something)", () => {
    const cli = cliFindings();
    const all = [...cli.values()].flat();
    expect(all.some((f) => f.endsWith("info cqc-dorset-2015/ed-paediatric-liaison"))).toBe(true); // bare id re-levelled
    expect(all.some((f) => f.endsWith("error local/ed-triage-time"))).toBe(true); // PACK/* re-levelled
    expect(all.filter((f) => f.endsWith(" cqc-dorset-2015/mat-seen-alone"))).toEqual([]); // switched off
    expect(all.some((f) => f.endsWith(" cqc-dorset-2015/mat-seen-alone-date"))).toBe(true); // its neighbour is not
    expect(cli.get("questionnaires/phq9.json")!.some((f) => f.includes("cqc-dorset-2015/"))).toBe(true); // mapped service applied
    expect(cli.get("forms/ed.form")!.some((f) => f.includes("recognised-concept"))).toBe(true); // infer on
  });
});

describe("quick fixes follow the same options", () => {
  it("offers no fix inserting a prompt that inference already counts (config infer: true)", async () => {
    const uri = fileUri(path.join(dir, "forms/ed.form"));
    const published = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "formguard-form", version: 1, text: UNTAGGED } });
    const lines = UNTAGGED.split("\n").length;
    const actions = (await client.conn.sendRequest("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } }, context: { diagnostics: published.diagnostics } })) as Array<{ title: string }>;
    const titles = actions.map((a) => a.title);
    expect(titles).toContain("Add field `accompanying_adult_relationship` covering accompanying-adult.relationship to section `extra`"); // still missing: offered
    // Inference counts `escort_name`: the fix on offer tags it; none inserts a second name field.
    expect(titles.filter((t) => t.startsWith("Add field") && t.includes("covering accompanying-adult.name"))).toEqual([]);
    expect(titles).toContain("Add `covers accompanying-adult.name` to `escort_name`");
  }, 60_000);
});
