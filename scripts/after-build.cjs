// Run by esbuild.mjs after every build (in a child process, output discarded), with the output
// folder as argument (dist/ unless given):
// 1. parses the shipped packs once into <dist>/precompiled/ (rules/shipped-packs.ts), and
//    normalises their concepts' phrases for the recogniser (rules/recognition/phrase-table.ts);
// 2. lints a few example forms so V8 compiles what a lint run needs, then saves that compiled
//    code as <dist>/cli.js.v8cache (bin/load-bundle.js).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { loadBundle } = require("../bin/load-bundle.js");

const root = path.join(__dirname, "..");
const dist = path.resolve(root, process.argv[2] ?? "dist");
const bundle = loadBundle(path.join(dist, "cli.js"));
bundle.exports.writePrecompiledPacks();
bundle.exports.writeShippedPhraseTable();
const examples = path.join(root, "examples", "forms");
const forms = fs.existsSync(examples) ? fs.readdirSync(examples).filter((f) => f.endsWith(".form")).slice(0, 4).map((f) => path.join(examples, f)) : [];
bundle.exports
  .main(["lint", ...forms, "--format", "json", "--today", "2026-11-27"])
  .then(() => bundle.saveCache())
  .catch((e) => {
    process.stderr.write(`after-build: ${e && e.message}\n`);
    process.exitCode = 1;
  });
