import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyBaseline, buildBaseline, parseBaseline } from "../../cli/baseline";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { ED_FORM, handRun } from "./fixture";

// The fixture ED form without its waiver: baselines are about findings that are not waived.
const FORM = ED_FORM.replace(/^  waive .*\n/m, "");

beforeAll(() => buildOnce());

describe("lint --baseline", () => {
  it("passes on old problems after unrelated edits move them, and fails on a new one", () => {
    const dir = tempDir({ ".git/HEAD": "ref: refs/heads/main\n", "forms/ed.form": FORM });
    const before = run(["lint", "forms"], { cwd: dir });
    expect(before.status).toBe(1);

    const update = run(["lint", "forms", "--update-baseline"], { cwd: dir });
    expect(update.status).toBe(0);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, "formguard-baseline.json"), "utf8"));
    expect(baseline.formguardBaseline).toBe(1);
    expect(baseline.problems[0]).toMatchObject({ file: "forms/ed.form" });
    expect(update.stdout).toMatch(/Wrote \d+ problem\(s\) to the baseline formguard-baseline\.json/);

    // lines inserted above every old problem: none of them moves out of the baseline
    const file = path.join(dir, "forms", "ed.form");
    fs.writeFileSync(file, "// Reviewed 2026-11: see the safeguarding action plan.\n// Owner: named nurse.\n\n" + FORM);
    const shifted = run(["lint", "forms", "--baseline", "formguard-baseline.json"], { cwd: dir });
    expect(shifted.stderr).toBe("");
    expect(shifted.status).toBe(0);
    expect(shifted.stdout).toMatch(/✓ 1 file checked: no problems/);
    expect(shifted.stdout).toMatch(/\d+ problem\(s\) match the baseline formguard-baseline\.json and are not counted\./);

    // a new problem: a field of a type the language does not have
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("  }\n}\n", '    field extra texty {\n      label "Extra"\n    }\n  }\n}\n'));
    const worse = run(["lint", "forms", "--baseline", "formguard-baseline.json"], { cwd: dir });
    expect(worse.status).toBe(1);
    expect(worse.stdout).toMatch(/^  \d+:\d+ +error .*unknown-type$/m);
    expect(worse.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
    expect(worse.stdout).toMatch(/\d+ problem\(s\) match the baseline/);
  });

  it.each([
    ["not JSON", "{ nope", /formguard-baseline\.json: the baseline is not valid JSON/],
    ["a wrong count", JSON.stringify({ formguardBaseline: 1, problems: [{ ruleId: "x", file: "a.form", line: "l", count: 0 }] }), /formguard-baseline\.json: \$\.problems\[0\]\.count: /],
    ["an unknown key", JSON.stringify({ formguardBaseline: 1, problems: [], extra: true }), /formguard-baseline\.json: \$: unknown key "extra"/],
    ["a wrong version", JSON.stringify({ formguardBaseline: 2, problems: [] }), /formguard-baseline\.json: \$\.formguardBaseline: /],
  ])("refuses a baseline with %s: exit 2 with the file and the JSON path", (_, text, message) => {
    const dir = tempDir({ "ed.form": FORM, "formguard-baseline.json": text });
    const r = run(["lint", ".", "--baseline", "formguard-baseline.json"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
  });

  it("says how to create a baseline that does not exist (exit 2)", () => {
    const dir = tempDir({ "ed.form": FORM });
    const r = run(["lint", ".", "--baseline", "missing.json"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("missing.json: no such baseline file. Create it with: formguard lint --update-baseline --baseline missing.json");
  });
});

describe("baseline matching", () => {
  const src = "form a {\n  field x text\n  field x text\n}\n";
  const twoIdentical = () =>
    handRun(src, [
      { message: "m", ruleId: "missing-label", range: { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } }, data: { kind: "missing-label", field: "x" } },
      { message: "m", ruleId: "missing-label", range: { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } }, data: { kind: "missing-label", field: "x" } },
    ]);

  it("keys on rule, repository path, the flagged line's text and the concept or field, counting duplicates", () => {
    const b = buildBaseline(twoIdentical(), "/repo");
    expect(b).toEqual({ formguardBaseline: 1, problems: [{ ruleId: "missing-label", file: "forms/a.form", line: "field x text", detail: "x", count: 2 }] });
  });

  it("absorbs only as many identical problems as the baseline counts", () => {
    const one = parseBaseline(JSON.stringify({ formguardBaseline: 1, problems: [{ ruleId: "missing-label", file: "forms/a.form", line: "field x text", detail: "x", count: 1 }] }), "b.json");
    const outcome = applyBaseline(twoIdentical(), one, "/repo");
    expect(outcome.matched).toBe(1);
    expect(outcome.run.files[0].diagnostics).toHaveLength(1);
    expect(outcome.stale).toBe(0);
  });

  it("counts entries that match nothing any more as stale", () => {
    const b = parseBaseline(JSON.stringify({ formguardBaseline: 1, problems: [{ ruleId: "missing-label", file: "forms/gone.form", line: "x", count: 3 }] }), "b.json");
    expect(applyBaseline(twoIdentical(), b, "/repo")).toMatchObject({ matched: 0, stale: 3 });
  });
});
