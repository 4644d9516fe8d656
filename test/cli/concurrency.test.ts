/**
 * `lint --concurrency`: a large run is checked on several threads and must say exactly what a
 * run on one thread says — same files, same order, same findings, same exit status — including
 * where threads see only part of the run (a form id shared by files in different batches, a
 * form file that declares a concept) and where files cannot be read.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, ROOT, run, tempDir } from "./cli-harness";

const EXAMPLES = path.join(ROOT, "examples", "forms");
const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".form")).sort();

/** 184 distinct forms: every example four times over, each copy with its own form id. */
function manyForms(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let copy = 0; copy < 4; copy++) {
    for (const f of examples) {
      const text = fs.readFileSync(path.join(EXAMPLES, f), "utf8").replace(/^(\s*form\s+)([a-z][a-z0-9_-]*)/m, `$1$2-copy${copy}`);
      files[`trust/${copy}/${f}`] = text;
    }
  }
  return files;
}

function lintBoth(dir: string, extra: string[] = []) {
  const args = ["lint", ".", "--format", "json", "--today", "2026-11-27", ...extra];
  const env = { FORMGUARD_DEBUG_THREADS: "1" };
  const one = run([...args, "--concurrency", "off"], { cwd: dir, env });
  const two = run([...args, "--concurrency", "2"], { cwd: dir, env });
  return { one, two };
}

beforeAll(() => buildOnce());

describe("lint --concurrency", () => {
  it("checks a large run on two threads with exactly the output of one thread", () => {
    const { one, two } = lintBoth(tempDir(manyForms()));
    expect(two.stderr).toMatch(/^threads: 184 files on 2 threads, 0 rechecked/m);
    expect(one.stderr).not.toMatch(/threads:/);
    expect(two.stdout).toBe(one.stdout);
    expect(two.status).toBe(one.status);
    expect(one.status).toBe(1); // the non-compliant examples have errors
    const files = JSON.parse(two.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(files).toHaveLength(184);
    expect(files.map((f) => f.filePath)).toEqual([...files.map((f) => f.filePath)].sort());
  });

  it("finds a form id shared by files checked in different batches, as one thread does", () => {
    const files = manyForms();
    // The first and the last file (different batches, likely different threads) share an id.
    const names = Object.keys(files).sort();
    const id = /^\s*form\s+([a-z][a-z0-9_-]*)/m.exec(files[names[0]])![1];
    files[names[names.length - 1]] = files[names[names.length - 1]].replace(/^(\s*form\s+)([a-z][a-z0-9_-]*)/m, `$1${id}`);
    const { one, two } = lintBoth(tempDir(files));
    // Only the later file is checked again, beside the first: the first is right as it was.
    expect(two.stderr).toMatch(/threads: 184 files on 2 threads, 1 rechecked for shared form ids/);
    expect(two.stdout).toBe(one.stdout);
    const duplicates = (JSON.parse(two.stdout) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((f) => f.messages.filter((m) => m.ruleId === "duplicate-id"));
    expect(duplicates).toHaveLength(1);
  });

  it("a form file that declares a concept is seen by every file: the run falls back to one thread", () => {
    const files = manyForms();
    files["trust/zz-local.form"] = 'concept local.extra-prompt "A prompt only this trust asks"\n';
    const { one, two } = lintBoth(tempDir(files));
    expect(two.stderr).toMatch(/threads: a form file declares more than forms; checked again on one thread/);
    expect(two.stdout).toBe(one.stdout);
  });

  it("unreadable files are named and fail the run on any number of threads", () => {
    const files: Record<string, string | Buffer> = manyForms();
    files["trust/broken.form"] = Buffer.from([0x66, 0x6f, 0x00, 0x72, 0x6d]);
    const { one, two } = lintBoth(tempDir(files));
    expect(two.status).toBe(2);
    expect(one.status).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toContain("broken.form: cannot read: binary data");
  });

  it("a small run stays on one thread", () => {
    const dir = tempDir(Object.fromEntries(Object.entries(manyForms()).slice(0, 20)));
    const r = run(["lint", ".", "--format", "json", "--concurrency", "2"], { cwd: dir, env: { FORMGUARD_DEBUG_THREADS: "1" } });
    expect(r.stderr).not.toMatch(/threads:/);
    expect(JSON.parse(r.stdout)).toHaveLength(20);
  });

  it("more threads than the machine has cores are cut to them, and it says so; the output is the same", () => {
    const dir = tempDir(manyForms());
    const cores = Math.max(2, os.availableParallelism());
    const many = run(["lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "256"], { cwd: dir, env: { FORMGUARD_DEBUG_THREADS: "1" } });
    expect(many.stderr).toContain(`formguard lint: --concurrency 256: at most ${cores} threads on this machine (`);
    expect(many.stderr).toMatch(new RegExp(`threads: 184 files on ${cores} threads`));
    expect(many.stdout).toBe(run(["lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "off"], { cwd: dir }).stdout);
  });

  it.each(["0", "many", "1.5", "999"])("refuses --concurrency %s with a clear message (exit 2)", (value) => {
    const r = run(["lint", "examples/forms", "--concurrency", value]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--concurrency must be a number of threads from 1 to 256, auto or off");
  });
});
