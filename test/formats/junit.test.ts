import { describe, expect, it } from "vitest";
import { formatJunit, xmlEscape } from "../../cli/formatters/junit";
import { ED_FORM, handRun, lintRepo } from "./fixture";

// xml2js is already in node_modules (through @vscode/vsce): a real parser, so a malformed
// document fails here as it would in Jenkins or GitLab.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const xml2js = require("xml2js") as { parseStringPromise(xml: string): Promise<Xml> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Xml = any;

describe("--format junit", () => {
  it("an input that could not be read is a case in error, counted, naming the file and why", async () => {
    const { run } = lintRepo({ "forms/ed.form": ED_FORM, "forms/scan.form": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]) });
    const doc = await xml2js.parseStringPromise(formatJunit(run));
    expect(doc.testsuites.$.errors).toBe("1");
    const suite = doc.testsuites.testsuite.find((s: Xml) => s.$.name === "forms/scan.form");
    expect(suite.$).toEqual({ name: "forms/scan.form", tests: "1", failures: "0", errors: "1", skipped: "0" });
    expect(suite.testcase[0].error[0].$).toEqual({ message: "Not checked: cannot read: binary data (a NUL byte at offset 4), not a form spec.", type: "unreadable" });
  });

  it("is well-formed XML with a suite per file, a case per problem and the right counts", async () => {
    const { run } = lintRepo({ "forms/ed.form": ED_FORM, "forms/clean.formrules": "// nothing to check\n" });
    const doc = await xml2js.parseStringPromise(formatJunit(run));
    const suites: Xml[] = doc.testsuites.testsuite;
    expect(suites.map((s) => s.$.name)).toEqual(["forms/clean.formrules", "forms/ed.form"]);
    const ed = run.files.find((f) => f.filePath === "forms/ed.form")!;
    const errors = ed.diagnostics.filter((d) => d.level === "error").length;
    const others = ed.diagnostics.length - errors;
    const edSuite = suites[1];
    expect(edSuite.$).toEqual({ name: "forms/ed.form", tests: String(ed.diagnostics.length + ed.waived.length), failures: String(errors), errors: "0", skipped: String(ed.waived.length) });
    expect(edSuite.testcase.filter((c: Xml) => c.failure)).toHaveLength(errors);
    expect(edSuite.testcase.filter((c: Xml) => c["system-out"])).toHaveLength(others);
    expect(edSuite.testcase.filter((c: Xml) => c.skipped).map((c: Xml) => c.skipped[0].$.message)).toEqual([
      "waived: Reviewed daily: see the PAS list (by Named nurse, until 2099-01-01)",
    ]);
    // a file without problems still appears, as one passing case
    expect(suites[0].$).toMatchObject({ tests: "1", failures: "0" });
    expect(suites[0].testcase[0].$.name).toBe("no problems");
    expect(doc.testsuites.$).toEqual({ name: "formguard", tests: String(ed.diagnostics.length + ed.waived.length + 1), failures: String(errors), errors: "0", skipped: String(ed.waived.length) });
    const failure = edSuite.testcase.find((c: Xml) => c.failure).failure[0];
    expect(failure.$.type).toMatch(/^cqc-dorset-2015\//);
    expect(failure._).toMatch(/^forms\/ed\.form:\d+:\d+ error Missing prompt/);
    expect(failure._).toMatch(/Cites: recommendation/);
  });

  it.each([
    ['a < b & "c" > \'d\'', 'a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;'],
    ["bell\u0007 and nul\u0000 are not XML", "bell and nul are not XML"],
    ["tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay"],
    ["emoji 🧒 stays", "emoji 🧒 stays"],
  ])("escapes %j", (input, expected) => {
    expect(xmlEscape(input)).toBe(expected);
  });

  it("survives hostile messages and names: it still parses, and the text comes back", async () => {
    const message = `]]></failure><script>x</script> & "quotes" \u0001`;
    const doc = await xml2js.parseStringPromise(formatJunit(handRun("form a {}", [{ message, ruleId: `weird"<rule>` }])));
    const c = doc.testsuites.testsuite[0].testcase[0];
    expect(c.failure[0].$.message).toBe(`]]></failure><script>x</script> & "quotes" `);
    expect(c.$.name).toBe(`weird"<rule> at 1:1`);
  });
});
