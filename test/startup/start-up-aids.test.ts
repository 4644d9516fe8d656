/**
 * The start-up aids of the installed command (bin/load-bundle.js, rules/shipped-packs.ts,
 * rules/recognition/phrase-table.ts, rules/recognition/vocabulary-index-table.ts): V8's code
 * cache, the precompiled shipped pack, its phrases normalised for the recogniser and the
 * recogniser's index of them. Each is only an optimisation, so each must be
 * used when valid, refused when stale or broken, and never change what the CLI reports.
 */
import { isAscii } from "node:buffer";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "../../language/parse";
import { documentFromSnapshot, snapshotOf } from "../../language/snapshot";
import { phraseWords } from "../../rules/recognition/phrase-table";
import { precompiledJsonText, readPrecompiledJson } from "../../rules/shipped-packs";
import { ensureBuilt, ROOT } from "../build";
import { checkText, summarise, TODAY } from "../helpers";

const BIN = path.join(ROOT, "bin", "formguard.js");
const EXAMPLES = path.join(ROOT, "examples", "forms");
const PACK = path.join(ROOT, "rules", "packs", "cqc-dorset-2015.formrules");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { loadBundle } = require("../../bin/load-bundle.js") as { loadBundle: (file: string) => { usedCache: boolean; exports: Record<string, unknown> } };

const copies: string[] = [];
afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A private copy of dist/ (bundle, cache, snapshots) that a test may damage. */
function copyOfDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-dist-"));
  copies.push(dir);
  fs.cpSync(path.join(ROOT, "dist"), path.join(dir, "dist"), { recursive: true, filter: (f) => !f.endsWith(".map") });
  // The bundle finds the shipped packs beside it, as in an installed copy.
  fs.cpSync(path.join(ROOT, "rules", "packs"), path.join(dir, "rules", "packs"), { recursive: true });
  return path.join(dir, "dist");
}

function lintJson(args: string[], cliEntry = BIN) {
  const r = spawnSync(process.execPath, [cliEntry, "lint", EXAMPLES, "--format", "json", "--today", "2026-11-27", ...args], { encoding: "utf8", cwd: ROOT });
  expect(r.stderr).toBe("");
  return { status: r.status, findings: JSON.parse(r.stdout) as Array<{ filePath: string; messages: unknown[] }> };
}

beforeAll(() => ensureBuilt());

describe("V8 code cache (bin/load-bundle.js)", () => {
  it("the build writes a cache the installed command uses", () => {
    expect(fs.existsSync(path.join(ROOT, "dist", "cli.js.v8cache"))).toBe(true);
    expect(loadBundle(path.join(ROOT, "dist", "cli.js")).usedCache).toBe(true);
  });

  it.each([
    ["corrupt", (f: string) => fs.writeFileSync(f, "not a cache at all")],
    ["from another build", (f: string) => fs.writeFileSync(f, Buffer.concat([Buffer.from("formguard-code-cache/1 another-build v20 x64\n"), fs.readFileSync(f).subarray(80)]))],
    ["truncated", (f: string) => fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 200))],
    ["missing", (f: string) => fs.rmSync(f)],
  ])("a %s cache is not used, and the command still works", (_name, damage) => {
    const dist = copyOfDist();
    damage(path.join(dist, "cli.js.v8cache"));
    const loaded = loadBundle(path.join(dist, "cli.js"));
    expect(loaded.usedCache).toBe(false);
    expect(typeof loaded.exports.main).toBe("function");
    const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(path.join(ROOT, "bin", "load-bundle.js"))}).loadBundle(${JSON.stringify(path.join(dist, "cli.js"))}).exports.main(["--version"])`], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("the bundle (esbuild.mjs)", () => {
  it("a lint loads no module from outside the bundle: nothing is resolved, read or compiled from node_modules", () => {
    // Every require() of a file, as Node sees it; fdir's picomatch probe was one (esbuild.mjs).
    const script = `
      const Module = require("node:module");
      const load = Module._load;
      const files = [];
      Module._load = function (request, ...rest) {
        if (!Module.isBuiltin(request)) files.push(request);
        return load.call(this, request, ...rest);
      };
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, "lint", ${JSON.stringify(path.join(EXAMPLES, "gp-notification.compliant.form"))}, "--today", "2026-11-27"];
      process.stdout.write = () => true;
      require(${JSON.stringify(BIN)});
      process.on("exit", () => process.stderr.write(JSON.stringify(files)));`;
    const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
    expect(JSON.parse(r.stderr)).toEqual([BIN, "./load-bundle.js"]);
  });

  it("lexes characters outside Latin-1 as chevrotain's own table does (esbuild.mjs chevrotainWithoutCharTable): the bundled CLI reports what the sources report", () => {
    // Tokens starting with characters from U+0100 up, where the bundle computes the lexer's
    // first-character index instead of reading chevrotain's table: curly quotes, a dash, CJK, a
    // surrogate pair, and U+FEFF and U+FF01, whose index is the one the whitespace pattern's
    // U+FEFF hint fills (a BOM inside a text is whitespace; the fullwidth "!" is not).
    const text = [
      "form unicode_starts \"Unicode at token starts\" {",
      "  service emergency-department",
      "  audience child",
      "  \u201cquoted\u201d \u2018single\u2019 \u2014 \u0100 \u4e2d\u6587 \ud83d\ude00",
      "  field a text {\ufeff label \"A\" }",
      "  \uff01 \ufffd \u0101",
      "}",
      "",
    ].join("\n");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-unicode-"));
    copies.push(dir);
    const file = path.join(dir, "unicode.form");
    fs.writeFileSync(file, text);
    const r = spawnSync(process.execPath, [BIN, "lint", file, "--format", "json", "--today", TODAY], { encoding: "utf8" });
    const bundled = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>)[0].messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, message: m.message }));
    const fromSources = summarise(checkText(text).diagnostics).map(({ ruleId, line, column, message }) => ({ ruleId, line, column, message }));
    expect(bundled.filter((m) => m.ruleId === "syntax").length).toBeGreaterThanOrEqual(6);
    expect(bundled).toEqual(fromSources);
    // And the table is not built: no 65,536-entry array in the bundle (the build warns when it cannot leave it out).
    ensureBuilt();
    expect(fs.readFileSync(path.join(ROOT, "dist", "cli.js"), "utf8")).not.toMatch(/new Array\(65536\)/);
  });

  it("holds zod's English messages and no other language's (esbuild.mjs zodEnglishOnly), and a configuration error is still worded by zod in English", () => {
    // Under the build lock: a build another test process started must end before the bundle is read.
    ensureBuilt();
    const bundle = fs.readFileSync(path.join(ROOT, "dist", "cli.js"), "utf8");
    const locales = [...bundle.matchAll(/^\/\/ (?:\S*\/)?node_modules\/zod\/v4\/locales\/(\S+)$/gm)].map((m) => m[1]);
    // index.js is the build's stand-in for zod's list of locales, naming English alone.
    expect(locales.filter((f) => f !== "index.js")).toEqual(["en.js"]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-zod-"));
    copies.push(dir);
    fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ maxWaiverDays: 0 }));
    fs.copyFileSync(path.join(EXAMPLES, "gp-notification.compliant.form"), path.join(dir, "a.form"));
    const r = spawnSync(process.execPath, [BIN, "lint", dir], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("formguard.config.json: $.maxWaiverDays: Too small: expected number to be >=1");
  });

  it("holds only the zod a lint runs: not its chained API (report/schema.ts), nor its JSON Schema writer or the rest of zod/mini's namespace (language/zod-api.ts)", () => {
    ensureBuilt();
    const bundle = fs.readFileSync(path.join(ROOT, "dist", "cli.js"), "utf8");
    // esbuild heads each module's code with its path: a module's size is the text up to the next head.
    const heads = [...bundle.matchAll(/^\/\/ (\S+)$/gm)];
    const sizes = new Map(heads.map((m, i) => [m[1].replace(/^.*?node_modules\//, ""), (heads[i + 1]?.index ?? bundle.length) - m.index!]));
    const zodFiles = [...sizes.keys()].filter((f) => f.startsWith("zod/"));
    // zod's chained API was in the bundle (report/schema.ts), with its JSON Schema reader and writer.
    expect(zodFiles.filter((f) => /classic|json-schema-processors|from-json-schema/.test(f))).toEqual([]);
    // zod came to 0.40 MB of the 1.6 MB bundle, 0.06 MB now: its schemas and utilities, what a lint may run.
    const zodBytes = zodFiles.reduce((sum, f) => sum + sizes.get(f)!, 0);
    expect(zodBytes).toBeGreaterThan(20_000); // the functional API is there
    expect(zodBytes).toBeLessThan(100_000);
  });

  it.each([
    ["a form that asks every prompt", "gp-notification.compliant.form", 0],
    ["a form missing prompts (the recogniser reads it)", "gp-notification.noncompliant.form", 1],
  ])("a lint of %s loads none of node:crypto (8–10 ms of a fresh process; language/node-crypto.ts), node:worker_threads (3 ms; cli/parallel/ordered-checks.ts) and node:v8 (2 ms; cli/parallel/many-forms-v8.ts)", (_, form, status) => {
    const script = `
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, "lint", ${JSON.stringify(path.join(EXAMPLES, form))}, "--today", "2026-11-27"];
      process.stdout.write = () => true;
      require(${JSON.stringify(BIN)});
      process.on("exit", () => process.stderr.write(JSON.stringify(process.moduleLoadList.filter((m) => /crypto|NativeModule worker_threads|NativeModule v8$/.test(m)))));`;
    // Run from a file: `node -e` itself loads node:crypto.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-modules-"));
    copies.push(dir);
    fs.writeFileSync(path.join(dir, "lint.js"), script);
    const r = spawnSync(process.execPath, [path.join(dir, "lint.js")], { encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(status);
    expect(JSON.parse(r.stderr)).toEqual([]);
  });
});

describe("the build's start-up data is ASCII (rules/shipped-packs.ts precompiledJsonText)", () => {
  it("every file the build writes to dist/precompiled/ holds only ASCII bytes", () => {
    ensureBuilt();
    const dir = path.join(ROOT, "dist", "precompiled");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
    // The shipped pack snapshot, the phrase table and the vocabulary index; the pack quotes the report's "—" and "’".
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) expect({ file: f, ascii: isAscii(fs.readFileSync(path.join(dir, f))) }).toEqual({ file: f, ascii: true });
  });

  it.each([
    ["a dash and a curly quote", { quote: "seen alone — the child’s view" }],
    ["characters outside the basic plane (surrogate pairs)", { text: "ok 👍 𝔘" }],
    ["a lone surrogate", { text: "a\ud800b" }],
    ["control characters, quotes and backslashes", ["\u0000\t\n\"\\", "\u007f\u0080\u00ff"]],
  ])("is read back as written: %s", (_, value) => {
    const text = precompiledJsonText(value);
    expect(isAscii(Buffer.from(text, "utf8"))).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-precompiled-"));
    copies.push(dir);
    fs.writeFileSync(path.join(dir, "a.json"), text);
    expect(readPrecompiledJson(path.join(dir, "a.json"))).toEqual(value);
    // A file written by anything else, in UTF-8 with characters outside ASCII, is read right too.
    fs.writeFileSync(path.join(dir, "b.json"), JSON.stringify(value));
    expect(readPrecompiledJson(path.join(dir, "b.json"))).toEqual(value);
  });
});

describe("precompiled shipped pack (language/snapshot.ts)", () => {
  const text = fs.readFileSync(PACK, "utf8");
  const parsed = parseDocument(PACK, text);
  const snapshot = JSON.parse(JSON.stringify(snapshotOf(parsed, "build-1")));

  it("revives the same document the parser gives", () => {
    const revived = documentFromSnapshot(PACK, text, snapshot, "build-1");
    expect(revived).toBeDefined();
    expect(revived!.ast).toEqual(parsed.ast);
    expect(revived!.syntaxErrors).toEqual(parsed.syntaxErrors);
    expect(revived!.lines.position(text.length)).toEqual(parsed.lines.position(text.length));
  });

  it.each([
    ["the pack's text changed", () => documentFromSnapshot(PACK, text.replace("rule ", "rule  "), snapshot, "build-1")],
    ["another build made it", () => documentFromSnapshot(PACK, text, snapshot, "build-2")],
    ["it is not a snapshot", () => documentFromSnapshot(PACK, text, { format: "something else" }, "build-1")],
    ["it is null", () => documentFromSnapshot(PACK, text, null, "build-1")],
    ["its AST is missing", () => documentFromSnapshot(PACK, text, { ...snapshot, ast: undefined }, "build-1")],
  ])("is refused when %s", (_why, revive) => {
    expect(revive()).toBeUndefined();
  });

  it("the build writes it, and linting with it reports exactly what parsing the pack reports", () => {
    const dist = copyOfDist();
    const snapshotFile = path.join(dist, "precompiled", "cqc-dorset-2015.formrules.json");
    expect(fs.existsSync(snapshotFile)).toBe(true);
    const withSnapshot = lintJson([], path.join(dist, "cli.js"));
    fs.rmSync(path.join(dist, "precompiled"), { recursive: true });
    const parsedEachRun = lintJson([], path.join(dist, "cli.js"));
    expect(withSnapshot).toEqual(parsedEachRun);
    expect(withSnapshot.findings.length).toBeGreaterThan(40);
    expect(withSnapshot.findings.some((f) => f.messages.length > 0)).toBe(true);
  });

  it("a snapshot that no longer matches the shipped pack is ignored: an edited pack takes effect", () => {
    const dist = copyOfDist();
    const packCopy = path.join(dist, "..", "rules", "packs", "cqc-dorset-2015.formrules");
    // Turning one error rule into a warning must show in the findings despite the old snapshot.
    const before = lintJson([], path.join(dist, "cli.js"));
    const edited = fs.readFileSync(packCopy, "utf8").replace(/(rule ed-accompanying-adult[^{]*\{[^}]*?severity )error/s, "$1warning");
    expect(edited).not.toBe(fs.readFileSync(packCopy, "utf8"));
    fs.writeFileSync(packCopy, edited);
    const after = lintJson([], path.join(dist, "cli.js"));
    const levels = (r: typeof before) => r.findings.flatMap((f) => (f.messages as Array<{ ruleId: string; severity: number }>).filter((m) => m.ruleId.endsWith("/ed-accompanying-adult")).map((m) => m.severity));
    expect(levels(before).length).toBeGreaterThan(0);
    expect(levels(before).every((s) => s === 2)).toBe(true);
    expect(levels(after).every((s) => s === 1)).toBe(true);
  });
});

describe("precomputed phrase table (rules/recognition/phrase-table.ts)", () => {
  /** Rewrites dist/precompiled/phrases.json: every phrase's stems replaced, optionally under another build id. */
  function spoilTable(dist: string, buildId?: string) {
    const file = path.join(dist, "precompiled", "phrases.json");
    const table = JSON.parse(fs.readFileSync(file, "utf8")) as { buildId: string; phrases: Record<string, [string[], string[]]> };
    for (const entry of Object.values(table.phrases)) entry[1] = ["zzz"];
    fs.writeFileSync(file, JSON.stringify({ ...table, buildId: buildId ?? table.buildId }));
  }

  it("the build writes it, and linting with it reports exactly what normalising each run reports", () => {
    const dist = copyOfDist();
    expect(fs.existsSync(path.join(dist, "precompiled", "phrases.json"))).toBe(true);
    const withTable = lintJson([], path.join(dist, "cli.js"));
    fs.rmSync(path.join(dist, "precompiled", "phrases.json"));
    expect(lintJson([], path.join(dist, "cli.js"))).toEqual(withTable);
  });

  it("is read by the command (a spoilt table of this build changes what is recognised)", () => {
    const dist = copyOfDist();
    const withTable = lintJson([], path.join(dist, "cli.js"));
    // Without the vocabulary's index (below) the run indexes the vocabulary, reading the phrase table to do so.
    fs.rmSync(path.join(dist, "precompiled", "vocabulary-index.json"));
    spoilTable(dist);
    expect(lintJson([], path.join(dist, "cli.js"))).not.toEqual(withTable);
  });

  it("a table from another build is not used", () => {
    const dist = copyOfDist();
    const withTable = lintJson([], path.join(dist, "cli.js"));
    spoilTable(dist, "another-build");
    expect(lintJson([], path.join(dist, "cli.js"))).toEqual(withTable);
  });

  it("holds for every phrase the words, stems and count of written words the code computes", () => {
    // Outside the bundle there is no build id, so phraseWords computes each answer afresh.
    const table = JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "precompiled", "phrases.json"), "utf8")) as { phrases: Record<string, [string[], string[], number]> };
    const entries = Object.entries(table.phrases);
    expect(entries.length).toBeGreaterThan(2000);
    for (const [text, [ws, stems, written]] of entries) expect({ text, words: ws, stems, written }).toEqual({ text, ...phraseWords(text), words: [...phraseWords(text).words] });
  });
});

describe("the shipped vocabulary's index (rules/recognition/vocabulary-index-table.ts)", () => {
  const TABLE = (dist: string) => path.join(dist, "precompiled", "vocabulary-index.json");
  /** Rewrites the table: every phrase filed under the first concept, optionally under another build id or vocabulary. */
  function spoilIndex(dist: string, change: { buildId?: string; vocabulary?: string } = {}) {
    const table = JSON.parse(fs.readFileSync(TABLE(dist), "utf8")) as { phrases: unknown[][] };
    for (const row of table.phrases) row[0] = 0;
    fs.writeFileSync(TABLE(dist), JSON.stringify({ ...table, ...change }));
  }

  it("the build writes it, and linting with it reports exactly what indexing the vocabulary each run reports", () => {
    const dist = copyOfDist();
    expect(fs.existsSync(TABLE(dist))).toBe(true);
    const withTable = lintJson([], path.join(dist, "cli.js"));
    fs.rmSync(TABLE(dist));
    expect(lintJson([], path.join(dist, "cli.js"))).toEqual(withTable);
  });

  it("is read by the command (a spoilt index of this build changes what is recognised)", () => {
    const dist = copyOfDist();
    const withTable = lintJson([], path.join(dist, "cli.js"));
    spoilIndex(dist);
    expect(lintJson([], path.join(dist, "cli.js"))).not.toEqual(withTable);
  });

  it.each([
    ["made by another build", { buildId: "another-build" }],
    ["made from another vocabulary", { vocabulary: "[3,[]]" }],
  ])("an index %s is not used", (_, change) => {
    const dist = copyOfDist();
    const withTable = lintJson([], path.join(dist, "cli.js"));
    spoilIndex(dist, change);
    expect(lintJson([], path.join(dist, "cli.js"))).toEqual(withTable);
  });
});
