/**
 * The Langium peer of issue 17's comparison (bench/langium-peer/, timed by
 * bench/langium-peer.mjs): the figure only means something if the peer parses the language
 * formguard parses. So: its grammar passes chevrotain's own checks; it parses every example,
 * every shipped pack and the benchmark's generated forms without an error, as formguard does;
 * and it refuses broken text formguard refuses. The peer is the same esbuild bundle the
 * benchmark runs (one copy of chevrotain: see bench/langium-peer/build.mjs).
 */
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as os from "node:os";
import * as path from "node:path";
import type { LangiumParser } from "langium";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain ES module without types (the benchmark's generator)
import { generateForms } from "../../bench/generate-forms.mjs";
// @ts-expect-error: a plain ES module without types (the peer's bundler)
import { buildLangiumPeer } from "../../bench/langium-peer/build.mjs";
import { parseDocument } from "../../language/parse";
import { shippedPackFiles } from "../../rules/shipped-packs";

type Peer = typeof import("../../bench/langium-peer/entry");

const ROOT = path.resolve(__dirname, "..", "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-langium-peer-test-"));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

let peer: Peer;
let parser: LangiumParser;
beforeAll(async () => {
  peer = createRequire(__filename)(await buildLangiumPeer(path.join(out, "peer.cjs"))) as Peer;
  parser = peer.createFormguardPeerServices().parser.LangiumParser;
}, 60_000);

/** The peer's first syntax error in `text`, or undefined. */
const peerError = (text: string) => peer.firstSyntaxError(parser.parse(text));
/** formguard's syntax errors in `text`, as messages. */
const formguardErrors = (name: string, text: string) => parseDocument(name, text).syntaxErrors.map((d) => d.message);

function languageFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".form") || f.endsWith(".formrules"))
    .sort()
    .map((f) => path.join(dir, f));
}

describe("the Langium peer's grammar", () => {
  it("passes chevrotain's grammar checks, and meets no ambiguity in the examples", () => {
    // Development mode builds the lexer and parser with every check on (production skips them);
    // ALL(*) reports an ambiguous choice on the console when a parse meets one.
    const log = vi.spyOn(console, "log");
    try {
      const checked = peer.createFormguardPeerServices("development").parser.LangiumParser;
      for (const file of languageFiles(path.join(ROOT, "examples"))) checked.parse(fs.readFileSync(file, "utf8"));
      expect(log.mock.calls.map((c) => String(c[0]))).toEqual([]);
    } finally {
      log.mockRestore();
    }
  });
});

describe("the Langium peer parses what formguard parses", () => {
  const files = [...languageFiles(path.join(ROOT, "examples")), ...shippedPackFiles()];

  it("every example and shipped pack, without an error", () => {
    expect(files.length).toBeGreaterThan(50);
    const failures: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      // The premise: formguard accepts every one of them.
      expect(formguardErrors(file, text), file).toEqual([]);
      const error = peerError(text);
      if (error) failures.push(`${path.relative(ROOT, file)}:${error}`);
    }
    expect(failures).toEqual([]);
  });

  it("50 of the benchmark's generated forms, without an error", () => {
    const forms = generateForms(50, { sections: 6, fieldsPerSection: 4 }) as Array<[string, string]>;
    const failures = forms.flatMap(([name, text]) => {
      const error = peerError(text);
      return error ? [`${name}:${error}`] : [];
    });
    expect(failures).toEqual([]);
  });

  it.each([
    ["keywords as ids", 'form label "L" {\n  section service "S" {\n    field date date { label "Date" }\n    field when yesno\n    field type text required when when = yes\n  }\n}\n'],
    ["a field called `not`, and `not` before a condition", 'form f {\n  field not yesno\n  field b text when not not = yes and (not answered or not b = "x")\n}\n'],
    ["a waiver in full, and numbers, dates and escapes", 'form f {\n  ages 0..17\n  field n number { lookback 1.5 years min 0 max 99.5 help "a \\"quoted\\" \\\\ \\n \\r text" }\n  waive cqc-dorset-2015/ed-x "Reason" by "Nurse" until 2027-03-31\n}\n'],
    [
      "every part of a rule",
      'rule r "T" {\n  applies not (service a, b or tag t) and audience child and ages include 17\n  require header version, owner\n  require header required\n  require one of a.b, c required shown when d != 3 with lookback >= 12 months and type text, longtext and options include "x"\n  cites paragraph 5.2.7, recommendation 1.2, section "What people told us"\n  implements "ALL-1", "ALL-2"\n}\nrecommendation 1.2 "R" {\n  not-checkable "N"\n}\nextend concept a.b {\n  synonyms "s"\n}\n',
    ],
  ])("accepts %s, as formguard does", (_what, text) => {
    expect(formguardErrors("x.formrules", text)).toEqual([]);
    expect(peerError(text)).toBeUndefined();
  });
});

describe("the Langium peer refuses what formguard refuses", () => {
  it.each([
    ["an unterminated section", 'form f {\n  section s "S" {\n    field a text\n}\n'],
    ["a field without a type", 'form f {\n  field a {\n    label "A"\n  }\n}\n'],
    ["a field whose only word after its id is `required`", "form f {\n  field a required\n}\n"],
    ["a waiver without a reason", 'form f {\n  waive cqc-dorset-2015/x by "Nurse"\n}\n'],
    ["a condition cut short after `and`", "form f {\n  field a yesno\n  field b text when a = yes and\n}\n"],
    ["a comparison with a word other than yes or no", "form f {\n  field a yesno\n  field b text when a = maybe\n}\n"],
    ["a field property in the form's body", 'form f {\n  label "L"\n}\n'],
    ["a string that does not close on its line", 'form f {\n  owner "Trust\n}\n'],
    ["an escape the language does not know", 'form f {\n  owner "a\\tb"\n}\n'],
    ["an id with a capital", "form f {\n  field Name text\n}\n"],
    ["a rule without a body", 'rule r "T"\n'],
    ["a recommendation numbered like a paragraph", 'recommendation 5.2.7 "R"\n'],
    ["an unclosed block comment", "form f {\n}\n/* never closed\n"],
  ])("%s", (_what, text) => {
    expect(formguardErrors("x.form", text)).not.toEqual([]);
    expect(peerError(text)).toBeDefined();
  });
});

describe("the differences bench/langium-peer/README.md lists", () => {
  it.each([
    ["a date that is not in the calendar", "pack p {\n  published 2016-02-30\n}\n"],
    ["conditions nested deeper than 100", `form f {\n  field a yesno\n  field b text when ${"(".repeat(101)}a = yes${")".repeat(101)}\n}\n`],
    ["blocks nested deeper than 100", `form f {\n${'section s "S" {\n'.repeat(101)}${"}\n".repeat(101)}}\n`],
  ])("%s: formguard refuses it, the peer parses it", (_what, text) => {
    expect(formguardErrors("x.form", text)).not.toEqual([]);
    expect(peerError(text)).toBeUndefined();
  });
});
