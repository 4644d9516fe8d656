// Start-up, measured side by side in one run (issue 8 goal: linting one form within 3× of
// `node -e 0`). The three commands are run interleaved, so load on the machine hits them alike:
//   node -e 0                                   the floor: Node itself
//   node bin/formguard.js lint FORM             the installed command (code cache, precompiled pack)
//   node dist/cli.js lint FORM                  the bare bundle, for comparison (no code cache)
//   node bin/formguard.js lint MISSING          the same form missing prompts: the run also builds the
//                                               recogniser and reads the untagged fields (exit 1)
// Usage: node bench/startup.mjs [--runs 21]
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg, root, startUpEnvironments } from "./cli-args.mjs";
import { median } from "./interleave.mjs";

const runs = numberArg("runs", 21);
const form = path.join(root, "examples", "forms", "gp-notification.compliant.form");
const missing = path.join(root, "examples", "forms", "gp-notification.noncompliant.form");
const MISSING = "formguard lint MISSING (missing prompts)";
if (!fs.existsSync(path.join(root, "dist", "cli.js.v8cache"))) execFileSync(process.execPath, ["esbuild.mjs"], { cwd: root, stdio: "inherit" });

const commands = {
  "node -e 0": ["-e", "0"],
  "formguard lint FORM (bin/formguard.js)": [path.join(root, "bin", "formguard.js"), "lint", form, "--today", "2026-11-27"],
  "bare bundle, no code cache (dist/cli.js)": [path.join(root, "dist", "cli.js"), "lint", form, "--today", "2026-11-27"],
  [MISSING]: [path.join(root, "bin", "formguard.js"), "lint", missing, "--today", "2026-11-27"],
};
// Every command in every start-up environment (cli-args.mjs), all interleaved.
const environments = startUpEnvironments();
const times = environments.map(() => Object.fromEntries(Object.keys(commands).map((k) => [k, []])));
for (let i = 0; i < runs + 2; i++) {
  environments.forEach(({ env }, e) => {
    for (const [name, args] of Object.entries(commands)) {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { stdio: "ignore", cwd: root, env });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.status !== (name === MISSING ? 1 : 0)) throw new Error(`${name} exited with ${r.status}`);
      if (i >= 2) times[e][name].push(ms); // two warm-up rounds fill the file cache
    }
  });
}
console.log(`formguard start-up — node ${process.version}, ${os.cpus().length} cores, load ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
console.log(`command: node bench/startup.mjs --runs ${runs}   (median of ${runs} interleaved runs; FORM: ${path.relative(root, form)}, MISSING: ${path.relative(root, missing)})`);
const byEnvironment = environments.map(({ name }, e) => {
  const floor = median(times[e]["node -e 0"]);
  console.log(`\n${environments.length > 1 ? `environment ${name}` : ""}`);
  for (const [command, xs] of Object.entries(times[e])) {
    const m = median(xs);
    console.log(`${command.padEnd(42)} ${m.toFixed(0).padStart(5)} ms   ${(m / floor).toFixed(2)}× node -e 0`);
  }
  const ratio = median(times[e]["formguard lint FORM (bin/formguard.js)"]) / floor;
  const missingRatio = median(times[e][MISSING]) / floor;
  console.log(`one form within 2.5× node -e 0 (must reach) — ${ratio <= 2.5 ? "MET" : "MISSED"}; within 2× (goal) — ${ratio <= 2 ? "MET" : "MISSED"} (${ratio.toFixed(2)}×)`);
  console.log(`the same form missing prompts within 2.5× (must reach) — ${missingRatio <= 2.5 ? "MET" : "MISSED"}; within 2× (goal) — ${missingRatio <= 2 ? "MET" : "MISSED"} (${missingRatio.toFixed(2)}×)`);
  return { name, oneFormVsNode: ratio, missingFormVsNode: missingRatio, oneFormMs: median(times[e]["formguard lint FORM (bin/formguard.js)"]), nodeMs: floor };
});

/** For bench/run.mjs's summary: the environment as set, and each one beside it. */
export const figures = { ...byEnvironment[0], byEnvironment };
