// One whole `formguard` process, measured: wall seconds, CPU seconds and peak resident memory
// (the last two from /usr/bin/time when present). Exit 0 or 1 (lint findings) are both a run.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { root } from "./cli-args.mjs";

const cli = path.join(root, "bin", "formguard.js"); // the installed command (code cache, precompiled pack)
const hasTime = fs.existsSync("/usr/bin/time");

/** `nodeOptions`: NODE_OPTIONS for the run, e.g. "--max-old-space-size=350" to see that it fits a smaller heap. */
export function timeCli(args, cwd, nodeOptions) {
  const command = ["node", cli, ...args];
  const env = nodeOptions ? { ...process.env, NODE_OPTIONS: nodeOptions } : process.env;
  const t = process.hrtime.bigint();
  const r = hasTime ? spawnSync("/usr/bin/time", ["-f", "MAXRSS %M CPU %U", ...command], { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 }) : spawnSync(command[0], command.slice(1), { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`exit ${r.status}: ${r.stderr.slice(0, 500)}`);
  const kb = Number(/MAXRSS (\d+)/.exec(r.stderr ?? "")?.[1] ?? NaN);
  return { s: s.toFixed(1), cpu: /CPU ([\d.]+)/.exec(r.stderr ?? "")?.[1] ?? "n/a", rssMb: Number.isNaN(kb) ? "n/a" : Math.round(kb / 1024) };
}
