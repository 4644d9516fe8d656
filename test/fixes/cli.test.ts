/**
 * `formguard fmt` and `formguard lint --fix` as users run them: the built CLI in a real process,
 * on temporary copies of files.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fixesFor } from "../../fixes/index";
import { checkDocument } from "../../rules/checker";
import { buildOnce, ROOT, run, tempDir } from "../cli/cli-harness";
import { commentWords } from "../format/ast-compare";
import { TODAY, workspaceWithPacks } from "../helpers";

beforeAll(() => buildOnce(), 120_000);

const FORMATTED = 'form a "A" {\n  service emergency-department\n\n  section s {\n    field b text {\n      label "B" // why\n    }\n  }\n}\n';
const UNFORMATTED = 'form a "A" {\nservice emergency-department\n  section s { field b text {\n      label   "B" // why\n } }\n}';
const BROKEN = 'form a {\n  field b text {\n    label "B\n  }\n}\n';

describe("formatter CLI: formguard fmt", () => {
  it("--check: exit 0 and silence when every file is formatted", () => {
    const dir = tempDir({ "a.form": FORMATTED });
    const r = run(["fmt", "--check", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
  });

  it("--check: exit 1 listing the unformatted files, and writes nothing", () => {
    const dir = tempDir({ "a.form": FORMATTED, "sub/b.form": UNFORMATTED });
    const r = run(["fmt", "--check", "."], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("sub/b.form\n");
    expect(r.stderr).toMatch(/1 file is not formatted/);
    expect(fs.readFileSync(path.join(dir, "sub/b.form"), "utf8")).toBe(UNFORMATTED);
  });

  it("--check: exit 2 with file:line:column for a syntax error, the file untouched", () => {
    const dir = tempDir({ "bad.form": BROKEN, "b.form": UNFORMATTED });
    const r = run(["fmt", "--check", "."], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^bad\.form:3:11: syntax error: .*not formatted\.$/m);
    expect(fs.readFileSync(path.join(dir, "bad.form"), "utf8")).toBe(BROKEN);
  });

  it("formats in place: what --check listed is then formatted; broken files are left alone (exit 2)", () => {
    const dir = tempDir({ "a.form": UNFORMATTED, "bad.form": BROKEN, "p.formrules": 'service  x   "X"\nservice y "Y"' });
    fs.chmodSync(path.join(dir, "a.form"), 0o600);
    const r = run(["fmt", "."], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout.split("\n").filter(Boolean).sort()).toEqual(["a.form", "p.formrules"]);
    expect(fs.readFileSync(path.join(dir, "a.form"), "utf8")).toBe(FORMATTED);
    expect(fs.readFileSync(path.join(dir, "p.formrules"), "utf8")).toBe('service x "X"\nservice y "Y"\n');
    expect(fs.readFileSync(path.join(dir, "bad.form"), "utf8")).toBe(BROKEN);
    expect(fs.statSync(path.join(dir, "a.form")).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    fs.rmSync(path.join(dir, "bad.form"));
    expect(run(["fmt", "--check", "."], { cwd: dir }).status).toBe(0);
  });

  it("keeps a byte-order mark and CRLF line breaks", () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const dir = tempDir({ "w.form": Buffer.concat([bom, Buffer.from(UNFORMATTED.replace(/\n/g, "\r\n"))]) });
    expect(run(["fmt", "w.form"], { cwd: dir }).status).toBe(0);
    const bytes = fs.readFileSync(path.join(dir, "w.form"));
    expect([...bytes.subarray(0, 3)]).toEqual([...bom]);
    expect(bytes.subarray(3).toString("utf8")).toBe(FORMATTED.replace(/\n/g, "\r\n"));
  });

  it("takes globs as lint does, and says when one matches nothing", () => {
    const dir = tempDir({ "x/a.form": UNFORMATTED, "y/b.form": UNFORMATTED });
    const r = run(["fmt", "--check", "x/*.form"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("x/a.form\n");
    const none = run(["fmt", "--check", "z/*.form"], { cwd: dir });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/No files match the pattern "z\/\*\.form"/);
  });

  it("a Questionnaire named explicitly is said to be one, not 'formatted' nor reported as hundreds of syntax errors; the form beside it still is", () => {
    const q = JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: [{ linkId: "a", text: "A", type: "string" }] }, null, 2);
    const dir = tempDir({ "q.json": q, "w.form": UNFORMATTED });
    const r = run(["fmt", "q.json", "w.form"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("formguard: q.json: a FHIR Questionnaire (JSON), which fmt does not format: it formats form specs (.form) and rule packs (.formrules).\n");
    expect(fs.readFileSync(path.join(dir, "q.json"), "utf8")).toBe(q);
    expect(fs.readFileSync(path.join(dir, "w.form"), "utf8")).toBe(FORMATTED);
  });

  it("every example form and shipped pack is already formatted", () => {
    const r = run(["fmt", "--check", "examples", "rules/packs"], { cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("formguard lint --fix", () => {
  const example = path.join(ROOT, "examples/forms/minor-injury-unit.noncompliant.form");
  const original = fs.readFileSync(example, "utf8");

  it("fixes a copy of a non-compliant example; nothing preferred-fixable remains; a second run changes nothing", () => {
    const dir = tempDir({ "miu.form": original });
    const file = path.join(dir, "miu.form");
    const before = run(["lint", "--today", TODAY, "--format", "json", file]);
    const first = run(["lint", "--fix", "--today", TODAY, "--format", "json", file]);
    expect(first.status).toBe(1); // the conditional question is not fixable without a person's decision
    const fixed = fs.readFileSync(file, "utf8");
    expect(fixed).not.toBe(original);
    const remaining = JSON.parse(first.stdout)[0].messages;
    expect(remaining.length).toBeLessThan(JSON.parse(before.stdout)[0].messages.length);

    // What remains has no preferred fix (checked in-process on the file as written).
    const ws = workspaceWithPacks();
    ws.set(file, fixed);
    const diagnostics = checkDocument(ws, file, { today: TODAY }).diagnostics;
    expect(diagnostics.length).toBe(remaining.length);
    expect(diagnostics.filter((d) => fixesFor(ws.get(file)!, d, ws.index).some((f) => f.preferred)).map((d) => d.ruleId)).toEqual([]);
    for (const c of commentWords(original)) expect(commentWords(fixed)).toContain(c);

    const second = run(["lint", "--fix", "--today", TODAY, file]);
    expect(second.status).toBe(1);
    expect(fs.readFileSync(file, "utf8")).toBe(fixed);
    expect(run(["fmt", "--check", file]).status).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(["miu.form"]);
  });

  it("--stdin: prints the fixed text on stdout and the report on stderr, writing nothing", () => {
    const r = run(["lint", "--fix", "--stdin", "--stdin-filename", "miu.form", "--today", TODAY], { input: original });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toBe(original);
    expect(r.stdout).toContain("lookback 12 months");
    expect(r.stdout).toContain("covers attendance.pattern-considered");
    expect(r.stderr).toMatch(/miu-risk-analysis/);
    expect(fs.existsSync(path.join(ROOT, "miu.form"))).toBe(false);
  });

  it("leaves a file with syntax errors untouched", () => {
    const dir = tempDir({ "bad.form": 'form f {\n  service emergency-department\n  field a text {\n    label "A\n  }\n}\n' });
    const before = fs.readFileSync(path.join(dir, "bad.form"), "utf8");
    const r = run(["lint", "--fix", "bad.form"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(fs.readFileSync(path.join(dir, "bad.form"), "utf8")).toBe(before);
  });

  it("exit 0 when what remains is only warnings; the fixed lines are in the file", () => {
    const dir = tempDir({ "a.form": 'form a {\n  version "1"\n  owner "Team"\n  field next_of_kin text { }\n}\n' });
    const r = run(["lint", "--fix", "a.form"], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/missing-label|all-signed-and-dated/);
    const fixed = fs.readFileSync(path.join(dir, "a.form"), "utf8");
    expect(fixed).toContain('  field next_of_kin text {\n    label "Next of kin"\n  }\n');
    expect(fixed).toContain("covers practitioner.name");
  });
});

describe("lint --fix --infer: never asks a question the same run already counts as asked", () => {
  // The adult ED record with its hidden-child questions untagged: inference recognises both
  // (docs/recognition.md), so with --infer there is nothing to insert.
  const compliant = fs.readFileSync(path.join(ROOT, "examples/forms/emergency-department-adult.compliant.form"), "utf8");
  const untagged = compliant
    .replace(/label "Does the patient care for, or live with, any children under 18\?"\n\s*help "[^"]*"\n\s*covers caring-responsibilities/, 'label "Does the patient have caring responsibilities for children?"')
    .replace(/label "Children: names, ages[^"]*"\n\s*help "[^"]*"\n\s*covers children\.details/, 'label "Names and ages of the children, and where they are now"');

  it("the test form really is untagged", () => {
    expect(untagged).not.toContain("covers caring-responsibilities");
    expect(untagged).not.toContain("covers children.details");
  });

  it.each([
    [["--infer"], false],
    [[], true],
  ])("lint --fix %j: inserts a second prompt: %s", (flags, inserts) => {
    const dir = tempDir({ "ed.form": untagged });
    const r = run(["lint", "--fix", ...flags, "--today", TODAY, "ed.form"], { cwd: dir });
    const after = fs.readFileSync(path.join(dir, "ed.form"), "utf8");
    expect(after.includes("covers caring-responsibilities"), r.stdout + r.stderr).toBe(inserts);
    if (!inserts) {
      expect(after).toBe(untagged);
      expect(r.status).toBe(0);
    }
  });
});
