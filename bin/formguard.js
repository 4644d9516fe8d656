#!/usr/bin/env node
// The installed command. The CLI is bundled into dist/ by `npm install` (the `prepare` script).
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("formguard: the CLI is not built yet: run `npm install` (or `npm run build`) in " + path.join(__dirname, "..") + "\n");
  process.exit(2);
}
// The code cache speeds up short runs; a language server runs for hours, and the cached code
// (everything a lint run compiles) would only add to its memory.
const { main } = require("./load-bundle.js").loadBundle(bundle, { useCache: process.argv[2] !== "lsp" }).exports;
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write("formguard: internal error: " + (e && e.message) + "\n"); process.exitCode = 2; },
);
