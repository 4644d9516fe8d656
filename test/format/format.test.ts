/**
 * The formatter: idempotent, meaning-preserving and comment-preserving over every real form and
 * pack; canonical (differently laid-out copies of a file format to the same text); and the
 * style itself, case by case.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDocument, formatRange } from "../../language/format/index";
import { parseDocument } from "../../language/parse";
import { applyEdits } from "../../language/text-edit";
import { commentWords, meaning } from "./ast-compare";

const root = path.resolve(__dirname, "../..");
const corpus = [
  ...fs.readdirSync(path.join(root, "examples/forms")).filter((f) => f.endsWith(".form")).map((f) => path.join(root, "examples/forms", f)),
  ...fs.readdirSync(path.join(root, "rules/packs")).filter((f) => f.endsWith(".formrules")).map((f) => path.join(root, "rules/packs", f)),
].sort();

function fmt(text: string): string {
  const r = formatDocument(text);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe("formatter over every example form and shipped pack", () => {
  it("has a corpus to work on", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(47);
  });

  for (const file of corpus) {
    const name = path.relative(root, file);
    describe(name, () => {
      const text = fs.readFileSync(file, "utf8");
      const once = fmt(text);

      it("is idempotent", () => {
        expect(fmt(once)).toBe(once);
      });

      it("keeps the meaning (same AST, spans aside) and every comment", () => {
        expect(parseDocument(file, once).syntaxErrors).toEqual([]);
        expect(meaning(once)).toEqual(meaning(text));
        expect(commentWords(once)).toEqual(commentWords(text));
      });

      it("is canonical: a re-indented, spaced-out, CRLF copy formats to the same text", () => {
        // No indentation at all; or deeper indentation, trailing blanks and more blank lines
        // where there already was one: layout only.
        const flat = text.split("\n").map((l) => l.trimStart()).join("\n");
        const airy = text.replace(/\n\n/g, "\n\n\n\n").replace(/\n/g, " \t\n").replace(/^ {2}/gm, "      ");
        expect(fmt(flat)).toBe(once);
        expect(fmt(airy)).toBe(once);
        expect(fmt(text.replace(/\n/g, "\r\n"))).toBe(once.replace(/\n/g, "\r\n"));
      });
    });
  }
});

describe("canonical style", () => {
  const cases: Array<[string, string, string]> = [
    [
      "indentation, one property per line, lists, `..`",
      'form a "A" {\nservice  emergency-department   audience child ,young-person\n   ages 0 .. 17 tags x,y\n}',
      'form a "A" {\n  service emergency-department\n  audience child, young-person\n  ages 0..17\n  tags x, y\n}\n',
    ],
    [
      "field header on one line, `{` opens it",
      "form a {\n  field   b   text\n  required\n  when c = yes\n  {\n  label \"B\" }\n  field c yesno\n}",
      'form a {\n  field b text required when c = yes {\n    label "B"\n  }\n  field c yesno\n}\n',
    ],
    [
      "an empty block is `{ }`",
      "form a {\n  field b text {\n\n  }\n  section s {}\n}\nrecommendation 1.2 \"R\" {\n}\n",
      "form a {\n  field b text { }\n\n  section s { }\n}\n\nrecommendation 1.2 \"R\" { }\n",
    ],
    [
      "one blank line between top-level items; a run of one-line declarations may stay together",
      'pack p "P" { publisher "X" }\nservice a "A"\nservice b "B"\n\n\n\nservice c "C"\naudience d "D"\nconcept e "E" {\n  suggest text\n}\nrule r {\n  title "R"\n}',
      'pack p "P" {\n  publisher "X"\n}\n\nservice a "A"\nservice b "B"\n\nservice c "C"\n\naudience d "D"\n\nconcept e "E" {\n  suggest text\n}\n\nrule r {\n  title "R"\n}\n',
    ],
    [
      "one blank line around sections; none at the start or end of a block",
      "form a {\n\n  version \"1\"\n  section s {\n\n    field x text\n\n\n    field y text\n\n  }\n  section t {\n    field z text\n  }\n  waive p/r \"why\"\n\n}\n",
      'form a {\n  version "1"\n\n  section s {\n    field x text\n\n    field y text\n  }\n\n  section t {\n    field z text\n  }\n\n  waive p/r "why"\n}\n',
    ],
    [
      "strings re-escaped canonically",
      'form a "Say \\"hi\\" \\\\ bye\\nnow" {\n  field b text {\n    label "It\'s \\"fine\\""\n  }\n}\n',
      'form a "Say \\"hi\\" \\\\ bye\\nnow" {\n  field b text {\n    label "It\'s \\"fine\\""\n  }\n}\n',
    ],
    [
      "durations and requirements",
      "rule r {\n  require   attendance.count required   with lookback>=12   months and type number , text\n  cites paragraph 1.20,recommendation 2.2\n}\n",
      "rule r {\n  require attendance.count required with lookback >= 12 months and type number, text\n  cites paragraph 1.20, recommendation 2.2\n}\n",
    ],
    [
      "exactly one line break at the end; nothing for an empty document",
      "form a {\n}\n\n\n\n",
      "form a { }\n",
    ],
    ["empty document", "\n\n   \n", ""],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(fmt(input)).toBe(expected);
    expect(fmt(expected)).toBe(expected);
  });
});

describe("conditions and selectors: the fewest parentheses that keep the tree", () => {
  const cases: Array<[string, string]> = [
    ["(a = yes)", "a = yes"],
    ["((a = yes) and (b = no))", "a = yes and b = no"],
    ["a = yes and (b = no or c = yes)", "a = yes and (b = no or c = yes)"],
    ["(a = yes and b = no) or c = yes", "a = yes and b = no or c = yes"],
    ["a = yes or (b = no and c = yes)", "a = yes or b = no and c = yes"],
    ["(a = yes or b = no) or c = yes", "a = yes or b = no or c = yes"],
    ["a = yes or (b = no or c = yes)", "a = yes or (b = no or c = yes)"],
    ["a = yes and (b = no and c = yes)", "a = yes and (b = no and c = yes)"],
    ["not (a = yes)", "not a = yes"],
    ["not (a = yes or b = no)", "not (a = yes or b = no)"],
    ["not (not (a answered))", "not not a answered"],
    ["(not a answered) and b != \"x\"", "not a answered and b != \"x\""],
    ["not = yes", "not = yes"],
    ["not not answered", "not not answered"],
    ["a<=3 and b>=4", "a <= 3 and b >= 4"],
  ];
  it.each(cases)("when %s → when %s", (input, expected) => {
    const src = `form f {\n  field x text when ${input}\n}\n`;
    const out = fmt(src);
    expect(out).toBe(`form f {\n  field x text when ${expected}\n}\n`);
    expect(meaning(out)).toEqual(meaning(src));
  });

  it.each([
    ["(service a, b or audience c) and not (tag d or ages include 4)", "(service a, b or audience c) and not (tag d or ages include 4)"],
    // Parentheses a reader needs are kept as written: around an `and` inside an `or`, and around a list.
    ["((service a)) or (audience b and tag c)", "service a or (audience b and tag c)"],
    ["(service a, b) and audience child", "(service a, b) and audience child"],
    ["(service a) and (audience child)", "service a and audience child"],
    ["service a, b and audience child", "service a, b and audience child"],
    ["not (not service a)", "not not service a"],
  ])("applies %s → applies %s", (input, expected) => {
    const src = `rule r {\n  applies ${input}\n}\n`;
    const out = fmt(src);
    expect(out).toBe(`rule r {\n  applies ${expected}\n}\n`);
    expect(meaning(out)).toEqual(meaning(src));
  });

  // Any tree, written with as many parentheses as anyone could: formatting keeps the tree.
  type Tree = { op: "and" | "or"; l: Tree; r: Tree } | { op: "not"; x: Tree } | { op: "atom"; text: string };
  const atom = fc.constantFrom("a = yes", "b != no", "c answered", 'd = "x"', "e < 3", "not = yes");
  const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
    t: fc.oneof(
      { maxDepth: 5, withCrossShrink: true },
      atom.map((text) => ({ op: "atom" as const, text })),
      fc.record({ op: fc.constantFrom("and" as const, "or" as const), l: tie("t"), r: tie("t") }),
      fc.record({ op: fc.constant("not" as const), x: tie("t") }),
    ),
  })).t;
  const write = (t: Tree, extra: boolean): string => {
    const p = (s: string) => `(${s})`;
    if (t.op === "atom") return extra ? p(t.text) : t.text;
    if (t.op === "not") return `not ${p(write(t.x, extra))}`;
    return `${p(write(t.l, extra))} ${t.op} ${p(write(t.r, extra))}`;
  };
  it("keeps any condition's tree, however parenthesised", () => {
    fc.assert(
      fc.property(tree, fc.boolean(), (t, extra) => {
        const src = `form f {\n  field x text when ${write(t, extra)}\n}\n`;
        const out = fmt(src);
        expect(meaning(out)).toEqual(meaning(src));
        expect(fmt(out)).toBe(out);
      }),
      { numRuns: 200 },
    );
  });
});

describe("deep nesting", () => {
  it("formats a condition nested 40 parentheses deep at once (no time exponential in depth)", () => {
    let cond = "a = yes";
    for (let i = 0; i < 40; i++) cond = i % 2 ? `(${cond})` : `(${cond} and b = no)`;
    const started = Date.now();
    const out = fmt(`form f {\n  field x text when ${cond}\n}\n`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(out.startsWith("form f {\n  field x text when a = yes and b = no and b = no")).toBe(true);
  });
});

describe("comments are kept, in place", () => {
  const cases: Array<[string, string, string]> = [
    [
      "leading comments stay above what they precede",
      "// about the form\n/* and more */\nform a {\n    // about b\n        field b text\n}\n",
      "// about the form\n/* and more */\nform a {\n  // about b\n  field b text\n}\n",
    ],
    [
      "trailing `//` comments stay at the end of their line",
      "form a {   // opens\n  field b text {  // b opens\n    label   \"B\"    // the question\n  }   // b closes\n}  // the end\n",
      'form a { // opens\n  field b text { // b opens\n    label "B" // the question\n  } // b closes\n} // the end\n',
    ],
    [
      "comments inside blocks, after the last member, stay inside",
      "form a {\n  section s {\n    field b text\n        // still in s\n  }\n  // still in a\n}\n",
      "form a {\n  section s {\n    field b text\n    // still in s\n  }\n  // still in a\n}\n",
    ],
    [
      "comments between items, with the blank lines around them",
      "form a {\n  field b text\n\n  // between\n\n  field c text\n}\n\n\n// between forms\nform d {\n}\n",
      "form a {\n  field b text\n\n  // between\n\n  field c text\n}\n\n// between forms\nform d { }\n",
    ],
    [
      "block comments: inline ones trail their line, multi-line ones keep their lines",
      "form a { /* inline */\n  field b text /* after b */\n  /* two\n     lines */\n  field c text\n}\n",
      "form a { /* inline */\n  field b text /* after b */\n  /* two\n     lines */\n  field c text\n}\n",
    ],
    [
      "a `*`-aligned block comment is re-aligned under its opening",
      "form a {\n        /**\n           * one\n           * two\n           */\n  field b text\n}\n",
      "form a {\n  /**\n   * one\n   * two\n   */\n  field b text\n}\n",
    ],
    [
      "a comment inside a one-line member moves above it",
      "form a {\n  field b text required // why b\n    when c = yes {\n    options \"x\", /* first */ \"y\"\n  }\n}\n",
      'form a {\n  // why b\n  field b text required when c = yes {\n    /* first */\n    options "x", "y"\n  }\n}\n',
    ],
    [
      "a comment in an otherwise empty block stays in it",
      "form a {\n  field b text { /* nothing yet */ }\n  section s {\n    // to do\n  }\n}\n",
      "form a {\n  field b text { /* nothing yet */\n  }\n\n  section s {\n    // to do\n  }\n}\n",
    ],
    [
      "comments on a recommendation's lines",
      'recommendation 1.1 "R" { // why\n  partly "P" // which part\n}\n',
      'recommendation 1.1 "R" { // why\n  partly "P" // which part\n}\n',
    ],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    const out = fmt(input);
    expect(out).toBe(expected);
    expect(fmt(out)).toBe(out);
    expect(commentWords(out)).toEqual(commentWords(input));
    expect(meaning(out)).toEqual(meaning(input));
  });
});

describe("what the formatter keeps and refuses", () => {
  it("keeps CRLF line breaks and a byte-order mark", () => {
    const out = fmt('\uFEFFform a {\r\n    field b text {\r\n  label "B"\r\n}\r\n}\r\n');
    expect(out).toBe('\uFEFFform a {\r\n  field b text {\r\n    label "B"\r\n  }\r\n}\r\n');
    expect(out.replace(/\r\n/g, "")).not.toContain("\n");
  });

  it("refuses a document with syntax errors, saying where", () => {
    const text = 'form a {\n  field b text {\n    label "B\n  }\n}\n';
    const r = formatDocument(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/^Not formatted: the document has .*syntax error.*line 3, column 11/);
    expect(formatRange(text, { start: 0, end: 3 }).ok).toBe(false);
  });

  it("keeps duplicate and unknown properties exactly (only the checks judge them)", () => {
    const text = 'form a {\n  field b texty {\n    label "one"\n    label "two"\n    covers nowhere.known\n  }\n}\n';
    expect(fmt(text)).toBe(text);
  });
});

describe("range formatting", () => {
  const text = [
    "form a {",
    "  section s {",
    "      field   b   text {",
    '   label    "B"   // why',
    "      }",
    "    field c text",
    "  }",
    "  section   t { field d text }",
    "}",
    "",
  ].join("\n");
  const at = (needle: string, len = needle.length) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + len });

  const cases: Array<[string, { start: number; end: number }, string]> = [
    ["a property line", at("label"), [
      "form a {", "  section s {", "      field   b   text {", '      label "B" // why', "      }", "    field c text", "  }", "  section   t { field d text }", "}", ""].join("\n")],
    ["a field, from its header", at("field   b", 3), [
      "form a {", "  section s {", "    field b text {", '      label "B" // why', "    }", "    field c text", "  }", "  section   t { field d text }", "}", ""].join("\n")],
    ["two members the selection spans", { start: text.indexOf("field   b"), end: text.indexOf("field c") + 2 }, [
      "form a {", "  section s {", "    field b text {", '      label "B" // why', "    }", "    field c text", "  }", "  section   t { field d text }", "}", ""].join("\n")],
    ["a section written on one line", at("section   t"), [
      "form a {", "  section s {", "      field   b   text {", '   label    "B"   // why', "      }", "    field c text", "  }", "  section t {", "    field d text", "  }", "}", ""].join("\n")],
  ];
  it.each(cases)("%s: only those lines change", (_name, span, expected) => {
    const r = formatRange(text, span);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const after = applyEdits(text, r.edits);
    expect(after).toBe(expected);
    // Every edit lies within the lines of the selection's members.
    for (const e of r.edits) {
      expect(e.span.start).toBeLessThanOrEqual(span.start);
      expect(e.span.end).toBeGreaterThanOrEqual(span.end);
    }
  });

  it("returns no edits for an already formatted range, and none for a formatted document", () => {
    const formatted = fmt(text);
    expect(formatRange(formatted, { start: 0, end: formatted.length })).toEqual({ ok: true, edits: [] });
    const r = formatRange(text, at("field c"));
    expect(r).toEqual({ ok: true, edits: [] });
  });

  it("formatting every range of the document in turn gives the formatted document", () => {
    let current = text;
    for (let guard = 0; guard < 20; guard++) {
      const r = formatRange(current, { start: 0, end: current.length });
      if (!r.ok || r.edits.length === 0) break;
      current = applyEdits(current, r.edits);
    }
    expect(current).toBe(fmt(text));
  });

  it("keeps CRLF in range edits", () => {
    const crlf = text.replace(/\n/g, "\r\n");
    const r = formatRange(crlf, { start: crlf.indexOf("field   b"), end: crlf.indexOf("field   b") + 3 });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.edits.length).toBe(1);
      expect(r.edits[0].newText).toBe('    field b text {\r\n      label "B" // why\r\n    }');
    }
  });
});
