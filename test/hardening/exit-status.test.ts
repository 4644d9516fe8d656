/**
 * The run never falls over on one bad file, and says clearly what it could not do (issue 13,
 * items 14, 17, 19–21). Folder permissions only stop an unprivileged user: those runs drop to
 * `nobody` when the tests run as root (see unprivileged.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";
import { STACK_FRAME } from "./hang-guard";
import { openTempDir, runUnprivileged } from "./unprivileged";

beforeAll(() => buildOnce(), 120_000);

function scratch(files: Record<string, string>): string {
  const dir = tempDir(files);
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const FORM = (id: string) => `form ${id} "F" {\n  service emergency-department\n  field x yesno { label "X" }\n}\n`;

describe("14. deep nesting is one syntax error on that file; every other file is reported", () => {
  const deepWhen = (open: string, close: string, n: number) => `form deep "D" {\n  field x yesno { label "X" }\n  field y text when ${open.repeat(n)}x = yes${close.repeat(n)} { label "Y" }\n}\n`;
  it.each([
    ["brackets", deepWhen("(", ")", 5000)],
    ["not", deepWhen("not ", "", 20000)],
    ["sections", `form deep "D" {\n${"section s {\n".repeat(3000)}${"}\n".repeat(3000)}}\n`],
  ])("%s, thousands deep", (_n, deep) => {
    const dir = scratch({ "a.form": FORM("a"), "deep.form": deep, "z.form": FORM("z") });
    const r = run(["lint", "--format", "json", "--today", TODAY, "."], { cwd: dir });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(files.map((f) => f.filePath)).toEqual(["a.form", "deep.form", "z.form"]);
    expect(files[1].messages.filter((m) => m.ruleId === "syntax").map((m) => m.message)).toEqual([expect.stringMatching(/nested more than 100 deep/)]);
    expect(r.status).toBe(1);
    expect(run(["fmt", "--check", "."], { cwd: dir }).stderr).toMatch(/^deep\.form:\d+:\d+: syntax error: .*nested more than 100 deep/m);
  });
});

describe("17. a large Questionnaire costs time in proportion to its size", () => {
  const questionnaire = (items: number, options: number) =>
    JSON.stringify({
      resourceType: "Questionnaire",
      status: "draft",
      item: Array.from({ length: items }, (_, i) => ({ linkId: `q${i}`, text: `Question ${i}`, type: "choice", answerOption: Array.from({ length: options }, (_, j) => ({ valueString: `Answer ${j}` })) })),
    });
  const cpuMs = (text: string) => {
    const t = process.cpuUsage();
    const r = prepareQuestionnaire(text, { service: "emergency-department", audiences: ["child"] });
    expect(r.ok).toBe(true);
    const u = process.cpuUsage(t);
    return (u.user + u.system) / 1000;
  };
  it("four times the options costs well under eight times the time (it was quadratic in allocation)", () => {
    cpuMs(questionnaire(200, 50)); // warm up the JIT
    const small = Math.min(cpuMs(questionnaire(500, 50)), cpuMs(questionnaire(500, 50)));
    const large = Math.min(cpuMs(questionnaire(2000, 50)), cpuMs(questionnaire(2000, 50)));
    expect(large / small).toBeLessThan(8);
  }, 120_000);
});

describe("19. an unreadable folder is an error naming it (run as an unprivileged user: root reads anything)", () => {
  it.each([
    ["lint .", ["lint", "--today", TODAY, "."]],
    ["fmt --check .", ["fmt", "--check", "."]],
  ])("%s: exit 2 naming the folder", (_n, args) => {
    const dir = openTempDir({ "ok.form": FORM("ok"), "locked/hidden.form": FORM("hidden") });
    onTestFinished(() => {
      fs.chmodSync(path.join(dir, "locked"), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });
    fs.chmodSync(path.join(dir, "locked"), 0o000);
    const r = runUnprivileged(args, dir);
    expect(r.stderr).toMatch(/^formguard: cannot read the folder locked \(permission denied\)/m);
    expect(r.status).toBe(2);
  });

  it("a file named inside an unreadable folder is 'permission denied', not 'no such file'", () => {
    const dir = openTempDir({ "locked/hidden.form": FORM("hidden") });
    onTestFinished(() => {
      fs.chmodSync(path.join(dir, "locked"), 0o755);
      fs.rmSync(dir, { recursive: true, force: true });
    });
    fs.chmodSync(path.join(dir, "locked"), 0o000);
    const r = runUnprivileged(["lint", "locked/hidden.form"], dir);
    expect(r.stderr.trim()).toBe("formguard: locked/hidden.form: permission denied (a folder on its path cannot be entered).");
    expect(r.status).toBe(2);
  });
});

describe("20. a symbolic link back up the tree counts no file twice", () => {
  it("ln -s .. a/b/loop: one report per form, no false duplicate-id", () => {
    const dir = scratch({ "a/one.form": FORM("one"), "a/b/two.form": FORM("two") });
    fs.symlinkSync("..", path.join(dir, "a/b/loop"));
    const r = run(["lint", "--format", "json", "--today", TODAY, "."], { cwd: dir });
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(files.map((f) => f.filePath)).toEqual(["a/b/two.form", "a/one.form"]);
    expect(files.flatMap((f) => f.messages.map((m) => m.ruleId))).not.toContain("duplicate-id");
  });
});

describe("21. messages that say exactly what happened", () => {
  it("lint of an empty folder prints only the error", () => {
    const dir = scratch({ "empty/.keep": "" });
    const r = run(["lint", "empty"], { cwd: dir });
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("formguard: no files to lint.\n");
    expect(r.status).toBe(2);
  });

  it("answerDecimal 1e309 is out of range, not missing", () => {
    const q = { resourceType: "Questionnaire", status: "draft", item: [{ linkId: "a", text: "Age", type: "decimal" }, { linkId: "b", text: "B", type: "string", enableWhen: [{ question: "a", operator: ">", answerDecimal: "NUMBER" }] }] };
    const dir = scratch({ "q.json": JSON.stringify(q).replace('"NUMBER"', "1e309") });
    const r = run(["lint", "--service", "emergency-department", "--audience", "child", "q.json"], { cwd: dir });
    expect(r.stderr).toMatch(/q\.json: cannot read: 1:\d+: not valid JSON: the number 1e309 is out of range/);
    expect(r.stdout + r.stderr).not.toMatch(/missing/);
    expect(r.status).toBe(2);
  });

  it.each([
    [["lint", "--cache-location", "x", "."], "formguard lint: --cache-location goes with --cache."],
    [["lint", "--stdin", "a.form"], "formguard lint: give either --stdin or paths, not both."],
    [["report", "."], "formguard report: --output FILE is required (e.g. --output formguard-report.html)."],
  ])("%j: one prefix", (args, line) => {
    const r = run(args);
    expect(r.stderr.trim()).toBe(line);
    expect(r.status).toBe(2);
  });
});
