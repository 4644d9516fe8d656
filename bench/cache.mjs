// `formguard lint --cache`, whole process, over the generated forms (bench/generate-forms.mjs):
//   without --cache; cold (no cache file: check everything and write it); warm (nothing changed);
//   one file edited (that file re-checked, the rest served from the cache).
// Usage: node bench/cache.mjs [--forms 1000] [--runs 5]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg as arg, root } from "./cli-args.mjs";
import { generateForms } from "./generate-forms.mjs";
import { median } from "./interleave.mjs";

const count = arg("forms", 1000);
const runs = arg("runs", 5);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-cache-bench-"));
const forms = generateForms(count);
for (const [name, text] of forms) fs.writeFileSync(path.join(dir, name), text);
const cacheFile = path.join(dir, ".formguardcache");
const cli = path.join(root, "bin", "formguard.js"); // the installed command (code cache, precompiled pack)
if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync("node", ["esbuild.mjs"], { cwd: root });

/** Seconds for one whole `formguard lint` process, and its "cache: N hit, M miss" line. */
function lintOnce(extra, before = () => {}) {
  before();
  const t = process.hrtime.bigint();
  let stderr = "";
  try {
    execFileSync("node", [cli, "lint", dir, "--format", "json", "--today", "2026-11-27", ...extra], { cwd: dir, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, FORMGUARD_DEBUG_CACHE: "1" } });
  } catch (e) {
    if (e.status !== 1) throw e; // exit 1 = lint errors found, expected
    stderr = String(e.stderr);
  }
  return { s: Number(process.hrtime.bigint() - t) / 1e9, note: /cache: .*/.exec(stderr)?.[0] ?? "" };
}
function measure(extra, before) {
  const out = [];
  let note = "";
  for (let i = 0; i < runs; i++) ({ s: out[i], note } = lintOnce(extra, before));
  return { s: median(out), note };
}

const edited = path.join(dir, forms[0][0]);
let edits = 0;
const plain = measure([]);
const cold = measure(["--cache"], () => fs.rmSync(cacheFile, { force: true }));
lintOnce(["--cache"]);
const warm = measure(["--cache"]);
const oneEdited = measure(["--cache"], () => fs.writeFileSync(edited, forms[0][1] + `// edit ${++edits}\n`));

const bytes = forms.reduce((a, [, t]) => a + Buffer.byteLength(t), 0);
console.log(`formguard lint --cache — node ${process.version}, ${os.cpus().length} cores, median of ${runs}\ncommand: node bench/cache.mjs --forms ${count} --runs ${runs}\n`);
console.log(`input: ${count} generated forms, ${(bytes / 1e6).toFixed(2)} MB; cache file ${(fs.statSync(cacheFile).size / 1e6).toFixed(2)} MB\n`);
const rows = [
  ["without --cache", plain],
  ["--cache, cold (no cache file)", cold],
  ["--cache, warm (nothing changed)", warm],
  ["--cache, one file edited", oneEdited],
];
// Beside each time, its ratio to the uncached run of the same session: what the cache saves.
for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v.s.toFixed(2)} s ${v === plain ? "  (the reference)" : `= ${(v.s / plain.s).toFixed(2)}× without --cache`}  ${v.note}`);
fs.rmSync(dir, { recursive: true, force: true });
