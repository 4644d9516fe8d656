/**
 * Packs end to end, as a user meets them through the built CLI: `formguard test` on fixtures,
 * the example pack's fixtures, a pack loaded as an npm package, a broken pack stopping the run,
 * the shipped pack switched off with one line, and `files` globs from the config's folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, ROOT, run, tempDir } from "./cli-harness";

beforeAll(buildOnce);

const EXAMPLE = path.join(ROOT, "examples", "packs", "was-not-brought");

const PACK = `pack local "Local policy" {
  version "1.2.0"
  source-text "policy.txt"
}
service clinic "Clinic record"
concept local.outcome "Outcome" { suggest choice required options "Seen", "Was not brought" }
rule outcome-recorded {
  title "Record the outcome"
  severity error
  applies service clinic
  require local.outcome required
  cites paragraph 1.1
  quote "record the outcome"
}
`;
const POLICY = "1.1 Staff record the outcome of every appointment.";
const FORM = (covers: boolean, expect = "") => `form f "F" {${expect}
  service clinic
  version "1"
  owner "o"
  field o choice required {
    label "Outcome"
    options "Seen", "Was not brought"
    ${covers ? "covers local.outcome" : ""}
  }
}
`;
/** The rule ids of the errors and warnings of the first file of `--format json` output. */
const errorIds = (stdout: string): string[] => JSON.parse(stdout)[0].messages.filter((m: { level: string }) => m.level !== "info").map((m: { ruleId: string }) => m.ruleId);
const CONFIG = JSON.stringify({ packs: ["local.formrules"], rules: { "cqc-dorset-2015/*": "off" } });

describe("formguard test", () => {
  it("passes the example pack's fixtures (examples/packs/was-not-brought)", () => {
    const r = run(["test"], { cwd: EXAMPLE });
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("3 of 3 fixtures passed.");
    expect(r.status).toBe(0);
  });

  it("names each failing fixture with expected against got, and exits 1", () => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG, "tests/ok.form": FORM(true), "tests/gap.form": FORM(false, " // expect: outcome-recorded"), "tests/wrong.form": FORM(true, " // expect: outcome-recorded") });
    const r = run(["test"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("PASS tests/ok.form");
    expect(r.stdout).toContain("PASS tests/gap.form");
    expect(r.stdout).toContain("FAIL tests/wrong.form\n  tests/wrong.form:1: expected outcome-recorded, got nothing on that line");
    expect(r.stdout).toContain("2 of 3 fixtures passed; 1 failed.");
  });

  it.each([
    ["local/outcome-recordd", "local/outcome-recorded"],
    ["outcome-recordd", "outcome-recorded"],
  ])("an expectation naming no loaded rule (%s) says so, with the nearest id", (written, guess) => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG, "tests/gap.form": FORM(false, ` // expect: ${written}`) });
    const r = run(["test"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`tests/gap.form:1: expected ${written} (no loaded rule has this id; did you mean ${guess}?), got local/outcome-recorded`);
  });

  it("--update writes the findings as expectations, after which the fixtures pass", () => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG, "tests/gap.form": FORM(false) });
    expect(run(["test"], { cwd: dir }).status).toBe(1);
    const u = run(["test", "--update"], { cwd: dir });
    expect(u.status).toBe(0);
    // A missing prompt is a form-level finding: on the form's header line.
    expect(fs.readFileSync(path.join(dir, "tests/gap.form"), "utf8").split("\n")[0]).toBe('form f "F" { // expect: local/outcome-recorded');
    expect(run(["test"], { cwd: dir }).status).toBe(0);
  });

  it.each([
    ["no fixtures beside the pack", { "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG }, "no fixtures found"],
    ["a broken pack", { "local.formrules": PACK.replace("choice required", "choise required"), "policy.txt": POLICY, "formguard.config.json": CONFIG, "tests/ok.form": FORM(true) }, "did you mean `choice`"],
  ])("exits 2 on %s", (_name, files, message) => {
    const r = run(["test"], { cwd: tempDir(files) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("a broken pack loaded through the config or --rules", () => {
  it.each([
    ["config", (dir: string) => ["lint", path.join(dir, "forms")]],
    ["--rules", (dir: string) => ["lint", path.join(dir, "forms"), "--rules", path.join(dir, "local.formrules")]],
  ])("is reported on the pack (file:line:column) and stops the run through %s", (how, args) => {
    const bad = PACK.replace('require local.outcome required', 'require local.outcome required with options include "Was not brough"');
    const files: Record<string, string> = { "local.formrules": bad, "policy.txt": POLICY, "forms/f.form": FORM(true) };
    if (how === "config") files["formguard.config.json"] = CONFIG;
    const dir = tempDir(files);
    const r = run(args(dir), { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/local\.formrules:11:\d+: error: .*did you mean "Was not brought"\? .*\(invalid-requirement\)/);
  });
});

describe("packs as npm packages", () => {
  const pkg = (packs: unknown) => JSON.stringify({ name: "@trust/wnb-pack", version: "1.2.0", formguard: { packs } });

  it("resolves a package name in the config through node_modules from the config's folder", () => {
    const dir = tempDir({
      "node_modules/@trust/wnb-pack/package.json": pkg(["local.formrules"]),
      "node_modules/@trust/wnb-pack/local.formrules": PACK,
      "node_modules/@trust/wnb-pack/policy.txt": POLICY,
      "formguard.config.json": JSON.stringify({ packs: ["@trust/wnb-pack"], rules: { "cqc-dorset-2015/*": "off" } }),
      "forms/gap.form": FORM(false),
    });
    const r = run(["lint", "forms", "--format", "json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(errorIds(r.stdout)).toEqual(["local/outcome-recorded"]);
  });

  it("resolves --rules PACKAGE too", () => {
    const dir = tempDir({
      "node_modules/@trust/wnb-pack/package.json": pkg(["local.formrules"]),
      "node_modules/@trust/wnb-pack/local.formrules": PACK,
      "forms/gap.form": FORM(false),
    });
    const r = run(["lint", "forms", "--rules", "@trust/wnb-pack", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("local/outcome-recorded");
  });

  it.each([
    ["a package that is not installed", {}, 'Rule pack package "@trust/wnb-pack" is not installed'],
    ["a package without formguard.packs", { "node_modules/@trust/wnb-pack/package.json": JSON.stringify({ name: "@trust/wnb-pack" }) }, "$.formguard.packs: expected a list"],
  ])("exits 2 on %s", (_name, files, message) => {
    const dir = tempDir({ ...files, "formguard.config.json": JSON.stringify({ packs: ["@trust/wnb-pack"] }), "forms/f.form": FORM(true) });
    const r = run(["lint", "forms"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe("switching the shipped pack off with one line", () => {
  it("leaves only the local pack's findings: the shipped rules without `applies` stop firing too", () => {
    const files = { "local.formrules": PACK, "policy.txt": POLICY, "forms/gap.form": FORM(false).replace('  version "1"\n  owner "o"\n', "") };
    const on = run(["lint", "forms", "--format", "json"], { cwd: tempDir({ ...files, "formguard.config.json": JSON.stringify({ packs: ["local.formrules"] }) }) });
    const onIds: string[] = JSON.parse(on.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(onIds.some((id) => id.startsWith("cqc-dorset-2015/"))).toBe(true);
    const off = run(["lint", "forms", "--format", "json"], { cwd: tempDir({ ...files, "formguard.config.json": CONFIG }) });
    expect(errorIds(off.stdout)).toEqual(["local/outcome-recorded"]);
  });
});

describe("files globs", () => {
  it("are relative to the config's folder: `lint forms/` with \"files\": [\"forms/**/*.form\"] finds the forms", () => {
    const dir = tempDir({ "formguard.config.json": JSON.stringify({ files: ["forms/**/*.form"] }), "forms/a/f.form": 'form f "F" {\n}\n', "other/g.form": 'form g "G" {\n}\n' });
    const r = run(["lint", "forms/", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(["forms/a/f.form"]);
  });
});

describe("docs for any pack", () => {
  it("`formguard rules --docs OUT_DIR` writes each loaded pack's rule pages, linking to its pack file", () => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG });
    const r = run(["rules", "--docs", "out"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out", "local")).sort()).toEqual(["README.md", "outcome-recorded.md"]);
    const page = fs.readFileSync(path.join(dir, "out", "local", "outcome-recorded.md"), "utf8");
    expect(page).toContain("# Record the outcome");
    expect(page).toContain("[the pack](../../local.formrules)");
    expect(fs.existsSync(path.join(dir, "out", "cqc-dorset-2015", "ed-accompanying-adult.md"))).toBe(true);
  });

  it("never removes or replaces a file in OUT_DIR that formguard did not write; a page it wrote for a rule now gone is removed", () => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG, "out/local/notes.md": "Our own notes on the local pack.\n" });
    expect(run(["rules", "--docs", "out"], { cwd: dir }).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "out/local/notes.md"), "utf8")).toBe("Our own notes on the local pack.\n");
    // A page formguard wrote for a rule the pack no longer has goes; a hand-edited page stops the run.
    const generated = fs.readFileSync(path.join(dir, "out/local/outcome-recorded.md"), "utf8");
    fs.writeFileSync(path.join(dir, "out/local/retired-rule.md"), generated);
    fs.writeFileSync(path.join(dir, "out/cqc-dorset-2015/README.md"), "Edited by hand.\n");
    const before = fs.readdirSync(path.join(dir, "out/local")).sort();
    const refused = run(["rules", "--docs", "out"], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`formguard rules --docs: ${path.join("out", "cqc-dorset-2015", "README.md")} was not written by formguard (no "Generated by" first line), so nothing was written or removed. Move it away, or choose another --docs folder.\n`);
    // nothing was written or removed, in any pack's folder
    expect(fs.readdirSync(path.join(dir, "out/local")).sort()).toEqual(before);
    expect(fs.readFileSync(path.join(dir, "out/cqc-dorset-2015/README.md"), "utf8")).toBe("Edited by hand.\n");
    fs.rmSync(path.join(dir, "out/cqc-dorset-2015/README.md"));
    expect(run(["rules", "--docs", "out"], { cwd: dir }).status).toBe(0);
    expect(fs.readdirSync(path.join(dir, "out/local")).sort()).toEqual(["README.md", "notes.md", "outcome-recorded.md"]);
  });

  it("the stylish hint points at docs/rules only for shipped rules, and at --docs for the others", () => {
    const dir = tempDir({ "local.formrules": PACK, "policy.txt": POLICY, "formguard.config.json": CONFIG, "forms/gap.form": FORM(false) });
    const r = run(["lint", "forms"], { cwd: dir });
    expect(r.stdout).not.toContain("docs/rules/<rule>.md");
    expect(r.stdout).toContain("`formguard rules --docs DIR` writes a page explaining each rule of the other packs.");
  });

  it("`formguard rules` lists each pack's recommendations under the pack, with `pack` in JSON", () => {
    const withRec = PACK.replace("cites paragraph 1.1", "cites paragraph 1.1, recommendation 2.2") + 'recommendation 2.2 "Local 2.2"\n';
    const dir = tempDir({ "local.formrules": withRec, "policy.txt": POLICY, "formguard.config.json": CONFIG });
    const text = run(["rules"], { cwd: dir }).stdout;
    expect(text).toMatch(/Recommendations of local \(1\):\n\n  2\.2 +local\/outcome-recorded/);
    expect(text).toMatch(/Recommendations of cqc-dorset-2015 \(42\):/);
    const json = JSON.parse(run(["rules", "--format", "json"], { cwd: dir }).stdout);
    const twoTwo = json.recommendations.filter((r: { ref: string }) => r.ref === "2.2");
    expect(twoTwo.map((r: { pack: string; rules: string[] }) => [r.pack, r.rules.includes("local/outcome-recorded")])).toEqual([
      ["cqc-dorset-2015", false],
      ["local", true],
    ]);
  });
});
