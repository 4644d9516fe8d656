/**
 * Running the CLI as a user without special rights. Permission checks only mean something for
 * such a user: root may write a read-only file or list a `chmod 000` folder, and CI runs as
 * root. So as root the CLI runs as `nobody` (runuser); as anyone else it runs as that user.
 * The folders it works in must then be open to that user (`openTempDir`).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { CLI } from "../build";
import type { RunResult } from "../cli/cli-harness";

export const IS_ROOT = process.getuid?.() === 0;

export function runUnprivileged(args: string[], cwd: string): RunResult {
  const [cmd, ...rest] = IS_ROOT ? ["runuser", "-u", "nobody", "--", process.execPath, CLI, ...args] : [process.execPath, CLI, ...args];
  const r = spawnSync(cmd, rest, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "" }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temporary folder any user may enter and write in (mkdtemp makes it 0700), with files. */
export function openTempDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-perm-"));
  fs.chmodSync(dir, 0o777);
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    for (let d = path.dirname(p); d.startsWith(dir); d = path.dirname(d)) fs.chmodSync(d, 0o777);
    fs.writeFileSync(p, text);
    fs.chmodSync(p, 0o666);
  }
  return dir;
}
