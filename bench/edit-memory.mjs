// Memory over an editing session: one large form (8 generated forms, ≈ 260,000 characters) whose
// labels are edited one character at a time, re-checked in process after each edit as the
// language server would; prints the heap after a full collection before and after. A memo that
// kept each edited version of the document alive shows as growth here (docs/performance.md).
//   node --expose-gc bench/edit-memory.mjs [--edits 400]
import * as fs from "node:fs";
import { numberArg } from "./cli-args.mjs";
import { buildEngine } from "./build.mjs";
import { generateForm } from "./generate-forms.mjs";

if (typeof global.gc !== "function") {
  console.error("run with node --expose-gc bench/edit-memory.mjs");
  process.exit(2);
}
const edits = numberArg("edits", 400);
const engine = await buildEngine();
const ws = new engine.Workspace();
for (const f of engine.shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
let text = "";
for (let i = 0; i < 8; i++) text += generateForm(i, { sections: 30, fieldsPerSection: 6 }).replace(/form generated-(\d+)/, `form generated-$1-${i}`) + "\n";
const uri = "/edited.form";
const heapMb = () => {
  global.gc();
  global.gc();
  return process.memoryUsage().heapUsed / 1e6;
};
ws.set(uri, text);
engine.checkDocument(ws, uri, { today: "2026-11-27" });
const before = heapMb();
// Where each label's closing quote is: an edit types one character before it.
const labelEnds = [...text.matchAll(/label "([^"]*)"/g)].map((m) => m.index + m[0].length - 1);
for (let e = 0; e < edits; e++) {
  const at = labelEnds[e % labelEnds.length];
  text = text.slice(0, at) + "x" + text.slice(at);
  for (let k = 0; k < labelEnds.length; k++) if (labelEnds[k] >= at) labelEnds[k]++;
  ws.set(uri, text);
  engine.checkDocument(ws, uri, { today: "2026-11-27" });
}
console.log(`formguard edit memory — node ${process.version}`);
console.log(`one form of ${text.length} characters, ${edits} one-character label edits, each re-checked`);
console.log(`heap after a full collection: ${before.toFixed(1)} MB before the edits, ${heapMb().toFixed(1)} MB after`);
