/**
 * The one way tests build dist/: `node esbuild.mjs`, only when a source is newer than the
 * bundle, under a lock shared by every test process. Test files run in parallel processes that
 * spawn the built CLI and server; rebuilding while another process loads the bundle would let
 * it read a half-written file, so nothing rebuilds a bundle that is already up to date.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const ROOT = path.resolve(__dirname, "..");
export const CLI = path.join(ROOT, "dist", "cli.js");

const SOURCE_DIRS = ["language", "rules", "project", "service", "server", "cli", "fixes", "report", "fhir", "client", "bin"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|formrules)$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist/ with `node esbuild.mjs` unless it is newer than every source. Test files run in
 * parallel processes: a lock makes one build while the others wait, so no test starts a server
 * from a half-written bundle.
 */
export function ensureBuilt() {
  const lock = path.join(os.tmpdir(), "formguard-test-build.lock");
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is stale after two minutes.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {}
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    const built = fs.existsSync(CLI) ? fs.statSync(CLI).mtimeMs : 0;
    const sources = Math.max(...SOURCE_DIRS.filter((d) => fs.existsSync(path.join(ROOT, d))).map((d) => newestSource(path.join(ROOT, d))));
    if (built < sources || !fs.existsSync(path.join(ROOT, "dist", "server.js"))) execFileSync(process.execPath, ["esbuild.mjs"], { cwd: ROOT, stdio: "inherit" });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

