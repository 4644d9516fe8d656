/**
 * Pack fixtures (`formguard test`): a fixture form states what it expects with line comments
 * `// expect: RULE-ID[, RULE-ID…]` at the end of the line where each finding is reported (a
 * form-level finding sits on the form's header line). It passes when the set of (line, rule) of
 * its error and warning findings equals its expectations. A rule id may be written bare when
 * that names the finding's rule (`wnb-follow-up` for `was-not-brought/wnb-follow-up`).
 */
import type { Comment } from "../language/ast";
import type { Diagnostic } from "../language/diagnostic";

export interface Expectation {
  line: number;
  ruleId: string;
}

export interface Found {
  line: number;
  ruleId: string;
  message: string;
}

export interface FixtureOutcome {
  passed: boolean;
  /** Expected but not reported. */
  missing: Expectation[];
  /** Reported but not expected. */
  unexpected: Found[];
}

const EXPECT = /^\/\/\s*expect:\s*(.*)$/;

/** The expectations of one fixture, from its line comments. */
export function expectationsOf(comments: Comment[], lineOf: (offset: number) => number): Expectation[] {
  const out: Expectation[] = [];
  for (const c of comments) {
    const m = EXPECT.exec(c.text.trim());
    if (!m || c.block) continue;
    const line = lineOf(c.span.start);
    for (const id of m[1].split(",").map((s) => s.trim()).filter(Boolean)) out.push({ line, ruleId: id });
  }
  return out;
}

/** Errors and warnings only: infos are advice, not what a fixture pins down. */
export function findingsOf(diagnostics: Diagnostic[]): Found[] {
  return diagnostics.filter((d) => d.level === "error" || d.level === "warning").map((d) => ({ line: d.range.start.line + 1, ruleId: d.ruleId, message: d.message }));
}

const names = (expected: string, got: string) => expected === got || (!expected.includes("/") && got.endsWith("/" + expected));

export function compareFixture(expected: Expectation[], found: Found[]): FixtureOutcome {
  // Sets of (line, rule): one expectation covers every finding of that rule on that line.
  const missing = expected.filter((e) => !found.some((f) => f.line === e.line && names(e.ruleId, f.ruleId)));
  const unexpected = found.filter((f) => !expected.some((e) => e.line === f.line && names(e.ruleId, f.ruleId)));
  return { passed: missing.length === 0 && unexpected.length === 0, missing, unexpected };
}

/**
 * The fixture's text with its expectations replaced by what was found (`--update`): each line's
 * old `// expect:` comment is removed and the rules found there are appended as a new one.
 */
export function withExpectations(text: string, found: Found[]): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const byLine = new Map<number, string[]>();
  for (const f of found) {
    const ids = byLine.get(f.line) ?? [];
    if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
    byLine.set(f.line, ids);
  }
  return lines
    .map((l, i) => {
      const stripped = l.replace(/\s*\/\/\s*expect:.*$/, "");
      const ids = byLine.get(i + 1);
      return ids ? `${stripped} // expect: ${ids.join(", ")}` : stripped;
    })
    .join(eol);
}
