/**
 * `lint --fix` is safe: a failed write leaves the original whole (exit 2, one clear line, no
 * temporary file left), a fix changes nothing outside the lines it was asked to fix, and a
 * second run has nothing left to fix.
 *
 * Making the write fail: tests run as root in CI, where a read-only directory stops nothing.
 * A file-size limit does stop root: the CLI runs under `ulimit -f 1` (1 kB) with SIGXFSZ
 * ignored, so writing the (larger) fixed text fails with EFBIG, exactly as a full disk would.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { buildOnce, CLI, ROOT, run, tempDir } from "../cli/cli-harness";
import { TODAY } from "../helpers";
import { STACK_FRAME } from "./hang-guard";

const EXAMPLES = ["minor-injury-unit.noncompliant.form", "emergency-department-adult.noncompliant.form", "antenatal-care-plan.noncompliant.form"];
const read = (name: string) => fs.readFileSync(path.join(ROOT, "examples/forms", name), "utf8");

interface JsonMessage { line: number; endLine: number }

/** Is `small` a subsequence of `big` (each line in order, others may come between)? */
function missingFromSequence(small: string[], big: string[]): string[] {
  const missing: string[] = [];
  let j = 0;
  for (const line of small) {
    const k = big.indexOf(line, j);
    if (k === -1) missing.push(line);
    else j = k + 1;
  }
  return missing;
}

describe("lint --fix is safe", () => {
  beforeAll(() => buildOnce());

  it.each(EXAMPLES)("%s: a write that fails leaves the file whole, exit 2 with one clear line", (name) => {
    const original = read(name);
    const dir = tempDir({ "form.form": original });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "form.form");
    const r = spawnSync("bash", ["-c", `trap '' XFSZ; ulimit -f 1; exec "$0" "$@"`, process.execPath, CLI, "lint", "--fix", "--today", TODAY, file], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 60_000,
    });
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([`formguard: cannot write ${file}: EFBIG`]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(fs.readFileSync(file, "utf8")).toBe(original);
    expect(fs.readdirSync(dir)).toEqual(["form.form"]);
  });

  it.each(EXAMPLES)("%s: lines no finding pointed at are kept, in order; a second run fixes nothing", (name) => {
    const original = read(name);
    const dir = tempDir({ "form.form": original });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "form.form");
    const before = run(["lint", "--today", TODAY, "--format", "json", file]);
    const flagged = new Set<number>();
    for (const m of JSON.parse(before.stdout)[0].messages as JsonMessage[]) for (let l = m.line; l <= m.endLine; l++) flagged.add(l);

    const first = run(["lint", "--fix", "--today", TODAY, file]);
    expect([0, 1]).toContain(first.status);
    const fixed = fs.readFileSync(file, "utf8");
    expect(fixed).not.toBe(original);
    const untouched = original.split("\n").filter((_, i) => !flagged.has(i + 1));
    expect(missingFromSequence(untouched, fixed.split("\n"))).toEqual([]);

    const second = run(["lint", "--fix", "--today", TODAY, file]);
    expect(second.status).toBe(first.status);
    expect(fs.readFileSync(file, "utf8")).toBe(fixed);
    expect(fs.readdirSync(dir)).toEqual(["form.form"]);
  });
});
