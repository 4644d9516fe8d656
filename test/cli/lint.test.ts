/**
 * `formguard lint` as CI and people use it: exit codes exactly as LANGUAGE.md fixes them,
 * the JSON shape, ESLint-like stylish output, and a clear one-line reason for every failure.
 */
import * as fs from "node:fs";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, ROOT, run, tempDir } from "./cli-harness";
import { ED_MISSING_ADULT } from "./fixtures";

beforeAll(buildOnce);


const COMPLIANT = path.join(ROOT, "examples/forms/emergency-department-paediatric.compliant.form");
const NONCOMPLIANT = path.join(ROOT, "examples/forms/emergency-department-paediatric.noncompliant.form");
const TODAY = ["--today", "2026-11-27"];

describe("exit status", () => {
  const cases: Array<[string, () => string[], number]> = [
    ["a compliant form → 0", () => ["lint", COMPLIANT, ...TODAY], 0],
    ["a non-compliant form → 1", () => ["lint", NONCOMPLIANT, ...TODAY], 1],
    ["an unknown flag → 2", () => ["lint", "--frobnicate", COMPLIANT], 2],
    ["an unknown format → 2", () => ["lint", "--format", "xml", COMPLIANT], 2],
    ["a path that does not exist → 2", () => ["lint", "no/such/file.form"], 2],
    ["a glob that matches nothing → 2", () => ["lint", "examples/**/*.nothing"], 2],
    ["--max-warnings that is not a number → 2", () => ["lint", "--max-warnings", "lots", COMPLIANT], 2],
    ["an unknown command → 2", () => ["frob"], 2],
    ["no command → 2 with usage", () => [], 2],
  ];
  for (const [name, args, status] of cases) {
    it(name, () => {
      const r = run(args());
      expect(r.status, r.stderr + r.stdout.slice(0, 500)).toBe(status);
      if (status === 2) {
        // One prefix: "formguard: …", or "formguard lint: …" when the message names the command.
        expect(r.stderr).toMatch(/^formguard( [a-z]+)?: /);
        expect(r.stderr).not.toMatch(/formguard: formguard/);
        expect(r.stderr).not.toMatch(/\n\s+at /); // never a stack trace
      }
    });
  }

  it("warnings alone exit 0, and 1 once they exceed --max-warnings", () => {
    // Signed, dated and versioned, so only two warnings remain: missing-service and missing-label.
    const dir = tempDir({
      "f.form": 'form f "F" { version "1" owner "T" section s { field a text field by person required { label "By" covers practitioner.name } field sig signature required { label "Signed" covers practitioner.signature } field on date required { label "On" covers completed.date } } }\n',
    });
    expect(run(["lint", dir, ...TODAY]).status).toBe(0);
    expect(run(["lint", dir, "--max-warnings", "2", ...TODAY]).status).toBe(0);
    const over = run(["lint", dir, "--max-warnings", "1", ...TODAY]);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/2 warnings exceed --max-warnings 1/);
  });
});

describe("--format json (the contract)", () => {
  it("is an array with one object per file, ESLint's shape plus citations", () => {
    const dir = tempDir({ "forms/ed.form": ED_MISSING_ADULT });
    const r = run(["lint", "forms/ed.form", "--format", "json", ...TODAY], { cwd: dir });
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ filePath: "forms/ed.form", errorCount: expect.any(Number), warningCount: expect.any(Number) });
    const adult = json[0].messages.find((m: { ruleId: string; message: string }) => m.ruleId === "cqc-dorset-2015/ed-accompanying-adult" && m.message.includes("accompanying-adult.name"));
    expect(adult).toEqual({
      ruleId: "cqc-dorset-2015/ed-accompanying-adult",
      severity: 2,
      level: "error",
      message: expect.stringMatching(/^Missing prompt: .*\(accompanying-adult\.name\)\..*recommendation 2\.2; paragraph 1\.20\..*Add a required text field with `covers accompanying-adult\.name` to section `arrival`\.$/),
      line: 6,
      column: 3,
      endLine: 6,
      endColumn: 28,
      citations: [{ recommendation: "2.2" }, { paragraph: "1.20" }],
    });
    for (const m of json[0].messages) {
      for (const c of m.citations) expect(Object.keys(c)).toHaveLength(1);
      expect(m.severity).toBe(m.level === "error" ? 2 : 1);
    }
    expect(json[0].errorCount).toBe(json[0].messages.filter((m: { level: string }) => m.level === "error").length);
  });

  it("lists waived findings under suppressedMessages with the justification", () => {
    const r = run(["lint", NONCOMPLIANT, "--format", "json", ...TODAY]);
    const file = JSON.parse(r.stdout)[0];
    expect(file.suppressedMessages.map((m: { ruleId: string }) => m.ruleId)).toEqual(["cqc-dorset-2015/ed-paediatric-liaison"]);
    expect(file.suppressedMessages[0].suppressions[0]).toMatchObject({ kind: "waiver", justification: expect.any(String), until: "2027-03-31" });
  });

  it("built-in checks have empty citations", () => {
    const dir = tempDir({ "f.form": 'form f { service emergency-departmnt }\n' });
    const m = JSON.parse(run(["lint", dir, "--format", "json", ...TODAY]).stdout)[0].messages;
    expect(m.find((x: { ruleId: string }) => x.ruleId === "unknown-service")).toMatchObject({ citations: [], message: expect.stringMatching(/did you mean `emergency-department`\?/) });
  });
});

describe("stylish output", () => {
  it("groups by file, one `line:col  level  message  rule-id` line per problem, and a summary", () => {
    const dir = tempDir({ "ed.form": ED_MISSING_ADULT });
    const r = run(["lint", "ed.form", ...TODAY], { cwd: dir });
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("ed.form");
    expect(lines[1]).toMatch(/^  \d+:\d+\s+(error|warning|info)\s+Missing prompt: .+  cqc-dorset-2015\/[a-z-]+$/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings?, \d+ info\) in 1 file checked\./);
    expect(r.stdout).not.toMatch(/\u001b\[/); // no colour when not a terminal
  });
  it("shows waived findings with their reason, owner and expiry", () => {
    const r = run(["lint", NONCOMPLIANT, ...TODAY]);
    expect(r.stdout).toMatch(/waived  cqc-dorset-2015\/ed-paediatric-liaison: ".+" \(by .+, until 2027-03-31\)/);
  });
  it("says so when everything passes", () => {
    const r = run(["lint", COMPLIANT, ...TODAY]);
    expect(r.stdout.trim()).toBe("✓ 1 file checked: no problems.");
  });
  it("shows infos of one rule that say one thing of many items once, with how many more and where; errors and JSON list every one", () => {
    // An SDC Questionnaire pre-fills item after item by FHIRPath: an info each (a real AEHRC form has 91).
    const prefilled = (i: number) => ({ linkId: `p${i}`, text: `Value ${i}`, type: "string", extension: [{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-initialExpression", valueExpression: { language: "text/fhirpath", expression: `%patient.v${i}` } }] });
    const q = { resourceType: "Questionnaire", status: "draft", item: [...[1, 2, 3, 4, 5, 6].map(prefilled), { linkId: "a", text: "A", type: "string", enableWhen: [{ question: "nowhere", operator: "exists", answerBoolean: true }] }, { linkId: "b", text: "B", type: "string", enableWhen: [{ question: "nor-here", operator: "exists", answerBoolean: true }] }] };
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    const r = run(["lint", "q.json", ...TODAY], { cwd: dir });
    const prefilledLines = r.stdout.split("\n").filter((l) => l.includes("is pre-populated by a FHIRPath expression"));
    expect(prefilledLines).toEqual([expect.stringContaining("Item `p1` is pre-populated")]);
    expect(r.stdout).toMatch(/\n {2}\s+… and 5 more like it, at \d+:\d+, \d+:\d+, \d+:\d+, \d+:\d+, \d+:\d+ \(every one in --format json\)\n/);
    // Two errors of one rule are both listed.
    expect(r.stdout.split("\n").filter((l) => /error\s+Item `[ab]` is enabled by/.test(l))).toHaveLength(2);
    expect(r.stdout).toContain("✖ 14 problems (2 errors, 3 warnings, 9 info) in 1 file checked."); // the summary counts every one
    const json = JSON.parse(run(["lint", "q.json", "--format", "json", ...TODAY], { cwd: dir }).stdout)[0].messages as Array<{ message: string }>;
    expect(json.filter((m) => m.message.includes("is pre-populated"))).toHaveLength(6);
  });
});

describe("inputs", () => {
  it("lints a directory recursively, skipping node_modules", () => {
    const dir = tempDir({ "a/one.form": ED_MISSING_ADULT.replace("form ed", "form one"), "b/c/two.form": ED_MISSING_ADULT.replace("form ed", "form two"), "node_modules/x/three.form": "garbage {{{" });
    const files = JSON.parse(run(["lint", dir, "--format", "json", ...TODAY]).stdout).map((f: { filePath: string }) => path.basename(f.filePath));
    expect(files.sort()).toEqual(["one.form", "two.form"]);
  });
  it("lints a glob", () => {
    const r = run(["lint", "examples/forms/*adult*.form", "--format", "json", ...TODAY]);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath).sort()).toEqual([
      "examples/forms/adult-mental-health.compliant.form",
      "examples/forms/adult-mental-health.noncompliant.form",
      "examples/forms/emergency-department-adult.compliant.form",
      "examples/forms/emergency-department-adult.noncompliant.form",
    ]);
  });
  it("reads --stdin, reporting it under --stdin-filename", () => {
    const r = run(["lint", "--stdin", "--stdin-filename", "forms/typed.form", "--format", "json", ...TODAY], { input: ED_MISSING_ADULT });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)[0].filePath).toBe("forms/typed.form");
  });
  const bad: Array<[string, string | Buffer, RegExp]> = [
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /binary data \(a NUL byte at offset 4\)/],
    ["invalid UTF-8", Buffer.from([0x66, 0x6f, 0x72, 0x6d, 0x20, 0xff, 0xfe, 0x20]), /not valid UTF-8 \(first bad byte at offset 5\)/],
  ];
  for (const [name, content, reason] of bad) {
    it(`${name} is unreadable input: exit 2, named, and other files still checked`, () => {
      const dir = tempDir({ "bad.form": content, "good.form": ED_MISSING_ADULT });
      const r = run(["lint", dir, "--format", "json", ...TODAY]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`bad\\.form: cannot read: ${reason.source}`));
      expect(JSON.parse(r.stdout).map((f: { filePath: string }) => path.basename(f.filePath))).toEqual(["good.form"]);
    });
  }
  it("a run whose only input is unreadable never reads as clean", () => {
    const dir = tempDir({ "bad.form": Buffer.from([0x66, 0, 0x67]) });
    const r = run(["lint", path.join(dir, "bad.form"), ...TODAY]);
    expect(r.status).toBe(2);
    expect(r.stdout).not.toMatch(/✓/);
    expect(r.stdout.trim()).toBe("✖ 0 files checked: no problems in them; 1 file could not be read (see above).");
  });
  it("a named pipe or a device given as a path is refused, named, with what to do instead (never 'no such file', never a hang)", () => {
    const dir = tempDir({});
    const fifo = path.join(dir, "pipe.form");
    execFileSync("mkfifo", [fifo]);
    for (const [input, kind] of [[fifo, "a named pipe"], ["/dev/null", "a device"]]) {
      const r = run(["lint", input, ...TODAY]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`formguard: ${input}: not a file or a folder (${kind}): name form specs, packs, Questionnaires or folders of them; to check text from a pipe, use --stdin.\n`);
    }
  });
  it.each([
    ["an empty form spec", ""],
    ["a form spec of comments only", "// exported 2026-11-30: nothing followed\n"],
  ])("%s is not a silent pass: a no-form warning, on the file and from --stdin", (_name, text) => {
    const dir = tempDir({ "empty.form": text });
    for (const r of [run(["lint", path.join(dir, "empty.form"), "--format", "json", ...TODAY]), run(["lint", "--stdin", "--format", "json", ...TODAY], { input: text })]) {
      expect(JSON.parse(r.stdout)[0].messages).toMatchObject([{ ruleId: "no-form", level: "warning", line: 1, column: 1 }]);
    }
  });
  it("a BOM and CRLF line endings are read as ordinary text", () => {
    const dir = tempDir({ "crlf.form": "\uFEFF" + ED_MISSING_ADULT.replace(/\n/g, "\r\n") });
    const m = JSON.parse(run(["lint", dir, "--format", "json", ...TODAY]).stdout)[0].messages;
    expect(m.find((x: { message: string }) => x.message.includes("accompanying-adult.name"))).toMatchObject({ line: 6, column: 3 });
  });
  it("--output writes the report to a file and nothing to stdout", () => {
    const dir = tempDir({ "ed.form": ED_MISSING_ADULT });
    const r = run(["lint", "ed.form", "--format", "json", "--output", "out/report.json", ...TODAY], { cwd: dir });
    expect(r.stdout).toBe("");
    expect(JSON.parse(fs.readFileSync(path.join(dir, "out/report.json"), "utf8"))[0].filePath).toBe("ed.form");
  });
  it("syntax errors are lint errors (exit 1), each reported", () => {
    const dir = tempDir({ "broken.form": 'form f {\n  fild a text\n  field b text { label }\n}\n' });
    const m = JSON.parse(run(["lint", dir, "--format", "json", ...TODAY]).stdout)[0].messages.filter((x: { ruleId: string }) => x.ruleId === "syntax");
    expect(m.map((x: { line: number }) => x.line)).toEqual([2, 3]);
  });
});

describe("configuration", () => {
  it("is found upward from the linted files and applies severity overrides", () => {
    const dir = tempDir({
      "formguard.config.json": JSON.stringify({ rules: { "cqc-dorset-2015/ed-accompanying-adult": "off", "missing-label": "error" } }),
      "forms/ed.form": ED_MISSING_ADULT,
    });
    const m = JSON.parse(run(["lint", "forms", "--format", "json", ...TODAY], { cwd: dir }).stdout)[0].messages;
    expect(m.some((x: { ruleId: string }) => x.ruleId === "cqc-dorset-2015/ed-accompanying-adult")).toBe(false);
  });
  it("adds packs named in the config, relative to it", () => {
    const dir = tempDir({
      "formguard.config.json": JSON.stringify({ packs: ["local/extra.formrules"] }),
      "local/extra.formrules": 'pack trust { }\nconcept local.flag "Local flag" { suggest yesno }\nrule local-flag { title "Ask the local question" severity error applies service emergency-department require local.flag cites paragraph 1.20 }\n',
      "forms/ed.form": ED_MISSING_ADULT,
    });
    const ids = JSON.parse(run(["lint", "forms", "--format", "json", ...TODAY], { cwd: dir }).stdout)[0].messages.map((x: { ruleId: string }) => x.ruleId);
    expect(ids).toContain("trust/local-flag");
  });
  it.each([
    ["missing-label=warn", ": did you mean missing-label=warning?"],
    ["missing-label=2", ": did you mean missing-label=error?"],
    ["missing-label=eror", ": did you mean missing-label=error?"],
    ["missing-label=loud", "."],
    ["missing-label", "."],
  ])("--rule %s is refused (exit 2), with the level it most likely meant", (flag, ending) => {
    const r = run(["lint", NONCOMPLIANT, "--rule", flag]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`formguard lint: --rule must look like ID=off|info|warning|error (got "${flag}")${ending}\n`);
  });
  const badConfigs: Array<[string, string, RegExp]> = [
    ["not JSON", "{ rules: ", /formguard\.config\.json:1:\d+: not valid JSON/],
    ["an unknown key", JSON.stringify({ rulez: {} }), /formguard\.config\.json: \$: unknown key "rulez" \(allowed: files, ignores, packs, rules(, [A-Za-z]+)*\)\./],
    ["an unknown key in a questionnaires entry", JSON.stringify({ questionnaires: [{ files: "q/*.json", service: "emergency-department", kind: "child" }] }), /formguard\.config\.json: \$\.questionnaires\[0\]: unknown key "kind" \(allowed: files, service, audience\)\./],
    ["a bad severity", JSON.stringify({ rules: { "missing-label": "fatal" } }), /formguard\.config\.json: \$\.rules\.missing-label: expected one of "off", "info", "warning", "error", not "fatal"\./],
    ["a misspelt severity", JSON.stringify({ rules: { "missing-label": "eror" } }), /\$\.rules\.missing-label: expected one of "off", "info", "warning", "error", not "eror" \(did you mean "error"\?\)\./],
    ["ESLint's word for a warning", JSON.stringify({ rules: { "missing-label": "warn" } }), /\$\.rules\.missing-label: expected one of "off", "info", "warning", "error", not "warn" \(did you mean "warning"\?\)\./],
    ["a number for a severity", JSON.stringify({ rules: { "missing-label": 2 } }), /\$\.rules\.missing-label: expected one of "off", "info", "warning", "error", not 2 \(did you mean "error"\?\)\./],
    ["a wrong type", JSON.stringify({ files: "forms/*.form" }), /formguard\.config\.json: \$\.files: expected array\./],
    ["an unknown rule id", JSON.stringify({ rules: { "cqc-dorset-2015/ed-acompanying-adult": "off" } }), /\$\.rules\["cqc-dorset-2015\/ed-acompanying-adult"\]: no such rule \(did you mean "cqc-dorset-2015\/ed-accompanying-adult"\?\)/],
  ];
  for (const [name, text, message] of badConfigs) {
    it(`${name}: exit 2 naming the file, the JSON path and what was expected`, () => {
      const dir = tempDir({ "formguard.config.json": text, "ed.form": ED_MISSING_ADULT });
      const r = run(["lint", "ed.form"], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    });
  }
  it("--config names the file explicitly", () => {
    const dir = tempDir({ "cfg/strict.json": JSON.stringify({ rules: { "missing-service": "error" } }), "f.form": 'form f { field a text { label "A" } }\n' });
    // Without the config the form has only warnings; with it, missing-service is an error.
    expect(run(["lint", "f.form", ...TODAY], { cwd: dir }).status).toBe(0);
    expect(run(["lint", "f.form", "--config", "cfg/strict.json", ...TODAY], { cwd: dir }).status).toBe(1);
  });
  it("a broken extra pack refuses to run rather than silently checking nothing", () => {
    const dir = tempDir({ "broken.formrules": "rule r { title }", "ed.form": ED_MISSING_ADULT });
    const r = run(["lint", "ed.form", "--rules", "broken.formrules"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/broken\.formrules:1:\d+: rule pack has 1 syntax error\(s\)/);
  });
});

describe("formguard rules", () => {
  it("--format json lists every rule with citations and all 42 recommendations", () => {
    const r = run(["rules", "--format", "json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.rules.length).toBeGreaterThanOrEqual(118);
    expect(json.rules.find((x: { id: string }) => x.id === "cqc-dorset-2015/ed-accompanying-adult")).toMatchObject({ level: "error", citations: [{ recommendation: "2.2" }, { paragraph: "1.20" }] });
    expect(json.recommendations).toHaveLength(42);
    expect(json.recommendations.find((x: { ref: string }) => x.ref === "2.3")).toMatchObject({ rules: [], notCheckable: expect.stringMatching(/waiting-area/i) });
    const builtin = json.builtin.map((b: { id: string }) => b.id);
    for (const id of ["syntax", "duplicate-id", "unknown-concept", "expired-waiver", "recognised-concept", "fhir-que-1", "fhir-que-14", "fhir-enablewhen-later-item"]) expect(builtin).toContain(id);
  });
});
