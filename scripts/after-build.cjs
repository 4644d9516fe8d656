// Run by esbuild.mjs after every build (in a child process, output discarded), with the output
// folder as argument (dist/ unless given):
// 1. parses the shipped packs once into <dist>/precompiled/ (rules/shipped-packs.ts), and
//    normalises their concepts' phrases for the recogniser (rules/recognition/phrase-table.ts);
// 2. lints examples/ (forms, packs, configuration, Questionnaires) as JSON and as text, so V8
//    compiles what lint runs need, then saves that compiled code as <dist>/cli.js.v8cache
//    (bin/load-bundle.js). Four forms left out code a larger run takes; this warm-up compiles
//    as much as a warm-up on the 1,000-form bench did when measured (caches of ≈ 1.22 MB both, against 1.15 MB).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { loadBundle } = require("../bin/load-bundle.js");

const root = path.join(__dirname, "..");
const dist = path.resolve(root, process.argv[2] ?? "dist");
const bundle = loadBundle(path.join(dist, "cli.js"));
bundle.exports.writeBuildTables();
const examples = path.join(root, "examples");
const forms = fs.existsSync(examples) ? [examples] : [];
bundle.exports
  .main(["lint", ...forms, "--format", "json", "--today", "2026-11-27"])
  .then(() => bundle.exports.main(["lint", ...forms, "--today", "2026-11-27"]))
  .then(() => bundle.saveCache())
  .catch((e) => {
    process.stderr.write(`after-build: ${e && e.message}\n`);
    process.exitCode = 1;
  });
