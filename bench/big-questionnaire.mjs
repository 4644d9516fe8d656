// One large FHIR Questionnaire through `formguard lint`, whole process: N items × M options
// (default 20,000 × 50, about 28 MB), against the same number of plain items. CPU time and peak
// memory (maximum resident set size, from /usr/bin/time when present) should grow linearly;
// on a shared machine wall time says more about the other processes than about formguard.
// Peak RSS is mostly how far V8 lets the heap grow before it collects (up to about 4× what is
// alive at the last full collection), so the largest file is also run in a capped heap
// (--heap-mb, default 350): that it completes there bounds what the run really holds.
// Usage: node bench/big-questionnaire.mjs [--items 20000] [--options 50] [--heap-mb 350]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg as arg, root } from "./cli-args.mjs";
import { timeCli } from "./time-cli.mjs";

const items = arg("items", 20000);
const options = arg("options", 50);
const heapMb = arg("heap-mb", 350);

/** A Questionnaire of `n` choice items with `m` options each (m = 0: plain string items). */
export function bigQuestionnaire(n, m) {
  const item = [];
  for (let i = 0; i < n; i++) {
    const it = { linkId: `q${i}`, text: `Question ${i}`, type: m ? "choice" : "string" };
    if (m) it.answerOption = Array.from({ length: m }, (_, j) => ({ valueString: `Answer ${j}` }));
    item.push(it);
  }
  return JSON.stringify({ resourceType: "Questionnaire", status: "draft", title: "Big", item });
}

if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync("node", ["esbuild.mjs"], { cwd: root });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bigq-bench-"));

function lint(name, text, nodeOptions) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const args = ["lint", file, "--format", "json", "--service", "emergency-department", "--audience", "child", "--today", "2026-11-27"];
  return { mb: (text.length / 1048576).toFixed(1), ...timeCli(args, dir, nodeOptions) };
}

const rows = [];
for (const [n, m] of [[items / 4, options], [items / 2, options], [items, options], [items, 0]]) rows.push({ items: n, options: m, heap: "default", ...lint(`q-${n}-${m}.json`, bigQuestionnaire(n, m)) });
rows.push({ items, options, heap: `${heapMb} MB`, ...lint(`q-${items}-${options}.json`, bigQuestionnaire(items, options), `--max-old-space-size=${heapMb}`) });
console.log("| items | options each | file MB | heap limit | seconds (wall) | CPU seconds | peak RSS MB |\n|---|---|---|---|---|---|---|");
for (const r of rows) console.log(`| ${r.items} | ${r.options} | ${r.mb} | ${r.heap} | ${r.s} | ${r.cpu} | ${r.rssMb} |`);
fs.rmSync(dir, { recursive: true, force: true });
