/**
 * The built-in rule metadata (rules/builtin/metadata.ts) is complete and true: every id a
 * check declares or reports has an entry, reported at the entry's level; the fixes match
 * `fixable`; the LSP tags, SARIF descriptors and `formguard rules` come from it; and
 * docs/checks.md is generated from it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DiagnosticTag } from "vscode-languageserver";
import { describe, expect, it } from "vitest";
import { BUILTIN_FIXES } from "../../fixes/builtin/index";
import type { Diagnostic } from "../../language/diagnostic";
import { Workspace } from "../../language/model/workspace";
import { makeContext, type BuiltinCheck } from "../../rules/builtin/check-context";
import { BUILTIN_RULES, builtinRule } from "../../rules/builtin/metadata";
import { BUILTIN_CHECKS, builtinRuleIds } from "../../rules/builtin/registry";
import { shippedPackFiles } from "../../rules/shipped-packs";
import { toLspDiagnostic } from "../../service/diagnostics";
import { renderChecksDoc } from "../../scripts/checks-doc";
import { TODAY } from "../helpers";

const ROOT = path.resolve(__dirname, "../..");

/** Ids a check declares without metadata. */
function idsWithoutMetadata(checks: BuiltinCheck[]): string[] {
  return checks.flatMap((c) => c.ids).filter((id) => !builtinRule(id));
}

/** Every finding of each check over the workspace, each marked with the check that reported it. */
function reportsOf(ws: Workspace, checks: BuiltinCheck[]): Array<{ check: BuiltinCheck; d: Diagnostic }> {
  const out: Array<{ check: BuiltinCheck; d: Diagnostic }> = [];
  for (const doc of ws.index.documents) {
    for (const check of checks) {
      const sink: Diagnostic[] = [];
      check.run(makeContext(doc, ws.index, TODAY, sink));
      out.push(...sink.map((d) => ({ check, d })));
    }
  }
  return out;
}

/** Every form and pack the repository holds: the examples, the shipped packs, the test fixtures. */
function corpus(): Workspace {
  const ws = new Workspace();
  const files = [...shippedPackFiles()];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(form|formrules)$/.test(e.name)) files.push(p);
    }
  };
  walk(path.join(ROOT, "examples"));
  walk(path.join(ROOT, "test"));
  for (const f of files) ws.set(f, fs.readFileSync(f, "utf8"));
  return ws;
}

/** A report that breaks the metadata's promises, or says nothing: [] when all is well. */
function broken(reports: Array<{ check: BuiltinCheck; d: Diagnostic }>): string[] {
  return reports.flatMap(({ check, d }) => {
    const meta = builtinRule(d.ruleId);
    if (!check.ids.includes(d.ruleId)) return [`${d.ruleId} is reported by a check that does not declare it`];
    if (!meta) return [`${d.ruleId} has no metadata`];
    if (meta.level !== d.level) return [`${d.ruleId} is reported at ${d.level}, its metadata says ${meta.level}`];
    return [];
  });
}

describe("every built-in rule id has metadata", () => {
  it("each id a check declares, and each id reported outside the checks", () => {
    expect(idsWithoutMetadata(BUILTIN_CHECKS)).toEqual([]);
    expect(builtinRuleIds().filter((id) => !builtinRule(id))).toEqual([]);
  });

  it("and no metadata is left for an id nothing reports", () => {
    expect(Object.keys(BUILTIN_RULES).filter((id) => !builtinRuleIds().includes(id))).toEqual([]);
  });

  it("a check with an undeclared id fails it", () => {
    const made: BuiltinCheck = { ids: ["made-up-id"], description: "d", run: () => {} };
    expect(idsWithoutMetadata([...BUILTIN_CHECKS, made])).toEqual(["made-up-id"]);
  });

  it("each id a check reports on every form and pack in the repository is declared, with metadata, at its level", () => {
    const reports = reportsOf(corpus(), BUILTIN_CHECKS);
    expect(reports.length).toBeGreaterThan(0);
    expect(broken(reports)).toEqual([]);
  });

  it("a check reporting an id it does not declare, or at another level, fails it", () => {
    const ws = new Workspace();
    ws.set("/a.form", "form f { }");
    const liar: BuiltinCheck = {
      ids: ["missing-label"],
      description: "d",
      run: (ctx) => {
        ctx.report("missing-label", "error", "m", { start: 0, end: 1 });
        ctx.report("not-declared", "warning", "m", { start: 0, end: 1 });
      },
    };
    expect(broken(reportsOf(ws, [liar]))).toEqual(["missing-label is reported at error, its metadata says warning", "not-declared is reported by a check that does not declare it"]);
  });
});

describe("what the metadata drives", () => {
  it("fixes exist for exactly the ids marked fixable", () => {
    const fixable = Object.entries(BUILTIN_RULES).filter(([, m]) => "fixable" in m).map(([id]) => id);
    expect(Object.keys(BUILTIN_FIXES).sort()).toEqual(fixable.sort());
  });

  it("LSP tags: waivers that waive nothing are greyed out as unnecessary, other findings are not", () => {
    const d = (ruleId: string): Diagnostic => ({ ruleId, level: "warning", message: "m", span: { start: 0, end: 1 }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, citations: [] });
    expect(toLspDiagnostic(d("unused-waiver")).tags).toEqual([DiagnosticTag.Unnecessary]);
    expect(toLspDiagnostic(d("expired-waiver")).tags).toEqual([DiagnosticTag.Unnecessary]);
    expect(toLspDiagnostic(d("missing-label")).tags).toBeUndefined();
    expect(toLspDiagnostic(d("pack/rule")).tags).toBeUndefined();
  });

  it("docs/checks.md is generated from it (run `npx vitest run test/rules/metadata.test.ts -u` after changing it)", async () => {
    const doc = renderChecksDoc();
    for (const id of builtinRuleIds()) expect(doc).toContain(`<a id="${id}"></a>`);
    await expect(doc).toMatchFileSnapshot(path.join(ROOT, "docs", "checks.md"));
  });
});
