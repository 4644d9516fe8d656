// Timing whole processes side by side, the one way every benchmark here does it.
import { execFileSync } from "node:child_process";
import { root } from "./cli-args.mjs";

/** The middle value (the upper one of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * One run of a command, in seconds. `ok`: the exit statuses that are not a failure (a lint that
 * finds problems exits 1); anything else throws, with what the command wrote on stderr.
 */
export function timeProcess(cmd, args, { env = process.env, ok = [0, 1] } = {}) {
  const t = process.hrtime.bigint();
  try {
    execFileSync(cmd, args, { stdio: ["ignore", "ignore", "pipe"], cwd: root, env });
  } catch (e) {
    if (!ok.includes(e.status)) throw new Error(`\`${[cmd, ...args].join(" ")}\` exited ${e.status}: ${String(e.stderr ?? "").trim()}`);
  }
  return Number(process.hrtime.bigint() - t) / 1e9;
}

/**
 * The median wall time of each command ([cmd, args, options]), the commands run in turn, round
 * after round: a machine whose speed drifts during the run (a shared host) then slows every
 * command alike, and the ratios between them hold (run one after the other, three runs each, two
 * runs of the throughput bench ten minutes apart read the batch at 5.67× and 6.63× the JSON.parse
 * process).
 */
export function interleavedWalls(commands, rounds = 7) {
  const times = commands.map(() => []);
  for (let r = 0; r < rounds; r++) commands.forEach(([cmd, args, options], i) => times[i].push(timeProcess(cmd, args, options)));
  return times.map(median);
}
