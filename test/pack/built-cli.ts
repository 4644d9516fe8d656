/**
 * Runs the built CLI (`dist/cli.js`) as a user would, after building it with `node esbuild.mjs`.
 * Test files run in parallel processes that also build; the build and the run happen under the
 * same lock directory test/server/lsp-client.ts uses, so the bundle is never read half-written.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");
const LOCK = path.join(os.tmpdir(), "formguard-test-build.lock");
const STALE_MS = 120_000;

function withBuildLock<T>(work: () => T): T {
  const deadline = Date.now() + STALE_MS;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > STALE_MS) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${LOCK}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node esbuild.mjs`, then `node dist/cli.js ARGS…` from the project root. */
export function buildAndRunCli(args: string[]): CliRun {
  return withBuildLock(() => {
    execFileSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "pipe" });
    const r = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
      timeout: 120_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  });
}
