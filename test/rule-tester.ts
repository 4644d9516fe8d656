/**
 * The one RuleTester, in the manner of ESLint's, for built-in checks and pack rules alike.
 *
 * A `valid` case must yield no diagnostic in scope; an `invalid` case exactly the listed ones,
 * in order — rule id, level, 1-based line and column, message, citations, `data.kind` where
 * given. In scope are the rule ids a case names (another rule's findings are not its business),
 * or every diagnostic when the tester says `scope: "all"`.
 *
 * `output` is the text after applying the preferred fix of the case's first error (`fixOf`
 * picks another); `suggestions` are fixes offered but never applied by `--fix`. Every fix is
 * also held to what any fix must do: change nothing outside its edits, parse, keep every
 * comment, leave a formatted form formatted, and clear its diagnostic when checked again.
 *
 * A built-in id is also held to its metadata (rules/builtin/metadata.ts): reported at its level,
 * with no citations, over a range that is not empty.
 */
import { describe, expect, it } from "vitest";
import { fixesFor, type Fix } from "../fixes/index";
import type { Citation, Diagnostic, Level } from "../language/diagnostic";
import { formatDocument } from "../language/format/index";
import { Workspace } from "../language/model/workspace";
import { parseDocument } from "../language/parse";
import { applyEdits } from "../language/text-edit";
import { builtinRule } from "../rules/builtin/metadata";
import { checkDocument, type CheckOptions } from "../rules/checker";
import type { WaivedDiagnostic } from "../rules/waivers";
import { commentWords } from "./format/ast-compare";
import { TODAY, workspaceWithPacks } from "./helpers";

export const DOC_URI = "/test/doc.form";

/** One checked document: its diagnostics and the workspace it was checked in. */
export interface Checked {
  diagnostics: Diagnostic[];
  /** Diagnostics a valid waiver exempts. */
  waived: WaivedDiagnostic[];
  ws: Workspace;
  uri: string;
}

export interface CheckSetup {
  /** Pack files by uri, instead of the shipped packs. */
  packs?: Record<string, string>;
  /** Other documents in the workspace (forms, packs), besides the packs. */
  extra?: Record<string, string>;
  uri?: string;
  options?: CheckOptions;
}

/** THE test check: `code` as one document of a workspace with the shipped packs, or the given ones. */
export function check(code: string, setup: CheckSetup = {}): Checked {
  const ws = setup.packs ? new Workspace() : workspaceWithPacks();
  for (const [uri, text] of Object.entries({ ...setup.packs, ...setup.extra })) ws.set(uri, text);
  const uri = setup.uri ?? DOC_URI;
  ws.set(uri, code);
  const result = checkDocument(ws, uri, { today: TODAY, ...setup.options });
  return { diagnostics: result.diagnostics, waived: result.waived, ws, uri };
}

export interface ExpectedError {
  ruleId: string;
  level?: Level;
  line?: number;
  column?: number;
  /** Exactly this text, a pattern it matches, or texts it contains. */
  message?: string | RegExp | string[];
  citations?: Citation[];
  /** `data.kind`: missing-concept, make-required, shown-when, unknown-id, … */
  kind?: string;
}

/** The text after a fix: exactly, or containing each of these. */
export type ExpectedOutput = string | { contains: string[] };

export interface ExpectedSuggestion {
  /** Which offered fix (default: the first that is not preferred). */
  title?: string | RegExp;
  output: ExpectedOutput;
}

export interface ValidCase {
  name: string;
  code: string;
  setup?: CheckSetup;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** The text after the preferred fix; `null`: no fix is preferred, so `--fix` changes nothing. */
  output?: ExpectedOutput | null;
  /** The preferred fix's title. */
  fixTitle?: string | RegExp;
  suggestions?: ExpectedSuggestion[];
  /** Which error `output` and `suggestions` fix (default 0). */
  fixOf?: number;
  /** The input is not in canonical style, so a fixed form need not be either. */
  unformatted?: boolean;
  /** `all`: no rule but those listed may speak (overrides the tester's scope). */
  scope?: "all";
}

export interface TesterOptions {
  /** How each case is checked (default: `check` with the shipped packs). */
  check?: (code: string, setup?: CheckSetup) => Checked;
  /** `all`: every diagnostic is in scope, so no other rule may speak. Default: the rule ids named. */
  scope?: "all" | "named";
}

export class RuleTester {
  constructor(private readonly options: TesterOptions = {}) {}

  /** Registers the cases as vitest tests; `rules` are the ids a valid case must not report (default: any). */
  run(title: string, cases: { rules?: string[]; valid?: ValidCase[]; invalid?: InvalidCase[] }): void {
    describe(title, () => {
      for (const c of cases.valid ?? []) it(`valid: ${c.name}`, () => this.valid(c, cases.rules));
      for (const c of cases.invalid ?? []) it(`invalid: ${c.name}`, () => this.invalid(c));
    });
  }

  private checkCase(code: string, setup?: CheckSetup): Checked {
    return (this.options.check ?? check)(code, setup);
  }

  private inScope(ids: string[], scope = this.options.scope): (d: Diagnostic) => boolean {
    return scope === "all" ? () => true : (d) => ids.includes(d.ruleId);
  }

  valid(c: ValidCase, rules: string[] | undefined): void {
    const checked = this.checkCase(c.code, c.setup);
    expectNoSyntaxErrors(checked.diagnostics, rules ?? []);
    expect(checked.diagnostics.filter(this.inScope(rules ?? [], rules ? this.options.scope : "all")).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  }

  invalid(c: InvalidCase): void {
    const ids = [...new Set(c.errors.map((e) => e.ruleId))];
    const checked = this.checkCase(c.code, c.setup);
    expectNoSyntaxErrors(checked.diagnostics, ids);
    const found = checked.diagnostics.filter(this.inScope(ids, c.scope ?? this.options.scope));
    expectErrors(found, c.errors, checked.diagnostics, c.code.length === 0);
    if (c.output === undefined && c.fixTitle === undefined && !c.suggestions) return;
    const target = found[c.fixOf ?? 0];
    const fixes = fixesFor(checked.ws.get(checked.uri)!, target, checked.ws.index, { today: TODAY });
    const titles = fixes.map((f) => f.title).join("; ");
    if (c.output === null) expect(fixes.filter((f) => f.preferred).map((f) => f.title)).toEqual([]);
    else if (c.output !== undefined) {
      const fix = fixes.find((f) => f.preferred);
      expect(fix, `no preferred fix; offered: ${titles}`).toBeDefined();
      if (c.fixTitle !== undefined) expect(titled(fix!, c.fixTitle), fix!.title).toBe(true);
      this.expectFix(c, checked, target, fix!, c.output);
    }
    for (const s of c.suggestions ?? []) {
      const fix = fixes.find((f) => !f.preferred && (s.title === undefined || titled(f, s.title)));
      expect(fix, `no suggestion ${String(s.title ?? "")}; offered: ${titles}`).toBeDefined();
      this.expectFix(c, checked, target, fix!, s.output);
    }
  }

  /** What any fix must do, and what this one must write. */
  private expectFix(c: InvalidCase, checked: Checked, target: Diagnostic, fix: Fix, output: ExpectedOutput): void {
    expect(fix.diagnosticKey).toBe(`${target.ruleId}@${target.span.start}-${target.span.end}`);
    const fixed = applyEdits(c.code, fix.edits);
    if (typeof output === "string") expect(fixed).toBe(output);
    else for (const s of output.contains) expect(fixed).toContain(s);

    // Outside the edits, the text is as it was.
    const first = Math.min(...fix.edits.map((e) => e.span.start));
    const last = Math.max(...fix.edits.map((e) => e.span.end));
    expect(fixed.startsWith(c.code.slice(0, first))).toBe(true);
    expect(fixed.endsWith(c.code.slice(last))).toBe(true);

    // It parses, keeps every comment, and the diagnostic is gone on re-check.
    expect(parseDocument(checked.uri, fixed).syntaxErrors).toEqual([]);
    for (const comment of commentWords(c.code)) expect(commentWords(fixed)).toContain(comment);
    const after = this.checkCase(fixed, c.setup).diagnostics;
    const same = after.filter((d) => d.ruleId === target.ruleId && d.data?.kind === target.data?.kind && about(d) === about(target));
    expect(same.map((d) => d.message)).toEqual([]);

    // A fix to a formatted form leaves it formatted.
    if (!c.unformatted) {
      const f = formatDocument(fixed);
      expect(f.ok && f.text).toBe(fixed);
    }
  }
}

const titled = (f: Fix, title: string | RegExp) => (typeof title === "string" ? f.title === title : title.test(f.title));

/** What a finding is about: its field, else its concept, else its header property, else its id. */
function about(d: Diagnostic): string | undefined {
  const data = d.data as { field?: string; concept?: string; property?: string; id?: string } | undefined;
  return data?.field ?? data?.concept ?? data?.property ?? data?.id;
}

/** A broken fixture must never pass quietly, unless syntax is what it is about. */
function expectNoSyntaxErrors(diagnostics: Diagnostic[], rules: string[]): void {
  if (rules.includes("syntax")) return;
  const syntax = diagnostics.filter((d) => d.ruleId === "syntax");
  expect(syntax.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`), "the fixture has syntax errors").toEqual([]);
}

/** `emptyDocument`: only there may a built-in check's range be empty (there is no text to underline). */
export function expectErrors(found: Diagnostic[], expected: ExpectedError[], all: Diagnostic[] = found, emptyDocument = false): void {
  const at = (d: Diagnostic) => `${d.ruleId}${d.data ? ` (${d.data.kind})` : ""} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`;
  expect(found.map(at), `all diagnostics:\n${all.map(at).join("\n")}`).toHaveLength(expected.length);
  expected.forEach((e, i) => {
    const d = found[i];
    expect(d.ruleId).toBe(e.ruleId);
    if (e.level !== undefined) expect(d.level).toBe(e.level);
    if (e.line !== undefined) expect(d.range.start.line + 1).toBe(e.line);
    if (e.column !== undefined) expect(d.range.start.character + 1).toBe(e.column);
    if (e.citations) expect(d.citations).toEqual(e.citations);
    if (e.kind !== undefined) expect(d.data?.kind).toBe(e.kind);
    if (typeof e.message === "string") expect(d.message).toBe(e.message);
    else if (e.message instanceof RegExp) expect(d.message).toMatch(e.message);
    else for (const m of e.message ?? []) expect(d.message).toContain(m);
    const meta = builtinRule(d.ruleId);
    if (meta) {
      expect(d.level, `${d.ruleId}'s level in rules/builtin/metadata.ts`).toBe(meta.level);
      expect(d.citations).toEqual([]);
      if (!emptyDocument) expect(d.range.end.line * 1e6 + d.range.end.character).toBeGreaterThan(d.range.start.line * 1e6 + d.range.start.character);
    }
  });
}
