// The editor figure of `npm run bench`: one form of 5,000 lines open in the language server
// (bench server, debounce 0 ms), one character typed into a label at a time;
// didChange → publishDiagnostics, median of the edits after a warm-up. `npm run bench:lsp`
// measures this and more (default debounce, a 200-form workspace, cold open).
//   node bench/editor-recheck.mjs [--edits 40]
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { numberArg } from "./cli-args.mjs";
import { generateFormOfLines } from "./generate-forms.mjs";
import { loadavg, shutdown, startServer, typeInto, writeForms, zeroDebounceServer } from "./lsp-client.mjs";

const edits = numberArg("edits", 40);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-bench-recheck-"));
const [file] = writeForms(tmp, [["big.form", generateFormOfLines(5000)]]);
const lines = fs.readFileSync(file, "utf8").split("\n").length;
const server = await startServer(tmp, await zeroDebounceServer());
const r = await typeInto(server, file, edits, 5);
await shutdown(server);
fs.rmSync(tmp, { recursive: true, force: true });

console.log(`formguard editor re-check — node ${process.version}, ${os.cpus().length} cores, load average ${loadavg()}`);
console.log(`command: node bench/editor-recheck.mjs --edits ${edits}   (one form of ${lines} lines, debounce 0, ${edits} edits after 5 warm-up)\n`);
console.log(`didChange → publishDiagnostics   median ${r.e2e.median.toFixed(1)} ms   p95 ${r.e2e.p95.toFixed(1)} ms`);

/** For bench/run.mjs's summary. */
export const figures = { recheckMs: r.e2e.median, lines };
