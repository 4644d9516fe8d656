/**
 * `--output FILE` replaces an earlier output there, never a source: `lint forms/ed.form -o
 * forms/ed.form` replaced the form being linted with its own report, and `report -o` wrote HTML
 * over a form spec. Each refusal is exit 2 with one line naming the file, before any work, and the
 * file is left byte for byte as it was.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, run, tempDir } from "./cli-harness";
import { ED_MISSING_ADULT } from "./fixtures";

beforeAll(buildOnce);

const QUESTIONNAIRE = JSON.stringify({ resourceType: "Questionnaire", status: "draft", name: "Ed", item: [{ linkId: "who", text: "Who came with the child?", type: "string" }] }, null, 2);
const FILES = {
  "ed.form": ED_MISSING_ADULT,
  "other.form": ED_MISSING_ADULT.replace("form ed", "form other"),
  "local.formrules": "// a pack\n",
  "q.json": QUESTIONNAIRE,
  "baseline.json": '{\n  "formguardBaseline": 1,\n  "problems": []\n}\n',
  "cache.json": '{"format":"formguard-lint-cache/3","entries":{}}',
  "formguard.config.json": "{}\n",
  "hand.form": '// written by hand\nform hand "Hand" {\n}\n',
  "imported.form": "// Imported from a FHIR R4 Questionnaire (id old), status draft.\nform old \"Old\" {\n}\n",
  "README.md": "# Our templates\n",
  "old-report.json": "[]\n",
  "response.json": JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", contained: [JSON.parse(QUESTIONNAIRE)] }, null, 2),
};

const refusals: Array<[string, string[], string, RegExp]> = [
  ["lint writing its report over the form it lints", ["lint", "ed.form", "-o", "ed.form"], "ed.form", /^formguard lint: refusing to write the report to ed\.form: that is a form spec's name; name another --output file\.\n$/],
  ["lint writing JSON over a form spec, streamed", ["lint", "ed.form", "--format", "json", "-o", "other.form"], "other.form", /refusing to write the report to other\.form: that is a form spec's name/],
  ["report writing HTML over a form spec", ["report", "ed.form", "-o", "other.form"], "other.form", /^formguard report: refusing to write the report to other\.form: that is a form spec's name/],
  ["preview writing over a rule pack", ["preview", "ed.form", "-o", "local.formrules"], "local.formrules", /^formguard preview: refusing to write the preview to local\.formrules: that is a rule pack's name/],
  ["lint writing over the configuration", ["lint", "ed.form", "-o", "formguard.config.json"], "formguard.config.json", /that is the configuration's name/],
  ["lint writing over the Questionnaire it lints", ["lint", "q.json", "-o", "q.json"], "q.json", /^formguard: refusing to overwrite q\.json: it exists and is not a report; it is a FHIR Questionnaire, a formguard baseline or a lint cache: name another --output file\.\n$/],
  ["lint writing over a baseline", ["lint", "ed.form", "--format", "json", "-o", "baseline.json"], "baseline.json", /refusing to overwrite baseline\.json: it exists and is not a report/],
  ["lint writing over a lint cache", ["lint", "ed.form", "-o", "cache.json"], "cache.json", /refusing to overwrite cache\.json: it exists and is not a report/],
  ["import over a form spec written by hand", ["import", "q.json", "-o", "hand.form"], "hand.form", /^formguard: refusing to overwrite hand\.form: it exists and is not a form spec formguard imported; importing would replace it: name another --output file, or move it away first\.\n$/],
  ["import over the Questionnaire it imports", ["import", "q.json", "-o", "q.json"], "q.json", /refusing to overwrite q\.json: it exists and is not a form spec formguard imported/],
  ["import over a rule pack", ["import", "q.json", "-o", "local.formrules"], "local.formrules", /refusing to write the form spec to local\.formrules: that is a rule pack's name/],
  ["export over the form it exports", ["export", "ed.form", "--to", "fhir", "-o", "ed.form"], "ed.form", /^formguard export: refusing to write the Questionnaire to ed\.form: that is a form spec's name/],
  ["export over a README", ["export", "ed.form", "--to", "fhir", "-o", "README.md"], "README.md", /refusing to overwrite README\.md: it exists and is not a FHIR Questionnaire; exporting would replace it/],
  ["export over a response that holds a Questionnaire", ["export", "ed.form", "--to", "fhir", "-o", "response.json"], "response.json", /refusing to overwrite response\.json: it exists and is not a FHIR Questionnaire; exporting would replace it/],
  ["lint writing over a response that holds a Questionnaire", ["lint", "ed.form", "--format", "json", "-o", "response.json"], "response.json", /refusing to overwrite response\.json: it exists and is not a report/],
];

describe("--output never replaces a source", () => {
  it.each(refusals)("%s: exit 2, one line, the file untouched", (_name, args, target, message) => {
    const dir = tempDir(FILES);
    const before = fs.readFileSync(path.join(dir, target));
    const r = run(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.readFileSync(path.join(dir, target)).equals(before)).toBe(true);
  });
});

describe("--output replaces what it wrote before", () => {
  it.each([
    ["lint's earlier JSON report", ["lint", "ed.form", "--format", "json", "-o", "old-report.json"], "old-report.json", (t: string) => JSON.parse(t)[0].filePath === "ed.form"],
    ["a README, with the report (the file was named)", ["report", "ed.form", "--format", "markdown", "-o", "README.md"], "README.md", (t: string) => t.startsWith("## formguard audit report")],
    ["an earlier import", ["import", "q.json", "-o", "imported.form"], "imported.form", (t: string) => t.startsWith("// Imported from a FHIR R4 Questionnaire") && t.includes("form ed ")],
    ["a Questionnaire, with the export", ["export", "ed.form", "--to", "fhir", "-o", "q.json"], "q.json", (t: string) => JSON.parse(t).resourceType === "Questionnaire" && JSON.parse(t).id === "ed"],
  ] as const)("%s", (_name, args, target, isNew) => {
    const dir = tempDir(FILES);
    const r = run([...args], { cwd: dir });
    expect(r.status, r.stderr).not.toBe(2);
    expect(isNew(fs.readFileSync(path.join(dir, target), "utf8"))).toBe(true);
  });
});
