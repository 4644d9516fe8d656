/**
 * Huge and hostile files through the real CLI: each gets the exit status LANGUAGE.md promises
 * (0 clean, 1 lint or syntax errors, 2 unreadable input), one clear line instead of a stack
 * trace, a syntax error at a sensible line:column, and a bounded peak memory. Nothing here
 * times anything beyond "it returned".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
// @ts-expect-error: a plain ES module without types (the benchmark's generator)
import { generateFormOfLines } from "../../bench/generate-forms.mjs";
import { buildOnce, ROOT, tempDir } from "../cli/cli-harness";
import { runGuarded, STACK_FRAME } from "./hang-guard";

const MB = 1024 * 1024;
/** Generous: a limit check that catches runaway memory, not a benchmark. */
const PEAK_LIMIT_MB = 1536;
const COMPLIANT = fs.readFileSync(path.join(ROOT, "examples/forms/adult-mental-health.compliant.form"), "utf8");
const HEADER = `form x "X" {\n  service emergency-department\n  audience adult\n  ages 18..120\n`;

function tenMegabyteForm(): string {
  let lines = 280_000;
  let text = generateFormOfLines(lines) as string;
  while (Buffer.byteLength(text) < 10 * MB) text = generateFormOfLines((lines = Math.ceil(lines * 1.1))) as string;
  return text;
}

function nested(depth: number): string {
  let t = HEADER;
  for (let i = 0; i < depth; i++) t += `section s${i} "S" {\n`;
  t += `field f text { label "L" }\n`;
  for (let i = 0; i < depth; i++) t += "}\n";
  return t + "}\n";
}

function manyFields(count: number): string {
  const out = [HEADER, `  section s "S" {\n`];
  for (let i = 0; i < count; i++) out.push(`    field f${i} text { label "Question ${i}" }\n`);
  out.push("  }\n}\n");
  return out.join("");
}

/** Printable ASCII cycling through every punctuation character, no newline anywhere. */
const junkLine = (bytes: number) => Buffer.from(Array.from({ length: bytes }, (_, i) => 32 + ((i * 7919) % 95)));
const binary = () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
const withNulAt = (text: string, at: number) => text.slice(0, at) + "\0" + text.slice(at);
const padded = COMPLIANT + `// padding ${"x".repeat(80)}\n`.repeat(200);

interface Expect {
  status: 0 | 1 | 2;
  /** exit 2: the reason after `cannot read: `. */
  unreadable?: RegExp;
  /** exit 1 from a syntax error: where the first one is (1-based). */
  syntaxAt?: { line: number; column: number; message?: RegExp };
  /** exit 0/1 without syntax errors: the file parsed. */
  parses?: boolean;
}

const CASES: Array<[string, () => string | Buffer, Expect]> = [
  ["a 10 MB form", tenMegabyteForm, { status: 1, parses: true }],
  ["a 1 MB label on one line", () => `${HEADER}  section s "S" {\n    field f text {\n      label "${"a".repeat(MB)}"\n    }\n  }\n}\n`, { status: 1, parses: true }],
  ["1 MB of junk without a newline", () => junkLine(MB), { status: 1, syntaxAt: { line: 1, column: 2 } }], // column 1 is a space,
  // The 101st `{` (form = 1, section s0 = 2, …) opens on line 4 + 100, at its end.
  ["1,000 nested sections", () => nested(1000), { status: 1, syntaxAt: { line: 104, column: 17, message: /nested more than 100 deep/ } }],
  ["98 nested sections (100 blocks with the form and the field: the limit)", () => nested(98), { status: 1, parses: true }],
  ["100,000 fields in one form", () => manyFields(100_000), { status: 1, parses: true }],
  ["binary data", binary, { status: 2, unreadable: /^binary data \(a NUL byte at offset \d+\), not a form spec\.$/ }],
  ["invalid UTF-8", () => Buffer.concat([Buffer.from(COMPLIANT.slice(0, 500)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(COMPLIANT.slice(500))]), { status: 2, unreadable: /^not valid UTF-8 \(first bad byte at offset 501\); save the file as UTF-8\.$/ }],
  ["a byte-order mark", () => "\uFEFF" + COMPLIANT, { status: 0, parses: true }],
  ["a byte-order mark before a syntax error", () => `\uFEFFform x "X" {\n  oops\n}\n`, { status: 1, syntaxAt: { line: 2, column: 3 } }],
  ["CRLF line endings", () => COMPLIANT.replace(/\n/g, "\r\n"), { status: 0, parses: true }],
  ["CRLF line endings before a syntax error", () => `form x "X" {\r\n  service emergency-department\r\n  oops\r\n}\r\n`, { status: 1, syntaxAt: { line: 3, column: 3 } }],
  ["an empty file", () => "", { status: 0, parses: true }],
  ["only comments", () => "// a comment\n/* a block\n   comment */\n// another\n", { status: 0, parses: true }],
  ["a NUL byte in the first lines of a form", () => withNulAt(COMPLIANT, COMPLIANT.indexOf("\n", 300)), { status: 2, unreadable: /^binary data \(a NUL byte at offset \d+\)/ }],
  // Only the first 8 kB used to be looked at: the same byte later was accepted with exit 0.
  ["a NUL byte past the first 8 kB", () => withNulAt(padded, padded.length - 2000), { status: 2, unreadable: /^binary data \(a NUL byte at offset \d+\)/ }],
];

interface JsonMessage { ruleId: string; line: number; column: number; message: string }

describe("huge and hostile input through the CLI", () => {
  beforeAll(() => buildOnce());

  it.each(CASES)("%s", (_name, make, want) => {
    const dir = tempDir({ "input.form": make() });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true })); // up to 10 MB each
    const file = path.join(dir, "input.form");
    for (const format of want.status === 2 ? ["stylish"] : ["stylish", "json"]) {
      const r = runGuarded(["lint", "--format", format, file], { cwd: dir });
      expect(r.timedOut, `formguard lint --format ${format} did not return`).toBe(false);
      expect(r.status, r.stderr).toBe(want.status);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.stderr).not.toMatch(/internal error/);
      if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
      if (want.unreadable) {
        const lines = r.stderr.trimEnd().split("\n");
        expect(lines).toHaveLength(1);
        const m = /^formguard: (.+): cannot read: (.+)$/.exec(lines[0]);
        expect(m, lines[0]).not.toBeNull();
        expect(m![1]).toBe(file);
        expect(m![2]).toMatch(want.unreadable);
      }
      if (format !== "json") continue;
      const messages = (JSON.parse(r.stdout) as Array<{ messages: JsonMessage[] }>)[0].messages;
      const syntax = messages.filter((m) => m.ruleId === "syntax");
      if (want.parses) expect(syntax).toEqual([]);
      if (want.syntaxAt) {
        expect(syntax.length).toBeGreaterThan(0);
        expect({ line: syntax[0].line, column: syntax[0].column }).toEqual({ line: want.syntaxAt.line, column: want.syntaxAt.column });
        if (want.syntaxAt.message) expect(syntax[0].message).toMatch(want.syntaxAt.message);
      }
    }
  }, 300_000);
});

describe("every output format copes with a file of 100,000 syntax errors", () => {
  beforeAll(() => buildOnce());

  // SARIF used to hash the whole 1 MB line once per finding: minutes, not seconds.
  it.each(["sarif", "junit", "github"])("--format %s", (format) => {
    const dir = tempDir({ "input.form": junkLine(MB) });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const r = runGuarded(["lint", "--format", format, "input.form"], { cwd: dir, timeoutMs: 60_000 });
    expect(r.timedOut, `formguard lint --format ${format} did not return within 60 s`).toBe(false);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
    if (format === "sarif") expect(JSON.parse(r.stdout).runs[0].results.length).toBeGreaterThan(10_000);
  }, 120_000);
});

describe("a baseline of a file with 100,000 syntax errors on one 1 MB line", () => {
  beforeAll(() => buildOnce());

  // Every problem's key used to carry the 1 MB line's text: the run never finished.
  it("is written, then absorbs every problem (exit 0)", () => {
    const dir = tempDir({ "input.form": junkLine(MB) });
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const update = runGuarded(["lint", "--baseline", "baseline.json", "--update-baseline", "input.form"], { cwd: dir, timeoutMs: 60_000 });
    expect(update.timedOut, "--update-baseline did not return within 60 s").toBe(false);
    expect(update.status, update.stderr).toBe(0);
    const check = runGuarded(["lint", "--baseline", "baseline.json", "input.form"], { cwd: dir, timeoutMs: 60_000 });
    expect(check.timedOut, "--baseline did not return within 60 s").toBe(false);
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout + check.stderr).toMatch(/\d{5,} problem\(s\) match the baseline/);
    for (const r of [update, check]) {
      expect(r.stderr).not.toMatch(STACK_FRAME);
      if (r.peakMb !== undefined) expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
    }
  }, 150_000);
});
