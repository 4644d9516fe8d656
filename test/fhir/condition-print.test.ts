/**
 * One printer of conditions (language/format/expressions.ts printCondition), and it is exact:
 * any condition, with any string in it, printed and parsed again is the same condition — on its
 * own, and after a trip through a FHIR Questionnaire (the formguard `when` extension).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exportForm } from "../../fhir/export";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import type { Condition, Form } from "../../language/ast";
import { printCondition } from "../../language/format/expressions";
import { parseDocument } from "../../language/parse";
import { workspaceWithPacks } from "../helpers";

type Shape = { kind: "and" | "or"; left: Shape; right: Shape } | { kind: "not"; operand: Shape } | { kind: "answered"; field: string } | { kind: "compare"; field: string; op: string; value: string | number | boolean } | { kind: "expression"; text: string };

const tricky = fc.constantFrom('"', "\\", "\n", "\r", "\t", "\\n", "é", "—", " ", "\u202e", "😀", "&#8217;", "'");
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((a) => a.join("")));
const atom: fc.Arbitrary<Shape> = fc.oneof(
  fc.constant<Shape>({ kind: "answered", field: "b" }),
  fc.record({ kind: fc.constant("compare" as const), field: fc.constant("a"), op: fc.constantFrom("=", "!="), value: fc.boolean() }),
  fc.record({ kind: fc.constant("compare" as const), field: fc.constant("b"), op: fc.constantFrom("=", "!="), value: anyString.filter((s) => !s.includes("\u0000")) }),
  fc.record({ kind: fc.constant("compare" as const), field: fc.constant("c"), op: fc.constantFrom("=", "!=", "<", "<=", ">", ">="), value: fc.nat(1000) }),
  fc.record({ kind: fc.constant("expression" as const), text: fc.oneof(fc.constantFrom("%age < 18", "%resource.item.where(linkId='a').answer.value = true"), anyString.filter((s) => !s.includes("\u0000"))) }),
);
const condition: fc.Arbitrary<Shape> = fc.letrec<{ c: Shape }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc.record({ kind: fc.constantFrom("and" as const, "or" as const), left: tie("c"), right: tie("c") }),
    fc.record({ kind: fc.constant("not" as const), operand: tie("c") }),
  ),
})).c;

/** Source text of a shape, fully bracketed (what a person might write), to get a parsed Condition. */
function source(s: Shape): string {
  switch (s.kind) {
    case "and":
    case "or":
      return `(${source(s.left)}) ${s.kind} (${source(s.right)})`;
    case "not":
      return `not (${source(s.operand)})`;
    case "answered":
      return `${s.field} answered`;
    case "compare":
      return `${s.field} ${s.op} ${typeof s.value === "boolean" ? (s.value ? "yes" : "no") : typeof s.value === "number" ? s.value : quote(s.value)}`;
    case "expression":
      return `expression ${quote(s.text)}`;
  }
}

function quote(text: string): string {
  return `"${text.replace(/[\\"\n\r]/g, (c) => ({ "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r" })[c]!)}"`;
}

function shapeOf(c: Condition): Shape {
  switch (c.kind) {
    case "and":
    case "or":
      return { kind: c.kind, left: shapeOf(c.left), right: shapeOf(c.right) };
    case "not":
      return { kind: "not", operand: shapeOf(c.operand) };
    case "answered":
      return { kind: "answered", field: c.field.text };
    case "compare":
      return { kind: "compare", field: c.field.text, op: c.op, value: c.value.kind === "word" ? c.value.text === "yes" : c.value.value };
    case "expression":
      return { kind: "expression", text: c.text };
  }
}

/**
 * `a or (b or c)` and `(a or b) or c` are one enableWhen list (enableBehavior any): a FHIR trip
 * keeps the meaning, not the grouping of one operator, so the trip is compared with chains flattened.
 */
type Flat = { kind: "and" | "or"; operands: Flat[] } | Extract<Shape, { kind: "answered" | "compare" | "expression" }> | { kind: "not"; operand: Flat };
function flat(s: Shape): Flat {
  if (s.kind === "not") return { kind: "not", operand: flat(s.operand) };
  if (s.kind === "answered" || s.kind === "compare" || s.kind === "expression") return s;
  const operands = [s.left, s.right].flatMap((x) => { const f = flat(x); return f.kind === s.kind ? (f as { operands: Flat[] }).operands : [f]; });
  return { kind: s.kind, operands };
}

const formText = (when: string) =>
  `form f "F" {\n  service emergency-department\n  field a yesno {\n    label "A"\n  }\n  field b text {\n    label "B"\n  }\n  field c number {\n    label "C"\n  }\n  field x text when ${when} {\n    label "X"\n  }\n}\n`;

function parsedForm(text: string): Form {
  const doc = parseDocument("f.form", text);
  expect(doc.syntaxErrors.map((e) => e.message)).toEqual([]);
  return doc.ast.items.find((i): i is Form => i.kind === "form")!;
}

const whenOf = (form: Form) => form.members.flatMap((m) => (m.kind === "field" ? [m] : [])).find((f) => f.name.text === "x")!.when!;

describe("printCondition: the one printer of conditions", () => {
  it.each([
    ["not (a = yes and b = \"x\")", "not (a = yes and b = \"x\")"],
    ["(a = yes or b answered) and c > 3", "(a = yes or b answered) and c > 3"],
    ["a = yes and (b answered and c < 2)", "a = yes and (b answered and c < 2)"],
    ["not not a = yes", "not not a = yes"],
    ['b = "say \\"hi\\"\\n"', 'b = "say \\"hi\\"\\n"'],
    ['expression  "%age < 18" and not (expression "a = \\"b\\"")', 'expression "%age < 18" and not expression "a = \\"b\\""'],
  ])("prints %s as the formatter would: %s", (written, printed) => {
    expect(printCondition(whenOf(parsedForm(formText(written))))).toBe(printed);
  });

  it("any condition, printed and parsed again, is the same condition", () => {
    fc.assert(
      fc.property(condition, (shape) => {
        const original = whenOf(parsedForm(formText(source(shape))));
        expect(shapeOf(original)).toEqual(shape);
        expect(shapeOf(whenOf(parsedForm(formText(printCondition(original)))))).toEqual(shape);
      }),
      { numRuns: 300 },
    );
  });

  it("any condition survives export to a FHIR Questionnaire and import back", () => {
    const ws = workspaceWithPacks();
    const known = { knownServices: new Set(ws.index.services.keys()), knownAudiences: new Set(ws.index.audiences.keys()) };
    fc.assert(
      fc.property(condition, (shape) => {
        const form = parsedForm(formText(source(shape)));
        const prepared = prepareQuestionnaire(JSON.stringify(exportForm(form, ws.index)), known);
        if (!prepared.ok) throw new Error(prepared.message);
        expect(flat(shapeOf(whenOf(parsedForm(prepared.formText))))).toEqual(flat(shape));
      }),
      { numRuns: 150 },
    );
  });
});
