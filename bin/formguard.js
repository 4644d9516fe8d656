#!/usr/bin/env node
// The installed command. The CLI is bundled into dist/ by `npm install` (the `prepare` script).
// `formguard lsp` goes straight to the language server's own bundle: the CLI and the server are
// separate hosts, and a long-running server has no use for the CLI's code.
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const isLsp = process.argv[2] === "lsp";
const bundle = path.join(__dirname, "..", "dist", isLsp ? "server.js" : "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("formguard: the CLI is not built yet: run `npm install` (or `npm run build`) in " + path.join(__dirname, "..") + "\n");
  process.exit(2);
}
const fail = (e) => { process.stderr.write("formguard: internal error: " + (e && e.message) + "\n"); process.exitCode = 2; };
if (isLsp) {
  // The code cache speeds up short runs; a language server runs for hours, and cached code would only add to its memory.
  require(bundle).lspMain(process.argv.slice(3)).then((code) => process.exit(code), fail);
} else {
  const { runCommandLine } = require("./load-bundle.js").loadBundle(bundle).exports;
  runCommandLine(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fail);
}
