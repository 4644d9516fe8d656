/**
 * Inputs the fuzzers found, kept as plain cases so they stay fixed whatever the random seed.
 */
import { describe, expect, it } from "vitest";
import { CORE_EXTENSIONS, EXTENSIONS, USAGE_CONTEXT_TYPE } from "../../fhir/identifiers";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { formatDocument, formatRange } from "../../language/format/index";
import { Workspace } from "../../language/model/workspace";
import { parseDocument } from "../../language/parse";
import { formatDocumentEdits, smallestEdit } from "../../service/formatting";
import { checkDiagnostics, checkRange, Lines } from "./guard";

describe("editor formatting never splits a CRLF line break", () => {
  it.each([
    // Mixed line breaks: the first is `\n`, so the formatted text ends in `\n`, not `\r\n`.
    ['recommendation \n\n\n 1.1 ""\r\n', 'recommendation 1.1 ""\n'],
    ['// header\nform\r\na\r\n""\r\n{\r\n}\r\n', '// header\nform a "" { }\n'],
  ])("%j", (text, formatted) => {
    const ws = new Workspace();
    ws.set("/f.form", text);
    const r = formatDocumentEdits(ws, "/f.form", { formatDocument, formatRange });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const lines = new Lines(text);
    for (const e of r.edits) checkRange(lines, e.range, "formatting edit");
    const doc = ws.get("/f.form")!;
    const [e] = r.edits;
    const start = doc.lines.offset(e.range.start);
    const end = doc.lines.offset(e.range.end);
    expect(text.slice(0, start) + e.newText + text.slice(end)).toBe(formatted);
  });

  it("the smallest edit takes the whole `\\r\\n` when only its `\\r` goes", () => {
    expect(smallestEdit("a\r\nb", "a\nb")).toEqual({ span: { start: 1, end: 3 }, newText: "\n" });
    expect(smallestEdit("a\r\n", "a\n")).toEqual({ span: { start: 1, end: 3 }, newText: "\n" });
    expect(smallestEdit("a\nb", "a\r\nb")).toEqual({ span: { start: 1, end: 1 }, newText: "\r" });
  });
});

describe("FHIR import of hostile Questionnaires: no throw, and the imported form spec parses", () => {
  const q = (extra: Record<string, unknown>) => JSON.stringify({ resourceType: "Questionnaire", status: "draft", name: "q", ...extra }, null, 2);
  const waiver = (parts: unknown) => ({ extension: [{ url: EXTENSIONS.waiver, extension: parts }] });
  const imported = (text: string) => {
    const p = prepareQuestionnaire(text);
    if (!p.ok) throw new Error(p.message);
    checkDiagnostics(text, p.diagnostics);
    expect(parseDocument("/q.form", p.formText).syntaxErrors.map((e) => e.message)).toEqual([]);
    return p;
  };
  const notes = (p: ReturnType<typeof imported>) => p.diagnostics.filter((d) => d.ruleId === "fhir-not-imported").map((d) => d.message);

  it.each([
    ["parts that are not an array", 2.5],
    ["parts that are null", [null, [true], {}]],
    ["values that are not strings", [{ url: "rule", valueString: "p/r" }, { url: "reason", valueString: { a: 1 } }]],
    ["a reason that is not a string", [{ url: "rule", valueCode: "p/r" }, { url: "reason", valueString: 7 }, { url: "by", valueString: ["x"] }]],
  ])("a waiver extension with %s is skipped, not a crash", (_name, parts) => {
    const p = imported(q(waiver(parts)));
    expect(p.formText).not.toContain("waive");
  });

  it.each([
    ["a rule id that is a date", [{ url: "rule", valueDate: "2027-03-31" }, { url: "reason", valueDate: "2027-03-31" }], "that is not a rule id"],
    ["a rule id with a quote", [{ url: "rule", valueCode: 'x"y' }, { url: "reason", valueString: "r" }], "that is not a rule id"],
    ["an end date that is no date", [{ url: "rule", valueCode: "p/r" }, { url: "reason", valueString: "r" }, { url: "until", valueString: "1.1" }], 'its end date "1.1" is not a date'],
  ])("a waiver with %s is not imported, and a note says so", (_name, parts, why) => {
    const p = imported(q(waiver(parts)));
    expect(p.formText).not.toContain("waive");
    expect(notes(p).join("\n")).toContain(why);
  });

  it("a waiver that can be written still is", () => {
    const p = imported(q(waiver([{ url: "rule", valueCode: "cqc-dorset-2015/ed-paediatric-liaison" }, { url: "reason", valueString: "In the PAS" }, { url: "until", valueDate: "2027-03-31" }])));
    expect(p.formText).toContain('waive cqc-dorset-2015/ed-paediatric-liaison "In the PAS" until 2027-03-31');
  });

  it("numbers the form language cannot write (negative, exponent) become notes, not syntax errors", () => {
    const p = imported(
      q({
        useContext: [{ code: { system: USAGE_CONTEXT_TYPE, code: "age" }, valueRange: { low: { value: -5.1e-78 }, high: { value: 33 } } }],
        item: [
          { linkId: "n", text: "N", type: "decimal", extension: [{ url: CORE_EXTENSIONS.minValue, valueDecimal: -3 }, { url: CORE_EXTENSIONS.maxValue, valueDecimal: 5.7e96 }, { url: EXTENSIONS.lookback, valueDuration: { value: -2, unit: "months" } }] },
          { linkId: "m", text: "M", type: "string", enableWhen: [{ question: "n", operator: ">", answerDecimal: 4.3e226 }] },
          { linkId: "k", text: "K", type: "string", enableWhen: [{ question: "n", operator: ">=", answerInteger: -1 }] },
          { linkId: "j", text: "J", type: "string", enableWhen: [{ question: "n", operator: "<", answerDecimal: 2.5 }] },
        ],
      }),
    );
    expect(p.formText).not.toMatch(/ages|min |max |lookback|e\+|-\d/);
    expect(p.formText).toContain("field m text when n answered");
    expect(p.formText).toContain("field k text when n answered");
    expect(p.formText).toContain("field j text when n < 2.5");
    const all = notes(p).join("\n");
    expect(all).toContain("The age range");
    expect(all).toContain("minimum of -3");
    expect(all).toContain("maximum of 5.7e+96");
    expect(all).toContain("cannot write the number 4.3e+226");
    expect(all).toContain("lookback extension the form language cannot write");
  });

  it("a look-back of 1e21 years (an integer JavaScript writes with an exponent) becomes a note, not a syntax error", () => {
    const p = imported(q({ item: [{ linkId: "a", text: "A", type: "time", extension: [{ url: EXTENSIONS.lookback, valueDuration: { value: 1e21, unit: "years" } }] }] }));
    expect(p.formText).not.toMatch(/lookback|e\+/);
    expect(notes(p).join("\n")).toContain("Item `a` has a formguard lookback extension the form language cannot write");
  });

  it.each([
    ["a second field after the condition", "a = yes { } field evil text"],
    ["a brace that closes the form", "a = yes } form evil {"],
    ["a comment", "a = yes // and more"],
    ["no condition at all", "and or"],
  ])("a `when` extension with %s is not taken verbatim: enableWhen is used, and a note says so", (_name, when) => {
    const p = imported(
      q({
        item: [
          { linkId: "a", text: "A", type: "boolean" },
          { linkId: "b", text: "B", type: "string", extension: [{ url: EXTENSIONS.when, valueString: when }], enableWhen: [{ question: "a", operator: "=", answerBoolean: true }] },
        ],
      }),
    );
    expect(p.formText).toContain("field b text when a = yes {");
    expect(p.formText).not.toContain("evil");
    expect(notes(p).join("\n")).toContain("is not one condition of the form language");
  });

  it("a well-formed `when` extension is still taken, on one line", () => {
    const p = imported(q({ item: [{ linkId: "a", text: "A", type: "boolean" }, { linkId: "b", text: "B", type: "string", extension: [{ url: EXTENSIONS.when, valueString: "not a = yes\nor a = no" }] }] }));
    expect(p.formText).toContain("field b text when not a = yes or a = no {");
  });

  it("line breaks in code systems and extension urls stay inside their string or comment", () => {
    const p = imported(q({ item: [{ linkId: "a", text: "A", type: "string", code: [{ system: "line\nbreak", code: "x\ny" }], extension: [{ url: "http://x/\nfield evil text", valueCoding: { code: "c" } }] }] }));
    expect(p.formText).toContain('codes "line break|x y"');
    expect(p.formText).not.toMatch(/^\s*field evil/m);
  });
});
