import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, formatGithub } from "../../cli/formatters/github";
import { ED_FORM, handRun, lintRepo } from "./fixture";

describe("--format github", () => {
  it("an input that could not be read is an error annotation on that file", () => {
    const { run } = lintRepo({ "forms/ed.form": ED_FORM, "forms/scan.form": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1]) });
    const lines = formatGithub(run).trimEnd().split("\n");
    expect(lines.at(-1)).toBe("::error file=forms/scan.form,title=formguard%3A cannot read::Not checked: cannot read forms/scan.form: binary data (a NUL byte at offset 4), not a form spec.");
  });

  it.each([
    // input, as message data, as a property value
    ["50% done", "50%25 done", "50%25 done"],
    ["line one\nline two\r\n", "line one%0Aline two%0D%0A", "line one%0Aline two%0D%0A"],
    ["a: b, c", "a: b, c", "a%3A b%2C c"],
    ["%0A is not a newline", "%250A is not a newline", "%250A is not a newline"],
  ])("escapes %j", (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it("writes one workflow command per problem, with a repository-relative file and a 1-based range", () => {
    const src = "form a {\n}\n";
    const out = formatGithub(
      handRun(src, [
        { level: "error", message: "100% wrong: see a, b\nand fix", range: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } } },
        { level: "warning", ruleId: "cqc-dorset-2015/x", message: "warn" },
        { level: "info", message: "note" },
      ]),
    );
    expect(out.split("\n")).toEqual([
      "::error file=forms/a.form,line=2,col=3,endLine=2,endColumn=10,title=formguard missing-label::100%25 wrong: see a, b%0Aand fix",
      "::warning file=forms/a.form,line=1,col=1,endLine=1,endColumn=5,title=formguard cqc-dorset-2015/x::warn",
      "::notice file=forms/a.form,line=1,col=1,endLine=1,endColumn=5,title=formguard missing-label::note",
      "",
    ]);
  });

  it("escapes ':' and ',' in file names, and names files from the repository root", () => {
    const { run } = lintRepo({ "forms/ed, v2: draft.form": ED_FORM }, "forms");
    const lines = formatGithub(run).trim().split("\n");
    expect(lines.length).toBe(run.files[0].diagnostics.length);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=forms\/ed%2C v2%3A draft\.form,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=formguard [^,:]+::[^\n]+$/);
    // waived findings are not annotated
    expect(lines.some((l) => l.includes("ed-paediatric-liaison::"))).toBe(false);
  });
});
