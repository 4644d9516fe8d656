/**
 * `--format json` writes each finding by hand (cli/formatters/json.ts `entry`), for speed; the
 * contract is the text `JSON.stringify(files, null, 2)` gives (LANGUAGE.md). These tests hold the
 * two equal: on every example form's findings (with waivers and recognitions), and on generated
 * findings whose strings carry quotes, backslashes, control characters, lone surrogates and
 * characters outside the basic plane.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../language/diagnostic";
import { entry, jsonMessage } from "../../cli/formatters/json";
import type { FileReport } from "../../cli/formatters/types";
import type { WaivedDiagnostic } from "../../rules/waivers";
import { checkText } from "../helpers";

/** What `entry` must equal: the entry as JSON.stringify writes it inside the run's array. */
function reference(f: FileReport): string {
  const suppressed = (d: WaivedDiagnostic) => ({
    ...jsonMessage(d),
    suppressions: [{ kind: "waiver", justification: d.waiver.reason, by: d.waiver.by ?? null, until: d.waiver.until ?? null }],
  });
  const errors = f.diagnostics.filter((d) => d.level === "error").length;
  const warnings = f.diagnostics.filter((d) => d.level === "warning").length;
  const obj = {
    filePath: f.filePath,
    errorCount: errors,
    warningCount: warnings,
    infoCount: f.diagnostics.length - errors - warnings,
    messages: f.diagnostics.map(jsonMessage),
    suppressedMessages: f.waived.map(suppressed),
  };
  const inArray = JSON.stringify([obj], null, 2);
  return inArray.slice(2, inArray.length - 2);
}

const report = (filePath: string, diagnostics: Diagnostic[], waived: WaivedDiagnostic[] = []): FileReport => ({ filePath, absPath: filePath, diagnostics, waived, source: "" });

describe("--format json: each file's entry is the text JSON.stringify writes", () => {
  const examples = path.join(__dirname, "..", "..", "examples", "forms");
  const forms = fs.readdirSync(examples).filter((f) => f.endsWith(".form"));

  it.each(forms)("%s, as found, and with recognitions counted (--infer)", (name) => {
    const text = fs.readFileSync(path.join(examples, name), "utf8");
    for (const infer of [false, true]) {
      const result = checkText(text, { infer, uri: `/examples/${name}` });
      const f = report(`forms/${name}`, result.diagnostics, result.waived);
      expect(entry(f)).toBe(reference(f));
    }
  });

  it("the examples hold findings with citations, recognitions and waivers, so each path above is taken", () => {
    const all = forms.map((name) => checkText(fs.readFileSync(path.join(examples, name), "utf8"), { infer: true, uri: `/examples/${name}` }));
    expect(all.some((r) => r.diagnostics.some((d) => d.citations.length > 1))).toBe(true);
    expect(all.some((r) => r.diagnostics.some((d) => d.data?.kind === "recognised-concept"))).toBe(true);
    expect(all.some((r) => r.waived.length > 0)).toBe(true);
  });

  it("for generated findings with any text in them", () => {
    const text = fc.string({ unit: "binary", maxLength: 40 });
    const position = fc.record({ line: fc.nat(100_000), character: fc.nat(500) });
    const citation = fc.oneof(fc.record({ paragraph: text }), fc.record({ recommendation: text }), fc.record({ paragraph: text, recommendation: text }));
    const diagnostic = fc.record({
      ruleId: text,
      level: fc.constantFrom("error" as const, "warning" as const, "info" as const),
      message: text,
      range: fc.record({ start: position, end: position }),
      span: fc.constant({ start: 0, end: 0 }),
      citations: fc.array(citation, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(text, fc.array(diagnostic, { maxLength: 6 }), fc.boolean(), (filePath, diagnostics, shareCitations) => {
        // Findings of one rule share its citations array (the cached text is keyed by it).
        if (shareCitations && diagnostics.length > 1) for (const d of diagnostics) d.citations = diagnostics[0].citations;
        const f = report(filePath, diagnostics as Diagnostic[]);
        expect(entry(f)).toBe(reference(f));
      }),
      { numRuns: 400 },
    );
  });
});
