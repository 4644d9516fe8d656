/**
 * A small RuleTester in the manner of ESLint's: for one pack rule, forms that must pass it
 * (no diagnostic from that rule) and forms that must fail it with exactly the listed
 * diagnostics — rule id, level, line (and column, citations, message text where given).
 * Other rules' findings on the same form are not this rule's business and are ignored.
 */
import { describe, expect, it } from "vitest";
import type { Citation, Diagnostic, Level } from "../../language/diagnostic";
import type { Workspace } from "../../language/model/workspace";
import { checkDocument, type FileResult } from "../../rules/check";
import { checkText, TODAY, workspaceWithPacks, type CheckTextOptions } from "../helpers";

export interface ExpectedDiagnostic {
  level: Level;
  line: number;
  column?: number;
  citations?: Citation[];
  /** Text the message must contain (what, why or how). */
  message?: string | string[];
  /** `data.kind`: missing-concept, make-required, conditional, shown-when, lookback, type… */
  kind?: string;
}

export interface ValidCase {
  name: string;
  code: string;
  options?: CheckTextOptions;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedDiagnostic[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

const PACK = "cqc-dorset-2015";

export function qualified(rule: string): string {
  return rule.includes("/") ? rule : `${PACK}/${rule}`;
}

let shared: Workspace | undefined;
const FIXTURE_URI = "/test/doc.form";

/**
 * `checkText`, but reusing one workspace with the shipped packs already parsed: with several
 * hundred fixtures, parsing the pack afresh for each would dominate the run (about 4× slower).
 * Same packs, same TODAY, same document uri; options with extra documents go to `checkText`.
 */
export function checkFixture(code: string, options: CheckTextOptions = {}): FileResult {
  if (options.extra || options.noShipped || options.uri) return checkText(code, options);
  shared ??= workspaceWithPacks();
  shared.set(FIXTURE_URI, code);
  return checkDocument(shared, FIXTURE_URI, { today: TODAY, ...options });
}

/** Diagnostics of one rule, plus any syntax error (a broken fixture must never pass quietly). */
export function findings(code: string, rule: string, options: CheckTextOptions = {}): Diagnostic[] {
  const result = checkFixture(code, options);
  const syntax = result.diagnostics.filter((d) => d.ruleId === "syntax");
  if (syntax.length) throw new Error(`fixture has syntax errors: ${syntax.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join("; ")}`);
  return result.diagnostics.filter((d) => d.ruleId === qualified(rule));
}

export function expectDiagnostics(actual: Diagnostic[], expected: ExpectedDiagnostic[], rule: string) {
  const seen = actual.map((d) => ({
    ruleId: d.ruleId,
    level: d.level,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    citations: d.citations,
    kind: d.data?.kind,
    message: d.message,
  }));
  expect(seen, seen.map((s) => `${s.line}:${s.column} ${s.message}`).join("\n")).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const s = seen[i];
    expect(s.ruleId).toBe(qualified(rule));
    expect({ level: s.level, line: s.line }).toEqual({ level: e.level, line: e.line });
    if (e.column !== undefined) expect(s.column).toBe(e.column);
    if (e.citations) expect(s.citations).toEqual(e.citations);
    if (e.kind) expect(s.kind).toBe(e.kind);
    for (const m of typeof e.message === "string" ? [e.message] : (e.message ?? [])) expect(s.message).toContain(m);
  });
}

/** Registers the cases of one rule as vitest tests. */
export function ruleTester(rule: string, cases: RuleCases) {
  describe(qualified(rule), () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(findings(c.code, rule, c.options).map((d) => d.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        expectDiagnostics(findings(c.code, rule, c.options), c.errors, rule);
      });
    }
  });
}
