import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { formatSarif } from "../../cli/formatters/sarif";
import { ED_FORM, handRun, lintRepo } from "./fixture";

const MULTITOOL = path.resolve(__dirname, "..", "..", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const sarifOf = (files: Record<string, string>, cwdRel = ".") => JSON.parse(formatSarif(lintRepo(files, cwdRel).run)) as Json;

/** Runs the SARIF Multitool's validator (offline) and returns its findings as [ruleId, level]. */
function validate(sarifText: string): Array<[string, string]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-sarif-"));
  const file = path.join(dir, "lint.sarif");
  const out = path.join(dir, "validation.sarif");
  fs.writeFileSync(file, sarifText);
  // Invariant globalization: the .NET tool then needs no ICU library on the machine.
  const r = spawnSync(MULTITOOL, ["validate", file, "--output", out], { encoding: "utf8", timeout: 60_000, env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: "1" } });
  if (!fs.existsSync(out)) throw new Error(`Sarif.Multitool validate wrote no output (exit ${r.status}): ${r.stderr || r.stdout}`);
  const log = JSON.parse(fs.readFileSync(out, "utf8"));
  const results = log.runs[0].results ?? [];
  const notifications = (log.runs[0].invocations ?? []).flatMap((i: Json) => [...(i.toolExecutionNotifications ?? []), ...(i.toolConfigurationNotifications ?? [])]);
  expect(notifications.filter((n: Json) => n.level === "error"), "the validator itself failed").toEqual([]);
  return results.map((x: Json) => [x.ruleId, x.level ?? "warning"]);
}

describe("--format sarif", () => {
  const files = { "forms/ed.form": ED_FORM, "forms/miu.form": ED_FORM.replace("form ed ", "form miu ").replace("emergency-department", "minor-injury-unit") };
  const sarif = sarifOf(files, "forms");
  const run = sarif.runs[0];

  it("passes the SARIF Multitool's validation with no errors and only the warnings we accept", () => {
    const found = validate(formatSarif(lintRepo(files).run));
    expect(found.filter(([, level]) => level === "error")).toEqual([]);
    const warnings = [...new Set(found.filter(([, level]) => level === "warning").map(([id]) => id))].sort();
    // SARIF2005 "provide informationUri": deliberately absent. The tool must name no URL
    // (nothing should invite a network request, and GitHub ignores it); the rule help carries
    // everything a reader needs.
    expect(warnings).toEqual(["SARIF2005"]);
  });

  it("an input that could not be read is a failed invocation naming the file and why, and still valid SARIF", () => {
    const log = formatSarif(lintRepo({ ...files, "forms/scan.form": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]) }).run);
    const invocation = JSON.parse(log).runs[0].invocations;
    expect(invocation).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: "error",
            descriptor: { id: "unreadable-input" },
            message: { text: "Not checked: cannot read forms/scan.form: binary data (a NUL byte at offset 4), not a form spec." },
            locations: [{ physicalLocation: { artifactLocation: { uri: "forms/scan.form", uriBaseId: "%SRCROOT%" } } }],
          },
        ],
      },
    ]);
    expect(validate(log).filter(([, level]) => level === "error")).toEqual([]);
    // and a run that read everything says so
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it("describes every rule, built-in checks too, with citations and the report's words in help", () => {
    const rules: Json[] = run.tool.driver.rules;
    expect(run.tool.driver.name).toBe("formguard");
    expect(run.tool.driver.informationUri).toBeUndefined();
    const ids = rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["syntax", "missing-label", "unknown-concept", "cqc-dorset-2015/ed-accompanying-adult"]));
    expect(new Set(ids).size).toBe(ids.length);
    const acc = rules.find((r) => r.id === "cqc-dorset-2015/ed-accompanying-adult");
    expect(acc.shortDescription.text).toBe("Record who accompanies the child, by full name and relationship");
    expect(acc.defaultConfiguration.level).toBe("error");
    expect(acc.help.text).toContain("recommendation 2.2; paragraph 1.20");
    expect(acc.help.text).toContain("not explicitly recorded");
    expect(acc.help.markdown).toMatch(/^> .*not explicitly recorded/m);
    for (const r of rules) {
      expect(r.helpUri).toBeUndefined();
      expect(r.name === undefined || r.name.toLowerCase() !== r.id.toLowerCase()).toBe(true);
    }
    expect(JSON.stringify(sarif)).not.toMatch(/"(helpUri|informationUri|downloadUri)"/);
  });

  it("reports each problem with its rule index, level, message and a 1-based region in a repository-relative file", () => {
    const results: Json[] = run.results;
    expect(results.length).toBeGreaterThan(2);
    for (const r of results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const missing = results.find((r) => r.ruleId === "cqc-dorset-2015/ed-accompanying-adult" && r.message.text.includes("relationship"));
    expect(missing.level).toBe("error");
    const loc = missing.locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: "forms/ed.form", uriBaseId: "%SRCROOT%" });
    // the finding sits on the section header: line 8 (1-based), column 3
    expect(loc.region).toMatchObject({ startLine: 8, startColumn: 3, endLine: 8 });
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toMatch(/^file:\/\/.*\/$/);
    const levels = new Set(results.map((r) => r.level));
    expect([...levels].every((l) => ["error", "warning", "note"].includes(l))).toBe(true);
  });

  it("keeps waived findings as results suppressed in source, with the waiver's reason", () => {
    const waived = run.results.filter((r: Json) => r.suppressions);
    // (the MIU copy's waiver of an ED rule waives nothing: it is reported as unused-waiver instead)
    expect(waived.map((r: Json) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([["cqc-dorset-2015/ed-paediatric-liaison", "forms/ed.form"]]);
    expect(waived[0].suppressions).toEqual([{ kind: "inSource", justification: "Reviewed daily: see the PAS list — by Named nurse — until 2099-01-01" }]);
  });

  it("fingerprints findings by content, not line number, and tells identical ones apart", () => {
    const prints = (s: Json) => s.runs[0].results.map((r: Json) => `${r.ruleId} ${r.partialFingerprints["formguardProblemHash/v1"]}`).sort();
    const shifted = sarifOf({ ...files, "forms/ed.form": "// a comment\n// and another\n\n" + ED_FORM }, "forms");
    expect(prints(shifted)).toEqual(prints(sarif));
    expect(shifted.runs[0].results[0].locations[0].physicalLocation.region.startLine).not.toBe(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine);
    // two problems of one rule on one line: distinct fingerprints
    const all = sarif.runs[0].results.map((r: Json) => r.partialFingerprints["formguardProblemHash/v1"]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("gives no region for a finding on the whole file", () => {
    const src = "not a form";
    const s = JSON.parse(formatSarif(handRun(src, [{ ruleId: "syntax", message: "Expected a form", span: { start: 0, end: src.length } }])));
    expect(s.runs[0].results[0].locations[0].physicalLocation.region).toBeUndefined();
    expect(s.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "forms/a.form", uriBaseId: "%SRCROOT%" });
  });
});
