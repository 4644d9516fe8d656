/**
 * No regular expression formguard applies to user text can backtrack catastrophically.
 *
 * The patterns that run on input: the lexer's tokens (language/tokens.ts), id validation and
 * message building (language/lexer.ts, language/error-messages.ts), the recogniser's label
 * normalisation (rules/recognition/), FHIR import (fhir/), the baseline and SARIF line
 * splitting (cli/). None is built with `new RegExp` from input, and rule packs supply no
 * patterns at all — rules are data (concepts, synonyms, constraints), never regexes — so a
 * hostile pack cannot add one. Each pathological input goes through the real CLI (lexer,
 * parser, checker, recogniser, formatter) in a child process killed after a generous limit:
 * a hang is the defect, speed is not asserted.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce } from "../cli/cli-harness";
import { runGuarded, STACK_FRAME } from "./hang-guard";

const N = 100_000;
const HEADER = `form x "X" {\n  service emergency-department\n  audience adult\n  ages 18..120\n`;
const inField = (s: string) => `${HEADER}  section s "S" {\n    field f text {\n      label "Name"\n      ${s}\n    }\n  }\n}\n`;

/** [name, text]: each a shape that makes a naive pattern retry from every position. */
const PATHOLOGICAL: Array<[string, string]> = [
  ["an unclosed string of backslashes", `"${"\\".repeat(N)}`],
  ["an unclosed string of escaped quotes", `"${'\\"'.repeat(N / 2)}`],
  ["an unclosed block comment of stars", `/*${"*".repeat(N)}`],
  ["a block comment of `/*` openers", `/*${"/*".repeat(N / 2)}`],
  ["a line comment of slashes", "/".repeat(N)],
  ["100,000 `a-` pairs", "a-".repeat(N)],
  ["`1.` repeated", "1.".repeat(N)],
  ["digits then a dash (almost a date)", `${"1".repeat(N)}-`],
  ["an almost-date repeated", "2024-01-0".repeat(N / 10)],
  ["a 100,000-character id ending in a dot", `${"a".repeat(N)}.`],
  ["a dotted id ending in a slash", `${"a.".repeat(N / 2)}/`],
  ["capitalised words (invalid ids)", "Ab_".repeat(N / 3)],
  ["a string of spaces and tabs", `label "${" \t".repeat(N / 2)}`],
  ["unbalanced parentheses in a condition", `when ${"(".repeat(N)}`],
  ["a label of repeated hyphens and spaces", `label "${"- ".repeat(N / 2)}"`],
];

const CASES: Array<[string, string, string]> = [];
for (const [name, text] of PATHOLOGICAL) {
  CASES.push([`${name}, as a whole file`, "hostile.form", text]);
  CASES.push([`${name}, inside a field`, "hostile.form", inField(text)]);
}
CASES.push(["a pack of `a-` pairs", "hostile.formrules", `pack p "P" {\n  concept ${"a-".repeat(N)} "C"\n}\n`]);

describe("pathological input cannot hang the lexer, parser or checker", () => {
  beforeAll(() => buildOnce());

  it.each(CASES)("%s: returns with exit 0 or 1 and no crash", (_name, filename, text) => {
    const r = runGuarded(["lint", "--stdin", "--stdin-filename", filename, "--format", "json"], { input: text, timeoutMs: 20_000 });
    expect(r.timedOut, "the CLI did not return within 20 s").toBe(false);
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("a Questionnaire whose labels are pathological is recognised without hanging (--infer)", () => {
    const items = PATHOLOGICAL.map(([, text], i) => ({ linkId: `q${i}`, type: "string", text }));
    const q = JSON.stringify({ resourceType: "Questionnaire", status: "active", title: "Hostile", item: items });
    const r = runGuarded(["lint", "--stdin", "--stdin-filename", "hostile.json", "--service", "emergency-department", "--audience", "adult", "--infer", "--format", "json"], { input: q, timeoutMs: 20_000 });
    expect(r.timedOut, "the CLI did not return within 20 s").toBe(false);
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
