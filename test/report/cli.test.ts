import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { reportSchema } from "../../report/schema";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { edExamples } from "./fixture";

beforeAll(() => buildOnce());

describe("formguard report", () => {
  it.each([
    ["html", /^<!DOCTYPE html>/],
    ["markdown", /^## formguard audit report/],
    ["json", /^\{\n {2}"schemaVersion": 1,/],
  ])("writes --format %s and exits 0 even when the forms fail", (format, start) => {
    const dir = tempDir(edExamples());
    const out = path.join(dir, "out", `report.${format}`);
    fs.mkdirSync(path.dirname(out));
    const r = run(["report", ".", "--format", format, "--output", out, "--today", "2026-11-27"], { cwd: dir });
    expect(r.stderr).toMatch(/^formguard: wrote .*report\.\w+ \(4 forms, \d+ errors, \d+ warnings\)\.\n$/);
    expect(r.status).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toMatch(start);
    if (format === "json") {
      const report = reportSchema.parse(JSON.parse(text));
      expect(report.summary.forms).toBe(4);
      expect(report.today).toBe("2026-11-27");
      expect(report.formguardVersion).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version);
    }
  });

  it.each([
    [["report", "."], /--output FILE is required/],
    [["report", ".", "--output", "r.html", "--format", "pdf"], /--format must be one of html, markdown, json \(got "pdf"\)/],
    [["report", "nowhere", "--output", "r.html"], /No such file or directory: nowhere/],
    [["report", ".", "--output", "r.html", "--today", "soon"], /--today must be a date/],
    // a file stands where the output's folder should be
    [["report", ".", "--output", "emergency-department-adult.compliant.form/r.html"], /cannot write emergency-department-adult\.compliant\.form\/r\.html: E[A-Z]+/],
  ])("exits 2 with one line on bad usage: %j", (args, message) => {
    const dir = tempDir(edExamples());
    const r = run(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it("writes nothing when an input cannot be read (exit 2)", () => {
    const dir = tempDir({ ...edExamples(), "broken.form": Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]) });
    const r = run(["report", ".", "--output", "r.html"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.form: cannot read/);
    expect(fs.existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it("is listed in the usage and has --help", () => {
    expect(run(["--help"]).stdout).toMatch(/^ {2}report +write an audit report/m);
    const help = run(["report", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: formguard report/);
  });
});
