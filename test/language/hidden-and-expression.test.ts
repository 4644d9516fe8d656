/**
 * FHIR as it is really written, in the form language: `hidden` (questionnaire-hidden: a field the
 * form never shows) and `when expression "…"` (SDC's enableWhenExpression, FHIRPath formguard
 * does not evaluate). Before these, an import wrote both as comments, and a hidden field, or one
 * shown only under an expression, met a `required` requirement as if always asked.
 */
import { describe, expect, it } from "vitest";
import { exportForm } from "../../fhir/export";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import type { Field, Form } from "../../language/ast";
import { formatDocument } from "../../language/format/index";
import { parseDocument } from "../../language/parse";
import { applyEdits } from "../../language/text-edit";
import { check } from "../rule-tester";
import { workspaceWithPacks } from "../helpers";

const formOf = (text: string): Form => {
  const doc = parseDocument("/t.form", text);
  expect(doc.syntaxErrors.map((e) => e.message)).toEqual([]);
  return doc.ast.items.find((i): i is Form => i.kind === "form")!;
};
const fieldOf = (text: string, id: string): Field => formOf(text).members.flatMap((m) => (m.kind === "field" ? [m] : [])).find((f) => f.name.text === id)!;
const wrap = (fields: string) => `form f "F" {\n  service emergency-department\n  audience child\n${fields}\n}\n`;

describe("syntax", () => {
  it.each([
    ["field a number hidden", { hidden: true, required: false }],
    ["field a number required hidden", { hidden: true, required: true }],
    ["field a number hidden required", { hidden: true, required: true }],
    ["field a number required", { hidden: false, required: true }],
  ])("`%s`", (line, expected) => {
    const f = fieldOf(wrap(`  ${line} { label "A" }`), "a");
    expect({ hidden: !!f.hidden, required: !!f.required }).toEqual(expected);
    expect(f.headerSpan.end).toBe(wrap(`  ${line}`).indexOf(line) + line.length);
  });

  it("reads `expression \"…\"` as a condition, alone, with `not`, `and` and `or`, and keeps the text exactly", () => {
    const text = wrap(`  field b yesno { label "B" }\n  field a text when not expression "%age < 18" or (b = yes and expression "x = \\"y\\"\\n") { label "A" }`);
    const when = fieldOf(text, "a").when!;
    expect(when.kind).toBe("or");
    if (when.kind !== "or" || when.left.kind !== "not" || when.right.kind !== "and") throw new Error("shape");
    expect(when.left.operand).toMatchObject({ kind: "expression", text: "%age < 18" });
    expect(when.right.right).toMatchObject({ kind: "expression", text: 'x = "y"\n' });
  });

  it("still reads a field called `expression` (or `hidden`) where a field id is expected", () => {
    const text = wrap(`  field expression yesno { label "E" }\n  field hidden yesno { label "H" }\n  field a text when expression = yes and hidden answered { label "A" }`);
    const when = fieldOf(text, "a").when!;
    expect(when).toMatchObject({ kind: "and", left: { kind: "compare", field: { text: "expression" } }, right: { kind: "answered", field: { text: "hidden" } } });
  });

  it("an `expression` with no text is a syntax error that says what a condition may be", () => {
    const doc = parseDocument("/t.form", wrap(`  field a text when expression { label "A" }`));
    expect(doc.syntaxErrors.length).toBeGreaterThan(0);
  });

  it("formats both, and formatting twice changes nothing more", () => {
    const messy = wrap(`  field b yesno { label "B" }\n  field a   text   hidden   required when  expression   "%age < 18"  and (b = yes) { label "A" }`);
    const once = formatDocument(messy);
    if (!once.ok) throw new Error("not formatted");
    expect(once.text).toContain('  field a text hidden required when expression "%age < 18" and b = yes {');
    expect(formatDocument(once.text)).toEqual({ ok: true, text: once.text });
  });
});

describe("FHIR: export and import give the same form back", () => {
  const ws = workspaceWithPacks();
  const known = { knownServices: new Set(ws.index.services.keys()), knownAudiences: new Set(ws.index.audiences.keys()) };
  const trip = (text: string) => {
    const json = exportForm(formOf(text), ws.index) as { item: Array<Record<string, unknown>> };
    const prepared = prepareQuestionnaire(JSON.stringify(json), known);
    if (!prepared.ok) throw new Error(prepared.message);
    return { json, back: prepared.formText };
  };

  it("a hidden field is questionnaire-hidden; a lone expression is SDC's enableWhenExpression", () => {
    const { json, back } = trip(wrap(`  field age number hidden { label "Age" }\n  field why text required when expression "%age < 18" { label "Why" }`));
    expect(json.item[0].extension).toEqual([{ url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true }]);
    expect(json.item[1].extension).toEqual([{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression", valueExpression: { language: "text/fhirpath", expression: "%age < 18" } }]);
    expect(json.item[1].enableWhen).toBeUndefined();
    expect(back).toContain("field age number hidden {");
    expect(back).toContain('field why text required when expression "%age < 18" {');
  });

  it("an expression inside a larger condition goes, with the rest of it, to the formguard `when` extension", () => {
    const { json, back } = trip(wrap(`  field b yesno { label "B" }\n  field why text when b = yes or expression "%age < 18" { label "Why" }`));
    expect(json.item[1].extension).toEqual([{ url: "https://formguard.dev/fhir/StructureDefinition/when", valueString: 'b = yes or expression "%age < 18"' }]);
    expect(back).toContain('field why text when b = yes or expression "%age < 18" {');
  });
});

describe("checks", () => {
  it("an empty expression is told it says nothing", () => {
    const { diagnostics } = check(wrap(`  field a text when expression "  " { label "A" }`));
    const d = diagnostics.find((x) => x.ruleId === "invalid-condition-value")!;
    expect(d.message).toBe('Field `a` is shown when `expression ""`, which says nothing: write the FHIRPath expression that decides when it is shown, or remove the `when`.');
  });

  it("a hidden field with no label is not told it shows no question (it shows none by design)", () => {
    const { diagnostics } = check(wrap(`  field stamp datetime hidden\n  field shown text`));
    expect(diagnostics.filter((d) => d.ruleId === "missing-label").map((d) => d.message)).toEqual([expect.stringContaining("`shown`")]);
  });

  it("offers to show a hidden field that covers a required concept, but --fix never applies it", async () => {
    const text = `form ed "ED" {\n  service emergency-department\n  audience child\n  field accompanying_name text required hidden {\n    label "Accompanying adult's name"\n    covers accompanying-adult.name\n  }\n}\n`;
    const { diagnostics, ws, uri } = check(text);
    const d = diagnostics.find((x) => x.data?.kind === "hidden-field")!;
    expect(d.ruleId).toBe("cqc-dorset-2015/ed-accompanying-adult");
    const { fixesFor } = await import("../../fixes/index");
    const fixes = fixesFor(ws.get(uri)!, d, ws.index);
    expect(fixes.map((f) => [f.title, f.preferred])).toContainEqual(["Show `accompanying_name`: remove `hidden`", false]);
    const shown = applyEdits(text, fixes.find((f) => f.title.startsWith("Show"))!.edits);
    expect(shown).toContain("  field accompanying_name text required {\n");
    expect(check(shown).diagnostics.some((x) => x.data?.kind === "hidden-field")).toBe(false);
  });
});
