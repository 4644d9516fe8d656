/**
 * Runs the built CLI under a hard timeout and says whether it finished: for hardening tests a
 * hang or a crash is the defect, never slowness, so the limits are generous and only catch
 * "did not return". Peak memory comes from `/usr/bin/time -f %M` where it exists.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { CLI, ROOT } from "../cli/cli-harness";

export interface GuardedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** True when the process was killed for running past the limit. */
  timedOut: boolean;
  /** Peak resident memory in MB, when /usr/bin/time is available. */
  peakMb?: number;
}

const TIME = "/usr/bin/time";
const PEAK_MARK = "formguard-test-peak-kb=";
const hasTime = fs.existsSync(TIME);

export function runGuarded(args: string[], opts: { cwd?: string; input?: string | Buffer; timeoutMs?: number } = {}): GuardedRun {
  const [cmd, argv] = hasTime ? [TIME, ["-f", `${PEAK_MARK}%M`, process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const r = spawnSync(cmd, argv, {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "", FORMGUARD_DEBUG: "" },
    timeout: opts.timeoutMs ?? 120_000,
    maxBuffer: 1024 * 1024 * 1024,
    killSignal: "SIGKILL",
  });
  let stderr = r.stderr ?? "";
  let peakMb: number | undefined;
  if (hasTime) {
    // time(1) appends its line (and "Command exited with non-zero status N") to stderr: take them off.
    const m = new RegExp(`(?:Command exited with non-zero status \\d+\\n)?${PEAK_MARK}(\\d+)\\n?$`).exec(stderr);
    if (m) {
      peakMb = Number(m[1]) / 1024;
      stderr = stderr.slice(0, m.index);
    }
  }
  return { status: r.status, stdout: r.stdout ?? "", stderr, timedOut: r.error !== undefined || r.signal !== null, peakMb };
}

/** A stack trace on stderr means an error escaped: users should see one clear line instead. */
export const STACK_FRAME = /^\s+at .+[:(]\d+/m;
