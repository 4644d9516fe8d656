/**
 * The npm package as a user's project gets it: packed (`npm pack`, as `npm install` of a
 * checkout or a release packs it), unpacked into node_modules/formguard of a new project. The
 * paths the docs give into it exist there — the README's `"$schema"`, the example the Neovim
 * walk-through copies, the bundles editors start — the installed command works, and no sources
 * or tests are shipped.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../build";
import { fencedBlocks, readDoc, ROOT } from "./markdown";

let tmp: string;
let project: string;
let packed: string[];

beforeAll(() => {
  ensureBuilt();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-npm-package-"));
  // --ignore-scripts: `prepare` would rebuild dist/ while other test files run the bundles; ensureBuilt made it current.
  const [info] = JSON.parse(execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", tmp], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info.files.map((f) => f.path);
  project = path.join(tmp, "project");
  fs.mkdirSync(path.join(project, "node_modules"), { recursive: true });
  execFileSync("tar", ["xzf", path.join(tmp, info.filename), "-C", path.join(project, "node_modules")]);
  fs.renameSync(path.join(project, "node_modules", "package"), path.join(project, "node_modules", "formguard"));
}, 120_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe("the npm package", () => {
  it("has the schema the README's configuration example names, as the path a project has", () => {
    const config = fencedBlocks(readDoc("README.md")).find((b) => b.lang === "json" && b.body.includes('"$schema"'));
    const schemaPath = JSON.parse(config!.body).$schema as string;
    expect(schemaPath).toBe("./node_modules/formguard/docs/formguard.config.schema.json");
    const installed = fs.readFileSync(path.join(project, schemaPath), "utf8");
    expect(installed).toBe(readDoc("docs/formguard.config.schema.json"));
  });

  it.each([
    ["the command", "bin/formguard.js"],
    ["the CLI bundle", "dist/cli.js"],
    ["the server editors start (docs/editors.md)", "dist/server.js"],
    ["the shipped pack", "rules/packs/cqc-dorset-2015.formrules"],
    ["the rule pages diagnostics link to", "docs/rules/ed-accompanying-adult.md"],
    ["the report's JSON Schema", "docs/report.schema.json"],
    ["the form the Neovim walk-through copies", "examples/forms/emergency-department-paediatric.noncompliant.form"],
  ])("has %s (%s)", (_what, file) => {
    expect(packed).toContain(file);
  });

  it("ships no sources, tests or benches", () => {
    expect(packed.filter((f) => /^(cli|project|server|service|language|rules\/(?!packs\/)|report|fhir|fixes|client|test|bench|scripts)\/|\.ts$|\.map$/.test(f))).toEqual([]);
  });

  it("works installed: the project's own command lints the example and finds its problems", () => {
    fs.copyFileSync(path.join(project, "node_modules/formguard/examples/forms/emergency-department-adult.noncompliant.form"), path.join(project, "ed.form"));
    fs.writeFileSync(path.join(project, "formguard.config.json"), JSON.stringify({ $schema: "./node_modules/formguard/docs/formguard.config.schema.json" }));
    const run = spawnSync(process.execPath, [path.join(project, "node_modules/formguard/bin/formguard.js"), "lint", "."], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/✖ 4 problems \(4 errors, 0 warnings, 0 info\) in 1 file checked\./);
    expect(run.status).toBe(1);
  });
});
