// `node bench/report.mjs [COUNT]`: how long `formguard report` takes over COUNT (default 1,000)
// generated forms, in each format, end to end through the built CLI (run `npm run build` first).
// Forms come from bench/generate-forms.mjs (deterministic), written to a temporary directory.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { generateForms } from "./generate-forms.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, "bin", "formguard.js"); // the installed command
if (!fs.existsSync(path.join(root, "dist", "cli.js"))) {
  console.error("bench/report.mjs: dist/cli.js is missing: run `npm run build` first.");
  process.exit(2);
}
const count = Number(process.argv[2] ?? 1000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-bench-"));
try {
  for (const [name, text] of generateForms(count)) fs.writeFileSync(path.join(dir, name), text);
  const run = (args) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, CI: "1" } });
    const ms = performance.now() - t0;
    return { ms, status: r.status, stderr: r.stderr.trim() };
  };
  console.log(`formguard report over ${count} generated forms (${os.cpus().length} CPUs, Node ${process.version})`);
  const lint = run(["lint", ".", "--format", "json", "--output", path.join(dir, "lint.json")]);
  console.log(`  lint --format json (baseline for comparison): ${(lint.ms / 1000).toFixed(2)} s (exit ${lint.status})`);
  for (const format of ["html", "markdown", "json"]) {
    const out = path.join(dir, `report.${format}`);
    const r = run(["report", ".", "--format", format, "--output", out]);
    if (r.status !== 0) {
      console.error(`  report --format ${format}: exit ${r.status}: ${r.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const size = fs.statSync(out).size;
    console.log(`  report --format ${format.padEnd(8)} ${(r.ms / 1000).toFixed(2)} s = ${(r.ms / lint.ms).toFixed(2)}× lint, ${(size / 1024 / 1024).toFixed(1)} MiB`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
