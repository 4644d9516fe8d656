/**
 * Issue 13, item 18: a lint of many files keeps memory bounded. Each file is read, checked,
 * formatted and dropped in turn (cli/lint-stream.ts), so 4× the files must not need 4× the
 * memory. Before, every file's parse and findings were kept to the end: about 29 kB of heap a
 * file, so 12,000 tiny files needed ≈ 350 MB and died in a 32 MB heap.
 *
 * Measured in child processes with a capped heap, which makes the collector's timing (and so
 * the figure) independent of machine load: the larger run must fit the same small heap, and
 * its peak resident memory may exceed the smaller run's by a few MB, not by 3N × 29 kB.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HELD_OUTPUT_LIMIT } from "../../cli/lint-stream";
import { buildOnce, CLI, tempDir } from "./cli-harness";

/** Enough files that even the smaller run writes more than it may hold back (HELD_OUTPUT_LIMIT). */
const N = 3000;
const HEAP_MB = 32;

function tinyForms(count: number, extra: Record<string, string> = {}): string {
  const files: Record<string, string> = { ...extra };
  for (let i = 0; i < count; i++) files[`d${Math.floor(i / 1000)}/f${String(i).padStart(5, "0")}.form`] = `form f${i} "F${i}" {\n  field a text { label "A" }\n}\n`;
  return tempDir(files);
}

/** Lints `dir` to a file in a heap of HEAP_MB; its exit status, the number of files reported and peak RSS. */
function lintCapped(dir: string) {
  const out = path.join(dir, "out.json");
  const probe = path.join(dir, "rss-probe.cjs");
  fs.writeFileSync(probe, 'process.on("exit", () => process.stderr.write(`MAXRSS_KB ${process.resourceUsage().maxRSS}\\n`));\n');
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, "-r", probe, CLI, "lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "off", "--output", out], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  const rssKb = Number(/MAXRSS_KB (\d+)/.exec(r.stderr)?.[1]);
  const reported = r.status === 0 || r.status === 1 ? (JSON.parse(fs.readFileSync(out, "utf8")) as unknown[]).length : -1;
  return { status: r.status, stderr: r.stderr, reported, rssMb: rssKb / 1024 };
}

beforeAll(() => buildOnce());

describe("a lint of many files", () => {
  it(`keeps memory flat: ${4 * N} tiny files fit the ${HEAP_MB} MB heap ${N} do, with a few MB more at peak`, () => {
    const small = lintCapped(tinyForms(N));
    const large = lintCapped(tinyForms(4 * N));
    expect(small.stderr).not.toContain("heap out of memory");
    expect(large.stderr).not.toContain("heap out of memory");
    expect([small.reported, large.reported]).toEqual([N, 4 * N]);
    // Kept per file, the 3N more files would add ≈ 260 MB; streamed, both runs hold back the same
    // output before writing (HELD_OUTPUT_LIMIT) and the larger adds only each file's path and id.
    expect(large.rssMb - small.rssMb).toBeLessThan(40);
  }, 240_000);

  it("still sees a concept declared by the last of 6,000 form files (the run is not streamed then)", () => {
    // Enough output to pass the limit held back before writing: the rest is read and judged first.
    const dir = tinyForms(6000, {
      "a/first.form": 'form first "First" {\n  field x text { label "X" covers local.extra-prompt }\n}\n',
      "z/local.form": 'concept local.extra-prompt "A prompt only this trust asks"\n',
    });
    const r = spawnSync(process.execPath, [CLI, "lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "off", "--output", "out.json"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).toBe("");
    const files = JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8")) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(files).toHaveLength(6002);
    const first = files.find((f) => f.filePath === path.join("a", "first.form"))!;
    expect(first.messages.filter((m) => m.message.includes("local.extra-prompt") && m.ruleId === "unknown-concept")).toEqual([]);
    // The output really was past the limit: the same run without the concept names it unknown.
    fs.rmSync(path.join(dir, "z", "local.form"));
    spawnSync(process.execPath, [CLI, "lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "off", "--output", "out.json"], { cwd: dir, encoding: "utf8", timeout: 120_000 });
    const without = JSON.parse(fs.readFileSync(path.join(dir, "out.json"), "utf8")) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    expect(without.find((f) => f.filePath === path.join("a", "first.form"))!.messages.some((m) => m.ruleId === "unknown-concept" && m.message.includes("local.extra-prompt"))).toBe(true);
    expect(fs.statSync(path.join(dir, "out.json")).size).toBeGreaterThan(HELD_OUTPUT_LIMIT);
  }, 240_000);
});
