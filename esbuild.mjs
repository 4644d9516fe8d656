// Bundles the CLI (and, as they arrive, the language server and VS Code client) into dist/.
// `node esbuild.mjs` builds for development (source maps); `--production` minifies for packaging.
// `--outdir DIR` writes somewhere other than dist/ (tests build into a temporary folder).
import * as esbuild from "esbuild";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const production = process.argv.includes("--production");
const outdirAt = process.argv.indexOf("--outdir");
const outdir = outdirAt >= 0 ? process.argv[outdirAt + 1] : "dist";
/** Marks this build on each bundle's first line: bin/load-bundle.js trusts a code cache only for its own build. */
const buildId = `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;

/** Entry points: output name → source. Later issues add the server and the VS Code client. */
export const entries = {
  cli: "cli/main.ts",
  server: "server/main.ts",
  client: "client/extension.ts",
};

/**
 * fdir (tinyglobby's directory walker) probes for picomatch when it loads, with a run-time
 * require() from node_modules, for its own `glob()`, which formguard never calls (tinyglobby
 * gives fdir its own, bundled, matchers). The probe found picomatch, then resolved, read and
 * compiled it outside the bundle and its code cache on every run: ≈ 4.5 ms of a one-form lint.
 * The bundle leaves the probe out (fdir's `glob()` would then say picomatch is missing). If a
 * new fdir words it differently, the build says so and bundles fdir as it is.
 */
const FDIR_PICOMATCH_PROBE = /try \{\s*__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);\s*\} catch \{\}/;
const withoutFdirPicomatchProbe = {
  name: "without-fdir-picomatch-probe",
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (FDIR_PICOMATCH_PROBE.test(text)) return { contents: text.replace(FDIR_PICOMATCH_PROBE, "/* picomatch probe left out by esbuild.mjs */"), loader: "js" };
      return { contents: text, loader: "js", warnings: [{ text: "fdir's picomatch probe not found: bundled as it is (esbuild.mjs)" }] };
    });
  },
};

/**
 * formguard uses only chevrotain's lexer (the parser is hand-written; language/ imports Lexer,
 * createToken and EOF, and types). The bundle takes those three from chevrotain's scan/ modules
 * instead of its index, which also brings the CST parser (≈ 180 KB of each bundle) and runs it at
 * load: the parser module makes its end-of-file token with NaN offsets, so V8 then stores every
 * token's offsets as heap numbers instead of small integers. Any other value imported from
 * "chevrotain" fails the build ("No matching export"), so a new use cannot go unnoticed.
 */
const CHEVROTAIN_SCAN = join(dirname(createRequire(import.meta.url).resolve("chevrotain")), "scan");
const chevrotainLexerOnly = {
  name: "chevrotain-lexer-only",
  setup(build) {
    build.onResolve({ filter: /^chevrotain$/ }, () => ({ path: "chevrotain", namespace: "chevrotain-lexer-only" }));
    build.onLoad({ filter: /.*/, namespace: "chevrotain-lexer-only" }, () => ({
      contents: `export { Lexer } from "./lexer_public.js";\nexport { createToken, EOF } from "./tokens_public.js";\n`,
      resolveDir: CHEVROTAIN_SCAN,
      loader: "js",
    }));
  },
};

/**
 * Chevrotain's lexer maps a character code to its first-character table's index through a table
 * of all 65,536 codes, filled by a loop in every process that builds a lexer: 5–7 ms of a one-form
 * run, more than half of building formguard's lexer. Only codes from 256 up are looked up in it,
 * and each entry is `255 + ~~(code / 255)`: the bundle computes that instead (the same values), and
 * the loop never runs. A lexer sees such a code only where a token starts with a character outside
 * Latin-1 (a curly quote, an error), so the lexing itself does not notice. If a new chevrotain words
 * either part differently, the build says so and bundles the lexer as it is.
 */
const CHAR_TABLE_LOOKUP = /: charCodeToOptimizedIdxMap\[charCode\];/;
const CHAR_TABLE_FILL = /function initCharCodeToOptimizedIndexMap\(\) \{\n    if \(isEmpty\(charCodeToOptimizedIdxMap\)\) \{\n        charCodeToOptimizedIdxMap = new Array\(65536\);\n        for \(let i = 0; i < 65536; i\+\+\) \{\n            charCodeToOptimizedIdxMap\[i\] = i > 255 \? 255 \+ ~~\(i \/ 255\) : i;\n        \}\n    \}\n\}/;
const chevrotainWithoutCharTable = {
  name: "chevrotain-without-char-table",
  setup(build) {
    build.onLoad({ filter: /[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (CHAR_TABLE_LOOKUP.test(text) && CHAR_TABLE_FILL.test(text)) {
        return {
          contents: text
            .replace(CHAR_TABLE_LOOKUP, ": charCode <= 0xffff ? 255 + ~~(charCode / 255) : undefined; // esbuild.mjs: computed, not a 65,536-entry table")
            .replace(CHAR_TABLE_FILL, "function initCharCodeToOptimizedIndexMap() {} // esbuild.mjs: no table to fill"),
          loader: "js",
        };
      }
      return { contents: text, loader: "js", warnings: [{ text: "chevrotain's character-code table not found as expected: bundled as it is (esbuild.mjs)" }] };
    });
  },
};

/**
 * zod's namespace object carries every one of its 60-odd locales (error messages in other
 * languages: 404 KB, nearly a quarter of the CLI bundle), each made when the bundle loads;
 * formguard writes its own messages and zod's default, English, is all it uses. The bundle keeps
 * that one. A use of any other (`z.locales.fr()`) fails the build ("No matching export").
 */
const zodEnglishOnly = {
  name: "zod-english-only",
  setup(build) {
    build.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({ contents: `export { default as en } from "./en.js";\n`, loader: "js" }));
  },
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
  define: { FORMGUARD_VERSION: JSON.stringify(pkg.version), FORMGUARD_BUILD_ID: JSON.stringify(buildId), "import.meta.url": "__formguardImportMetaUrl" },
  banner: { js: `// formguard build ${buildId}\n` + 'const __formguardImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  external: ["vscode"],
  plugins: [withoutFdirPicomatchProbe, chevrotainLexerOnly, chevrotainWithoutCharTable, zodEnglishOnly],
};

await Promise.all(
  Object.entries(entries).map(([name, entry]) =>
    esbuild.build({ ...common, entryPoints: [entry], outfile: `${outdir}/${name}.js` }),
  ),
);

// esbuild escapes non-ASCII in strings, but not in comments and regular expressions. One "—"
// makes V8 hold the whole bundle source (1.2 MB) as a two-byte string (twice: the source and its
// module wrapper), four bytes for each of its characters in a language server's memory; escaped, one-byte text.
for (const name of Object.keys(entries)) {
  const file = `${outdir}/${name}.js`;
  const text = readFileSync(file, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(file, ascii);
}

// Start-up aids for the installed command, written by every build of the bundle (a production
// build too: `npm run package` rebuilds dist/cli.js, which `bin/formguard.js` then runs): the
// shipped packs parsed once (precompiled/) and V8's compiled code cached (bin/load-bundle.js).
// The cache is tied to this Node and build; the packaged extension's own Node refuses it and
// compiles as usual.
try {
  execFileSync(process.execPath, ["scripts/after-build.cjs", outdir], { cwd: new URL(".", import.meta.url), stdio: ["ignore", "ignore", "inherit"] });
} catch {
  process.stderr.write("esbuild.mjs: start-up aids not written (the CLI still works; it starts a little slower)\n");
}
