/** Runs the built CLI as a user would: a real process, its stdout, stderr and exit status. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

import { CLI, ensureBuilt, ROOT } from "../build";

export { CLI, ROOT };

/** Makes sure dist/ is built and current (the tests exercise the bundle users run). */
export function buildOnce() {
  ensureBuilt();
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", ...opts.env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary directory with the given files (relative path → text or bytes). */
export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-test-"));
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return dir;
}
