/**
 * Pack-rule cases for the one RuleTester (test/rule-tester.ts): for one pack rule, forms that
 * must pass it (no diagnostic from that rule) and forms that must fail it with exactly the
 * listed diagnostics — level, line (and column, citations, message text where given).
 * Other rules' findings on the same form are not this rule's business and are ignored.
 */
import type { Citation, Diagnostic, Level } from "../../language/diagnostic";
import type { Workspace } from "../../language/model/workspace";
import { checkDocument, type FileResult } from "../../rules/checker";
import { checkText, TODAY, workspaceWithPacks, type CheckTextOptions } from "../helpers";
import { RuleTester, type ExpectedError } from "../rule-tester";

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

/** The shipped pack's rules, through the one RuleTester (test/rule-tester.ts), on the shared workspace. */
const tester = new RuleTester({ check: (code, setup) => ({ diagnostics: checkFixture(code, setup?.options).diagnostics, waived: [], ws: shared!, uri: FIXTURE_URI }) });

function asExpected(rule: string, e: ExpectedDiagnostic): ExpectedError {
  return { ruleId: qualified(rule), level: e.level, line: e.line, column: e.column, citations: e.citations, kind: e.kind, message: typeof e.message === "string" ? [e.message] : e.message };
}

/** Registers the cases of one rule as vitest tests. */
export function ruleTester(rule: string, cases: RuleCases) {
  tester.run(qualified(rule), {
    rules: [qualified(rule)],
    valid: cases.valid.map((c) => ({ name: c.name, code: c.code, setup: { options: c.options } })),
    invalid: cases.invalid.map((c) => ({ name: c.name, code: c.code, setup: { options: c.options }, errors: c.errors.map((e) => asExpected(rule, e)) })),
  });
}
