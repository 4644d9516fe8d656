/**
 * The extension manifest (the root package.json) and the .vsix built from it agree: every file
 * the manifest names is packaged, nothing else is (no sources, tests or node_modules), the
 * activation events, commands and VS Code version line up, and the JSON contributions parse.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { packageVsix, readZip, ROOT } from "./vsix";

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const contributes = manifest.contributes;
const rel = (p: string) => path.posix.normalize(p.replace(/^\.\//, ""));

let vsix: Map<string, Buffer>;
let vsixFile: string;

beforeAll(() => {
  vsixFile = packageVsix();
  vsix = readZip(vsixFile);
  const size = fs.statSync(vsixFile).size;
  console.log(`formguard .vsix: ${(size / 1024).toFixed(1)} KiB packed, ${vsix.size} entries (development bundles from dist/)`);
}, 120_000);

/** vsce stores README.md as readme.md and LICENSE as LICENSE.txt. */
const packaged = (file: string) => {
  const name = `extension/${rel(file)}`;
  return [...vsix.keys()].some((k) => k === name || k.toLowerCase() === name.toLowerCase() || k === `${name}.txt`);
};

describe("the .vsix holds every file the manifest names", () => {
  const named: [string, string][] = [
    ["main", manifest.main],
    ["icon", manifest.icon],
    ["README", "README.md"],
    ["LICENSE", "LICENSE"],
    ...contributes.languages.flatMap((l: { id: string; configuration: string; icon: { light: string; dark: string } }) => [
      [`${l.id} configuration`, l.configuration],
      [`${l.id} light icon`, l.icon.light],
      [`${l.id} dark icon`, l.icon.dark],
    ]),
    ...contributes.grammars.map((g: { scopeName: string; path: string }) => [`grammar ${g.scopeName}`, g.path]),
    ...contributes.snippets.map((s: { language: string; path: string }) => [`${s.language} snippets`, s.path]),
    ...contributes.jsonValidation.map((j: { fileMatch: string; url: string }) => [`schema for ${j.fileMatch}`, j.url]),
  ];
  it.each(named)("%s (%s)", (_what, file) => {
    expect(fs.existsSync(path.join(ROOT, file)), `${file} exists in the repository`).toBe(true);
    expect(packaged(file), `${file} is in the .vsix`).toBe(true);
  });

  it.each(["dist/server.js", "dist/cli.js"])("the bundle the client runs: %s", (file) => {
    expect(packaged(file)).toBe(true);
  });

  it("holds the shipped rule packs the bundled server and CLI load", () => {
    const packs = fs.readdirSync(path.join(ROOT, "rules", "packs")).filter((f) => f.endsWith(".formrules"));
    expect(packs.length).toBeGreaterThan(0);
    for (const p of packs) expect(packaged(`rules/packs/${p}`), p).toBe(true);
  });
});

describe("the .vsix holds nothing else", () => {
  it("has no sources, tests, source maps, node_modules or dev files", () => {
    const unwanted = [...vsix.keys()].filter((name) =>
      /^extension\/(node_modules|test|client|server|cli|language|rules\/(?!packs\/)|bench|examples|scripts)\/|\.ts$|\.map$|^extension\/(tsconfig|vitest|esbuild|package-lock)/.test(name),
    );
    expect(unwanted).toEqual([]);
  });

  it("packages only the bundles, grammars, snippets, configuration, icons, packs, schema and docs it needs", () => {
    const allowed = /^(\[Content_Types\]\.xml|extension\.vsixmanifest|extension\/(package\.json|readme\.md|README\.md|LICENSE(\.txt)?|changelog\.md|dist\/(client|server|cli)\.js|rules\/packs\/[^/]+\.formrules|syntaxes\/[^/]+\.tmLanguage\.json|snippets\/[^/]+\.code-snippets|language-configuration\/[^/]+\.json|icons\/[^/]+\.(svg|png)|docs\/formguard\.config\.schema\.json))$/;
    expect([...vsix.keys()].filter((n) => !allowed.test(n))).toEqual([]);
  });
});

describe("manifest consistency", () => {
  const typesVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "@types", "vscode", "package.json"), "utf8")).version as string;

  it("engines.vscode is ^<the @types/vscode version>, so no API newer than the engine is used", () => {
    const [major, minor] = typesVersion.split(".");
    expect(manifest.engines.vscode).toBe(`^${major}.${minor}.0`);
    expect(manifest.devDependencies["@types/vscode"]).toBe(`^${major}.${minor}.0`);
  });

  it("main is the bundled client, built from client/extension.ts with vscode left external", () => {
    expect(rel(manifest.main)).toBe("dist/client.js");
    // read, not imported: importing esbuild.mjs would run a build
    const esbuildSource = fs.readFileSync(path.join(ROOT, "esbuild.mjs"), "utf8");
    expect(esbuildSource).toMatch(/client:\s*"client\/extension\.ts"/);
    expect(esbuildSource).toMatch(/external:\s*\[[^\]]*"vscode"/);
  });

  it("activates for each contributed language, and only for languages that exist", () => {
    const ids = contributes.languages.map((l: { id: string }) => l.id);
    const onLanguage = manifest.activationEvents.filter((e: string) => e.startsWith("onLanguage:")).map((e: string) => e.slice("onLanguage:".length));
    expect(onLanguage.sort()).toEqual([...ids].sort());
    expect(manifest.activationEvents).not.toContain("*");
  });

  it("every contributed command is registered by the client, and every registered command is contributed", () => {
    const source = fs.readFileSync(path.join(ROOT, "client", "extension.ts"), "utf8");
    const registered = [...source.matchAll(/registerCommand\("([^"]+)"/g)].map((m) => m[1]).sort();
    const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
    expect(registered).toEqual(contributed);
    for (const c of contributes.commands) expect(c.category).toBe("formguard");
  });

  it("associates *.form and *.formrules with their languages and grammars", () => {
    const byExt = Object.fromEntries(contributes.languages.flatMap((l: { id: string; extensions: string[] }) => l.extensions.map((e) => [e, l.id])));
    expect(byExt).toEqual({ ".form": "formguard-form", ".formrules": "formguard-rules" });
    for (const l of contributes.languages) expect(contributes.grammars.some((g: { language?: string }) => g.language === l.id)).toBe(true);
  });

  it("declares the three settings with the right shapes", () => {
    const p = contributes.configuration.properties;
    expect(p["formguard.packs"].type).toBe("array");
    expect(p["formguard.rules"].additionalProperties.enum).toEqual(["off", "info", "warning", "error"]);
    expect(p["formguard.trace.server"].enum).toEqual(["off", "messages", "verbose"]);
  });
});

describe("JSON contributions parse", () => {
  const jsonFiles: string[] = [
    ...contributes.snippets.map((s: { path: string }) => s.path),
    ...new Set<string>(contributes.languages.map((l: { configuration: string }) => l.configuration)),
    ...contributes.grammars.map((g: { path: string }) => g.path),
    ...contributes.jsonValidation.map((j: { url: string }) => j.url),
  ];
  it.each(jsonFiles)("%s", (file) => {
    expect(() => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"))).not.toThrow();
  });

  it("every snippet has a prefix, a body and a description", () => {
    for (const s of contributes.snippets) {
      const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, s.path), "utf8"));
      for (const [name, snippet] of Object.entries<{ prefix: unknown; body: unknown; description: unknown }>(snippets)) {
        expect(snippet.prefix, name).toBeTruthy();
        expect(Array.isArray(snippet.body) || typeof snippet.body === "string", name).toBe(true);
        expect(typeof snippet.description, name).toBe("string");
      }
    }
  });

  it("the form snippets cover a new form, a section, every field type and a waiver", () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, "snippets", "form.code-snippets"), "utf8"));
    const bodies = Object.values<{ body: string[] }>(snippets).map((s) => s.body.join("\n"));
    const form = bodies.find((b) => b.startsWith("form "))!;
    for (const header of ["service", "audience", "version", "owner"]) expect(form).toMatch(new RegExp(`\\t${header} `));
    expect(bodies.some((b) => b.startsWith("section "))).toBe(true);
    expect(bodies.some((b) => b.startsWith("waive "))).toBe(true);
    for (const type of ["text", "longtext", "number", "date", "datetime", "yesno", "choice", "multichoice", "person", "signature"]) {
      expect(bodies.some((b) => new RegExp(`^field \\S+ ${type}\\b`).test(b)), type).toBe(true);
    }
  });
});

describe("language configuration", () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, "language-configuration", "formguard.language-configuration.json"), "utf8"));
  const word = new RegExp(config.wordPattern, "g");

  it.each([
    ["accompanying-adult.name", "covers accompanying-adult.name, x"],
    ["cqc-dorset-2015/ed-accompanying-adult", "waive cqc-dorset-2015/ed-accompanying-adult \"r\""],
    ["2027-03-31", "until 2027-03-31"],
    ["1.20", "cites paragraph 1.20,"],
    ["left_before_treatment", "when left_before_treatment = yes"],
  ])("keeps %s as one word", (w, line) => {
    expect(line.match(word)).toContain(w);
  });

  it("declares line and block comments, brackets and pairs", () => {
    expect(config.comments).toEqual({ lineComment: "//", blockComment: ["/*", "*/"] });
    expect(config.brackets).toEqual([["{", "}"], ["(", ")"]]);
    expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(expect.arrayContaining(["{", "(", '"']));
    expect(config.surroundingPairs).toEqual(expect.arrayContaining([["\"", "\""]]));
  });

  it.each([
    ["increases after an opening brace", "increaseIndentPattern", '  section arrival "Arrival" {', true],
    ["increases after a brace followed by a comment", "increaseIndentPattern", "form x { // header", true],
    ["not after a closed one-line block", "increaseIndentPattern", "  field a text { label \"A\" }", false],
    ["not for a brace inside a comment", "increaseIndentPattern", "// form x {", false],
    ["decreases at a closing brace", "decreaseIndentPattern", "  }", true],
  ])("indentation %s", (_what, key, line, expected) => {
    expect(new RegExp(config.indentationRules[key]).test(line)).toBe(expected);
  });

  it("folds on // #region markers", () => {
    expect(new RegExp(config.folding.markers.start).test("  // #region arrival")).toBe(true);
    expect(new RegExp(config.folding.markers.end).test("  // #endregion")).toBe(true);
  });
});
