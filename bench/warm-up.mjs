// How much of a cold run is V8 running code it has not optimised yet: the same 1,000 generated
// forms parsed and checked in process, four passes in one process (the first pass is what a
// whole-process `formguard lint` pays; the later ones are the same work once the code is hot).
//   node bench/warm-up.mjs [--forms 1000] [--passes 4]
import * as fs from "node:fs";
import * as v8 from "node:v8";
import { numberArg } from "./cli-args.mjs";
import { buildEngine } from "./build.mjs";
import { generateForms } from "./generate-forms.mjs";

const forms = generateForms(numberArg("forms", 1000), { sections: 6, fieldsPerSection: 4 });
const passes = numberArg("passes", 4);
const engine = await buildEngine();
// As the CLI sets it for a long single-threaded run (cli/parallel/many-forms-v8.ts).
v8.setFlagsFromString(engine.LONG_RUN_FLAGS);
const ws = new engine.Workspace();
for (const f of engine.shippedPackFiles()) ws.set(f, fs.readFileSync(f, "utf8"));
console.log(`formguard warm-up — node ${process.version}; ${forms.length} forms parsed and checked in process, ${passes} passes`);
for (let pass = 0; pass < passes; pass++) {
  const start = process.hrtime.bigint();
  for (const [name, text] of forms) {
    const doc = engine.parseDocument(name, text);
    ws.withForms([doc], () => engine.checkDocument(ws, name, { today: "2026-11-27" }));
  }
  console.log(`pass ${pass + 1}: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms`);
}
