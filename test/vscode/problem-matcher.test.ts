/**
 * The `$formguard` problem matcher reads real `formguard lint` stylish output into the same
 * problems the JSON output reports: file, line, column, severity, message and rule id.
 * VS Code's multi-line matcher is simulated: a file line, then the looping problem line.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./vsix";

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const matcher = manifest.contributes.problemMatchers.find((m: { name: string }) => m.name === "formguard");

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

function matchStylish(output: string): Problem[] {
  const [filePattern, problemPattern] = matcher.pattern;
  const fileRe = new RegExp(filePattern.regexp);
  const problemRe = new RegExp(problemPattern.regexp);
  const problems: Problem[] = [];
  let file: string | undefined;
  for (const line of output.split("\n")) {
    const p = file !== undefined ? problemRe.exec(line) : null;
    if (p && file !== undefined) {
      problems.push({
        file,
        line: Number(p[problemPattern.line]),
        column: Number(p[problemPattern.column]),
        severity: p[problemPattern.severity],
        message: p[problemPattern.message],
        code: p[problemPattern.code],
      });
      continue;
    }
    const f = fileRe.exec(line);
    file = f ? f[filePattern.file] : undefined;
  }
  return problems;
}

function lint(args: string[], colour = false): string {
  const env = colour ? { ...process.env, NO_COLOR: "", FORCE_COLOR: "1" } : { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" };
  try {
    return execFileSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "lint", ...args], { cwd: ROOT, encoding: "utf8", env });
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    if (err.status !== 1) throw new Error(`formguard lint exited ${err.status}: ${err.stderr}`);
    return err.stdout;
  }
}

describe("$formguard problem matcher on real `formguard lint` output", () => {
  let stylish: string;
  let expected: Problem[];
  const targets = ["examples/forms", "test/vscode/fixtures/tricky.form", "--today", "2026-01-01"];

  beforeAll(() => {
    stylish = lint(targets);
    const json = JSON.parse(lint([...targets, "--format", "json"])) as { filePath: string; messages: { line: number; column: number; level: string; message: string; ruleId: string }[] }[];
    expected = json.flatMap((f) => f.messages.map((m) => ({ file: f.filePath, line: m.line, column: m.column, severity: m.level, message: m.message, code: m.ruleId })));
  });

  it("is owned by formguard and reports source formguard", () => {
    expect(matcher.owner).toBe("formguard");
    expect(matcher.source).toBe("formguard");
    expect(matcher.fileLocation[0]).toBe("autoDetect");
  });

  it("finds every problem, with its file, position, severity, message and rule id", () => {
    expect(expected.length).toBeGreaterThan(50);
    const sort = (ps: Problem[]) => [...ps].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(matchStylish(stylish))).toEqual(sort(expected));
  });

  it("reads coloured output too, as VS Code's terminal hands it over (text without escape codes)", () => {
    const coloured = lint(targets, true);
    expect(coloured).toMatch(/\u001b\[/);
    const sort = (ps: Problem[]) => [...ps].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(sort(matchStylish(coloured.replace(/\u001b\[\d+m/g, "")))).toEqual(sort(expected));
  });

  it("reads the citations in the message (the nurse sees why)", () => {
    const found = matchStylish(stylish).find((p) => p.code === "cqc-dorset-2015/ed-accompanying-adult");
    expect(found?.message).toMatch(/recommendation 2\.2; paragraph 1\.20/);
  });

  it("does not report waived findings or the summary as problems", () => {
    const problems = matchStylish(stylish);
    expect(stylish).toMatch(/\bwaived\b/);
    expect(problems.some((p) => /waived|problems? \(/.test(p.message + p.severity))).toBe(false);
  });

  it("on a Questionnaire whose repeated infos stylish shows once, reads every error and warning, the first info of each run, and no '… and N more' line", () => {
    const file = "test/fixtures/fhir/real/aehrc-715-test-assembled-consent.json";
    const out = lint([file, "--today", "2026-01-01"]);
    expect(out).toMatch(/… and \d+ more like it, at /);
    const json = JSON.parse(lint([file, "--today", "2026-01-01", "--format", "json"]))[0].messages as Array<{ line: number; column: number; level: string; message: string; ruleId: string }>;
    const read = matchStylish(out);
    const key = (p: { line: number; column: number; message: string }) => `${p.line}:${p.column} ${p.message}`;
    const readKeys = new Set(read.map(key));
    // Errors and warnings: every one reaches the Problems panel.
    for (const m of json.filter((m) => m.level !== "info")) expect(readKeys.has(key(m)), key(m)).toBe(true);
    // Infos: a subset of the JSON's (the first of each run), nothing invented, fewer than all of them.
    const infos = read.filter((p) => p.severity === "info");
    const jsonKeys = new Set(json.map(key));
    for (const p of read) expect(jsonKeys.has(key(p)), key(p)).toBe(true);
    expect(infos.length).toBeLessThan(json.filter((m) => m.level === "info").length);
    expect(read.some((p) => p.message.includes("more like it"))).toBe(false);
  });

  it("reads info-level problems as info", () => {
    const line = "  3:5  info    Field `x` covers concept.y by its label only.  recognised-concept";
    expect(matchStylish(`forms/a.form\n${line}\n`)).toEqual([
      { file: "forms/a.form", line: 3, column: 5, severity: "info", message: "Field `x` covers concept.y by its label only.", code: "recognised-concept" },
    ]);
  });
});
