// Issue 17's comparison with a Langium peer: "formguard's full lint should take at most 0.4× the
// time Langium needs to parse the same files". The peer is a Langium 4.1 grammar of the same
// language (bench/langium-peer/), bundled with esbuild; over the 1,000 generated forms this
// measures, interleaved round after round (medians):
//   whole process: a Node process that reads the files and parses each with the peer,
//                  `formguard lint DIR --format json`, and `node -e 0`;
//   in process, warm: the peer's parse of every text, and formguard's parse + check.
// Usage: node bench/langium-peer.mjs [--runs 7] [--forms 1000] [--sections 6] [--fields 4]
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { inProcessLint } from "./build.mjs";
import { numberArg as arg, root } from "./cli-args.mjs";
import { interleavedWalls, median } from "./interleave.mjs";
import { generateForms } from "./generate-forms.mjs";
import { loadLangiumPeer } from "./langium-peer/build.mjs";

/** The bound: formguard's time over Langium's. */
export const BOUND = 0.4;
const WARM_UPS = 3;

/** The median time of each in-process pass (a function returning its milliseconds), after warm-ups, the passes interleaved as interleavedWalls runs processes. */
function interleavedPasses(passes, rounds) {
  for (let r = 0; r < WARM_UPS; r++) passes.forEach((pass) => pass());
  const times = passes.map(() => []);
  for (let r = 0; r < rounds; r++) passes.forEach((pass, i) => times[i].push(pass()));
  return times.map(median);
}

/** The first syntax error the peer finds in `pairs` ([name, text]), as `file:line:col message`. */
function firstPeerError(peer, parser, dir, pairs) {
  for (const [name, text] of pairs) {
    const error = peer.firstSyntaxError(parser.parse(text));
    if (error) return `${path.join(dir, name)}:${error}`;
  }
  return undefined;
}

/**
 * Measures everything and returns the figures, with the printed report as `lines` and the
 * verdict rows in bench/run.mjs's summary shape ([figure, measured, must reach, goal, met]).
 * Throws when the peer does not parse every generated form without errors: a peer that fails to
 * parse is not a comparison.
 */
export async function langiumPeerFigures({ runs = 7, forms: count = 1000, sections = 6, fieldsPerSection = 4 } = {}) {
  const forms = generateForms(count, { sections, fieldsPerSection });
  const bytes = forms.reduce((a, [, t]) => a + Buffer.byteLength(t), 0);
  const lines = forms.reduce((a, [, t]) => a + t.split("\n").length, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-langium-peer-"));
  let keep = false;
  try {
    for (const [name, text] of forms) fs.writeFileSync(path.join(dir, name), text);

    const peerBundle = path.join(root, "dist", "bench-langium-peer.cjs");
    const peer = await loadLangiumPeer(peerBundle);
    const parser = peer.createFormguardPeerServices().parser.LangiumParser;
    const error = firstPeerError(peer, parser, dir, forms);
    if (error) {
      keep = true; // so the file the error names can be read
      throw new Error(`the Langium peer does not parse the generated forms: ${error} (the forms are left in ${dir})`);
    }

    // The installed command, as a CI job runs it (bin/formguard.js: code cache, precompiled pack).
    if (!fs.existsSync(path.join(root, "dist", "cli.js"))) execFileSync("node", ["esbuild.mjs"], { cwd: root });
    const cli = path.join(root, "bin", "formguard.js");
    const [langiumWall, lintWall, nodeWall] = interleavedWalls(
      [
        // Exit 1 would mean a syntax error in some file, already ruled out above.
        ["node", [peerBundle, dir], { ok: [0] }],
        // Exit 1 is expected: the generated forms miss prompts the shipped pack requires.
        ["node", [cli, "lint", dir, "--format", "json", "--today", "2026-11-27"], { ok: [0, 1] }],
        ["node", ["-e", "0"], { ok: [0] }],
      ],
      runs,
    );

    const lint = await inProcessLint();
    const texts = forms.map(([, text]) => text);
    const [langiumMs, lintMs] = interleavedPasses(
      [
        () => {
          const t = performance.now();
          for (const text of texts) parser.parse(text);
          return performance.now() - t;
        },
        () => lint(forms),
      ],
      runs,
    );

    const wallRatio = lintWall / langiumWall;
    const netRatio = (lintWall - nodeWall) / (langiumWall - nodeWall);
    const inProcessRatio = lintMs / langiumMs;
    const mb = bytes / 1e6;
    const verdict = (r) => (r <= BOUND ? "MET" : "MISSED");
    const langiumVersion = JSON.parse(fs.readFileSync(path.join(root, "node_modules", "langium", "package.json"), "utf8")).version;
    const rows = [
      ["input", `${count} forms, ${mb.toFixed(2)} MB, ${lines} lines (${sections} sections × ${fieldsPerSection} fields); the peer parses every one without errors`],
      ["Langium peer", `langium ${langiumVersion}, production mode, one esbuild bundle (${(fs.statSync(peerBundle).size / 1e6).toFixed(2)} MB, no code cache)`],
      ["node -e 0", `${nodeWall.toFixed(3)} s   (each whole-process time is the median of ${runs} interleaved rounds)`],
      ["Langium parse (whole process)", `${langiumWall.toFixed(3)} s   (read the ${count} files, parse each)`],
      ["formguard lint (whole process)", `${lintWall.toFixed(3)} s = ${wallRatio.toFixed(2)}× Langium (bound ${BOUND}×: ${verdict(wallRatio)}; as run, with the shipped pack)`],
      ["  less node -e 0 each", `${(lintWall - nodeWall).toFixed(3)} s vs ${(langiumWall - nodeWall).toFixed(3)} s = ${netRatio.toFixed(2)}× (informational)`],
      ["Langium parse (in process, warm)", `${langiumMs.toFixed(0)} ms — ${(mb / (langiumMs / 1000)).toFixed(1)} MB/s   (median of ${runs} after ${WARM_UPS} warm-up passes, interleaved)`],
      ["formguard parse + check (in process, warm)", `${lintMs.toFixed(0)} ms = ${inProcessRatio.toFixed(2)}× Langium (bound ${BOUND}×: ${verdict(inProcessRatio)})`],
    ];
    const x = (r) => `${r.toFixed(2)}×`;
    const summary = [
      ["formguard full lint / Langium parse (whole process)", x(wallRatio), `≤ ${BOUND}×`, "—", wallRatio <= BOUND],
      ["formguard parse+check / Langium parse (in process)", x(inProcessRatio), `≤ ${BOUND}×`, "—", inProcessRatio <= BOUND],
    ];
    const load = fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
    const report = [
      `formguard vs a Langium peer — node ${process.version}, ${os.cpus().length} cores, load ${load}`,
      `command: node bench/langium-peer.mjs --runs ${runs} --forms ${count} --sections ${sections} --fields ${fieldsPerSection}`,
      "",
      ...rows.map(([k, v]) => `${k.padEnd(42)} ${v}`),
      "",
      `summary (issue 17, Langium peer) — node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`,
      `${"figure".padEnd(52)} ${"measured".padStart(11)}  ${"must reach".padEnd(10)}  ${"goal".padEnd(9)}  verdict`,
      ...summary.map(([name, measured, must, goal, ok]) => `${name.padEnd(52)} ${measured.padStart(11)}  ${must.padEnd(10)}  ${goal.padEnd(9)}  ${ok ? "MET" : "MISSED"}`),
    ];
    return { langiumWall, lintWall, nodeWall, wallRatio, netRatio, langiumMs, lintMs, inProcessRatio, summary, lines: report };
  } finally {
    if (!keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Run as a script (not when bench/run.mjs imports it): print the report.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const figures = await langiumPeerFigures({ runs: arg("runs", 7), forms: arg("forms", 1000), sections: arg("sections", 6), fieldsPerSection: arg("fields", 4) });
    for (const line of figures.lines) console.log(line);
  } catch (e) {
    console.error(`langium-peer: ${e.message}`);
    process.exit(1);
  }
}
