// Bundles the CLI (and, as they arrive, the language server and VS Code client) into dist/.
// `node esbuild.mjs` builds for development (source maps); `--production` minifies for packaging.
import * as esbuild from "esbuild";
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");

/** Entry points: output name → source. Later issues add the server and the VS Code client. */
export const entries = {
  cli: "cli/main.ts",
  server: "server/main.ts",
  client: "client/extension.ts",
};

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  legalComments: "none",
  logLevel: "warning",
  // Some dependencies ship ESM that reads import.meta.url; in a CommonJS bundle it must be supplied.
  define: { FORMGUARD_VERSION: JSON.stringify(pkg.version), "import.meta.url": "__formguardImportMetaUrl" },
  banner: { js: 'const __formguardImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  external: ["vscode"],
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    esbuild.build({ ...common, entryPoints: [entry], outfile: `dist/${name}.js` }),
  ),
);
