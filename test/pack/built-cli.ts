/**
 * Runs the built CLI (`dist/cli.js`) as a user would, after building it with `node esbuild.mjs`.
 * The build is test/build.ts's: locked, and skipped when dist/ is current.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

import { ensureBuilt, ROOT } from "../build";

export { ROOT };

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds dist/ if it is stale, then runs `node dist/cli.js ARGS…` from the project root. */
export function buildAndRunCli(args: string[]): CliRun {
  ensureBuilt();
  {
    const r = spawnSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" },
      timeout: 120_000,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }
}
