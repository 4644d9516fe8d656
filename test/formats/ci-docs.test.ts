/** docs/ci.md's recipes are copied into real repositories: their YAML and JSON must parse, and say what the text says. */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { baselineSchema } from "../../cli/baseline";
import { LINT_FORMATS } from "../../cli/formatters/index";

// js-yaml is already in node_modules (through the toolchain): a real YAML parser.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require("js-yaml") as { load(text: string): unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const doc = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "ci.md"), "utf8");
const blocks = (lang: string) => [...doc.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);

describe("docs/ci.md", () => {
  const [workflow, gitlab, precommit] = blocks("yaml").map((y) => yaml.load(y) as Json);

  it("has a GitHub Actions workflow that uploads formguard's SARIF to code scanning", () => {
    const steps: Json[] = workflow.jobs.forms.steps;
    const sarifStep = steps.find((s) => /--format sarif --output formguard\.sarif/.test(s.run ?? ""));
    expect(sarifStep.run).toMatch(/\|\| test \$\? -eq 1$/);
    const upload = steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"));
    expect(upload.with.sarif_file).toBe("formguard.sarif");
    expect(workflow.jobs.forms.permissions["security-events"]).toBe("write");
    expect(steps.at(-1).run).toBe("npx --no-install formguard lint");
  });

  it("has a GitLab job that keeps the JUnit report", () => {
    expect(gitlab.formguard.artifacts.reports.junit).toBe("formguard-junit.xml");
    expect(gitlab.formguard.artifacts.when).toBe("always");
    expect(gitlab.formguard.script).toContain("npx --no-install formguard lint --format junit --output formguard-junit.xml");
  });

  it("has a pre-commit local hook for forms and packs", () => {
    const hook = precommit.repos[0].hooks[0];
    expect(precommit.repos[0].repo).toBe("local");
    expect(hook).toMatchObject({ id: "formguard", language: "system", entry: "npx --no-install formguard lint" });
    expect(new RegExp(hook.files).test("forms/ed.form")).toBe(true);
    expect(new RegExp(hook.files).test("rules/extra.formrules")).toBe(true);
    expect(new RegExp(hook.files).test("README.md")).toBe(false);
  });

  it("shows a baseline file formguard accepts", () => {
    const json = blocks("json").map((j) => JSON.parse(j));
    expect(json.filter((j) => "formguardBaseline" in j).map((j) => baselineSchema().safeParse(j).success)).toEqual([true]);
  });

  it("documents every lint format formguard has", () => {
    for (const f of Object.keys(LINT_FORMATS)) expect(doc).toContain(`| \`${f}\``);
  });
});
