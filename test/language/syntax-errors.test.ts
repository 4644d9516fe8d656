/**
 * Broken input: every independent mistake gets its own error, on its own line, in words a
 * form author understands — and the rest of the file still parses.
 */
import { describe, expect, it } from "vitest";
import type { Form } from "../../language/ast";
import { parseDocument } from "../../language/parse";

function errors(text: string) {
  return parseDocument("/t.form", text).syntaxErrors.map((e) => ({
    line: e.range.start.line + 1,
    column: e.range.start.character + 1,
    message: e.message,
    ruleId: e.ruleId,
    level: e.level,
  }));
}

describe("one diagnostic per independent syntax error", () => {
  const src = [
    'form ed "ED" {', //                                   1
    "  service emergency-department", //                   2
    '  section arrival "Arrival" {', //                    3
    "    fild accompanying text required", //              4  typo in a keyword
    "    field name text required {", //                    5
    "      label", //                                       6  label without text
    "    }", //                                             7
    '    field relationship choice { options "Mum" "Dad" }', // 8  missing comma
    "  }", //                                               9
    "  waive some-rule", //                                 10 waiver without a reason
    '  field after text { label "Still parsed" }', //       11
    "}", //                                                 12
  ].join("\n");

  it("reports each on its line and nothing else", () => {
    const found = errors(src);
    expect(found.map((e) => e.line)).toEqual([4, 6, 8, 10]);
    expect(found.every((e) => e.ruleId === "syntax" && e.level === "error")).toBe(true);
  });

  it("says what was expected in a form author's words, not token names", () => {
    const found = errors(src);
    expect(found[0].message).toBe("Unexpected `fild` in the section: expected a field or a section.");
    expect(found[1].message).toBe("Expected text in double quotes after `label`.");
    expect(found[2].message).toBe('Unexpected `"Dad"` in the field: expected label, help, covers, codes, options, lookback, min or max.');
    expect(found[3].message).toMatch(/^Expected a reason in double quotes \(every waiver must say why: waive rule-id "reason" by "who" until 2027-03-31\) after `some-rule`\.$/);
    for (const e of found) expect(e.message).not.toMatch(/StringLiteral|Identifier|Kw_|-->/);
  });

  it("still builds the rest of the form", () => {
    const form = parseDocument("/t.form", src).ast.items[0] as Form;
    expect(form.service?.text).toBe("emergency-department");
    const ids = JSON.stringify(form.members.map((m) => m.name.text));
    expect(ids).toBe('["arrival","after"]');
  });
});

describe("lexical and value errors", () => {
  const cases: Array<[string, string, number, number, RegExp]> = [
    ["unterminated string", 'form f {\n  version "4.1\n}', 2, 11, /no closing `"` on its line/],
    ["unterminated block comment", "form f { }\n/* never closed", 2, 1, /comment is never closed/],
    ["capitalised id", "form f {\n  field Name text { label \"N\" }\n}", 2, 9, /`Name` is not a valid id: .*\(try `name`\)/],
    ["curly quotes pasted from a word processor", "form f {\n  version \u201c4.1\u201d\n}", 2, 11, /curly quote/],
    ["stray character", "form f {\n  # comment\n}", 2, 3, /Unexpected character `#`/],
    ["unknown escape", String.raw`form f { version "a\tb" }`, 1, 20, /`\\t` is not an escape/],
    ["not a real date", "form f { waive r \"why\" until 2027-02-30 }", 1, 30, /not a real calendar date/],
    ["a value that is not yes, no, a string or a number", "form f { field a yesno field b text when a = maybe }", 1, 46, /`maybe` is not a value/],
    ["a field without a type", "form f { field a required }", 1, 16, /Field `a` has no type/],
    ["missing closing brace at end of file", "form f {\n  field a text { label \"A\" }\n", 2, 28, /Expected `}` after `}`/],
    ["junk at top level", "hello world\nform f { }", 1, 1, /Unexpected `hello` here: expected a form, pack/],
    ["a dotted reference where a number is needed", "form f { ages 1.2.3..17 }", 1, 15, /`1\.2\.3` is not a number/],
  ];
  for (const [name, src, line, column, message] of cases) {
    it(name, () => {
      const found = errors(src);
      expect(found.length).toBeGreaterThan(0);
      expect(found[0]).toMatchObject({ line, column });
      expect(found[0].message).toMatch(message);
    });
  }
});

describe("recovery never loses the next declaration", () => {
  const cases: Array<[string, string, string[]]> = [
    ["a broken form before a good one", 'form a { field x text { label } }\nform b { field y text { label "Y" } }', ["a", "b"]],
    ["a missing } before the next form", 'form a { field x text { label "X" }\nform b { }', ["a", "b"]],
    ["garbage between rules", "rule a { title \"A\" }\n@@@ !!\nrule b { title \"B\" }", ["a", "b"]],
  ];
  for (const [name, src, ids] of cases) {
    it(name, () => {
      const doc = parseDocument("/t.form", src);
      expect(doc.ast.items.map((i) => ("name" in i ? i.name.text : ""))).toEqual(ids);
      expect(doc.syntaxErrors.length).toBeGreaterThan(0);
    });
  }
});

describe("a misspelt keyword is named (did you mean)", () => {
  it.each([
    ['rule r {\n  title "T"\n  cites para 3.1\n}\n', "did you mean `paragraph`?"],
    ['rule r {\n  title "T"\n  aplies service x\n}\n', "did you mean `applies`?"],
    ['concept c "C" {\n  synonym "x"\n}\n', "did you mean `synonyms`?"],
  ])("%j", (text, message) => {
    const errors = parseDocument("/x.formrules", text).syntaxErrors.map((e) => e.message);
    expect(errors[0]).toContain(message);
  });
});
