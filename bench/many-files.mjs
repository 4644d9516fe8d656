// `formguard lint` over many tiny form files, whole process: seconds and peak memory (maximum
// resident set size, from /usr/bin/time when present) at 12,500, 25,000 and 50,000 files.
// Memory should stay bounded as the count grows, not scale with the whole run.
// Usage: node bench/many-files.mjs [--files 50000]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg as arg, root } from "./cli-args.mjs";
import { timeCli } from "./time-cli.mjs";

const most = arg("files", 50000);
if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync("node", ["esbuild.mjs"], { cwd: root });

const rows = [];
for (const count of [most / 4, most / 2, most]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-many-bench-"));
  for (let i = 0; i < count; i++) {
    const sub = path.join(dir, `d${Math.floor(i / 1000)}`);
    if (i % 1000 === 0) fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, `f${i}.form`), `form f${i} "F${i}" {\n  field a text { label "A" }\n}\n`);
  }
  rows.push({ count, ...timeCli(["lint", ".", "--format", "json", "--today", "2026-11-27", "--concurrency", "off"], dir) });
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log("| files | seconds (wall) | CPU seconds | peak RSS MB |\n|---|---|---|---|");
for (const r of rows) console.log(`| ${r.count} | ${r.s} | ${r.cpu} | ${r.rssMb} |`);
