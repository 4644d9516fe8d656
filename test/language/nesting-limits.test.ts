/**
 * Nothing in the parser recurses without a bound: conditions and selectors nested past the
 * limit (`(`, `not`), like blocks, give one syntax error on that file instead of overflowing
 * the stack; up to the limit they parse.
 */
import { describe, expect, it } from "vitest";
import { MAX_NESTING, parseDocument } from "../../language/parse";
import { checkDocument } from "../../rules/checker";
import { Workspace } from "../../language/model/workspace";

const inField = (when: string) => `form f {\n  field a text when ${when} {\n    label "A"\n  }\n}\n`;
const inRule = (applies: string) => `rule r {\n  applies ${applies}\n  require x\n}\n`;
const brackets = (n: number, inner: string) => "(".repeat(n) + inner + ")".repeat(n);

const TOO_DEEP: Array<[string, string, RegExp]> = [
  ["5,000 nested brackets in a `when`", inField(brackets(5000, "x = yes")), /Conditions are nested more than 100 deep here/],
  ["5,000 `not`s in a `when`", inField("not ".repeat(5000) + "x = yes"), /Conditions are nested more than 100 deep here/],
  ["5,000 nested brackets in `applies`", inRule(brackets(5000, "service a")), /Conditions are nested more than 100 deep here/],
  ["5,000 `not`s in `applies`", inRule("not ".repeat(5000) + "tag t"), /Conditions are nested more than 100 deep here/],
  ["5,000 nested sections", "form f {\n" + "section s {\n".repeat(5000) + "}\n".repeat(5001), /Blocks are nested more than 100 deep here/],
];

describe("nesting limits", () => {
  for (const [name, text, message] of TOO_DEEP) {
    it(`${name}: one syntax error, no stack overflow`, () => {
      const doc = parseDocument("/deep.form", text);
      expect(doc.syntaxErrors).toHaveLength(1);
      expect(doc.syntaxErrors[0].message).toMatch(message);
      expect(doc.syntaxErrors[0].range.start.line).toBeLessThan(3 + MAX_NESTING);
    });
  }

  it("points at the first bracket past the limit", () => {
    const text = inField(brackets(MAX_NESTING + 1, "x = yes"));
    const [e] = parseDocument("/deep.form", text).syntaxErrors;
    expect(text.slice(e.span.start, e.span.end)).toBe("(");
    expect(e.span.start).toBe(text.indexOf("(") + MAX_NESTING);
  });

  it(`parses and checks conditions and selectors nested ${MAX_NESTING} deep`, () => {
    const form = inField(brackets(MAX_NESTING, "x = yes"));
    const doc = parseDocument("/ok.form", form);
    expect(doc.syntaxErrors).toEqual([]);
    expect(parseDocument("/ok.formrules", inRule("not ".repeat(MAX_NESTING) + "tag t")).syntaxErrors).toEqual([]);
    const ws = new Workspace();
    ws.set("/ok.form", form);
    expect(() => checkDocument(ws, "/ok.form", { today: "2026-11-27" })).not.toThrow();
  });
});
