/**
 * Every rule of the shipped pack, RuleTester style, with cases generated from the rule itself:
 *
 * - valid: a minimal form of a kind the rule's `applies` selects, with a field meeting each
 *   `require` (the concept's suggested type, `required`, `shown when`, look-back, type);
 * - invalid, per requirement: that field (or header property) left out → one "missing prompt"
 *   on the form header (line 1);
 * - invalid, per `required` requirement: the field made optional → one finding on the field;
 * - invalid, per constraint: a 6-month look-back, a type outside the allowed ones.
 *
 * Expected levels and citations are the rule's own here; test/pack/inventory.test.ts pins those
 * to REQUIREMENTS.md. The hand-written edge cases are in rule-edge-cases.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Constraint } from "../../language/ast";
import { compiledRules, type CompiledRule } from "../../rules/rule-set";
import {
  compliantForm,
  controllingConcepts,
  renderForm,
  withField,
  withoutRequirement,
  type ExampleForm,
} from "../../report/rule-docs/example-forms";
import { lineOf, workspaceWithPacks } from "../helpers";
import { checkFixture, ruleTester, type InvalidCase, type RuleCases } from "./rule-tester";

const index = workspaceWithPacks().index;
const rules = compiledRules(index).filter((r) => r.pack === "cqc-dorset-2015");

/** Column of a field's id on its `  field ID` line. */
const FIELD_NAME_COLUMN = "  field ".length + 1;
/** Column of the form's id on `form ID`. */
const FORM_NAME_COLUMN = "form ".length + 1;

function generatedCases(rule: CompiledRule): RuleCases {
  const base = compliantForm(rule, index);
  const invalid: InvalidCase[] = [];
  const expected = { level: rule.level, citations: rule.citations };
  const controlling = controllingConcepts(rule);

  rule.decl.requires.forEach((req, i) => {
    const what = req.header ? `header ${req.header.map((h) => h.text).join(", ")}` : req.concepts.map((c) => c.text).join(" / ");
    // Leaving out a concept another requirement's `shown when` tests breaks both; the
    // hand-written cases cover that.
    if (!req.header && controlling.has(req.concepts[0].text)) return;
    const dropped = renderForm(withoutRequirement(base, rule, i)).text;
    invalid.push({
      name: `without ${what}`,
      code: dropped,
      errors: req.header
        ? req.header.map((h) => ({ ...expected, line: 1, column: FORM_NAME_COLUMN, kind: "missing-header", message: `does not declare its ${h.text}` }))
        : [{ ...expected, line: 1, column: 1, kind: "missing-concept", message: ["Missing prompt", `(${req.concepts[0].text})`] }],
    });
    if (req.header) return;

    const field = base.fields.find((f) => f.requirement === i)!;
    const fieldLine = renderForm(base).fieldLines.get(field.id)!;
    if (req.required) {
      invalid.push({
        name: `${what} present but optional`,
        code: renderForm(withField(base, field.id, { required: false })).text,
        errors: [{ ...expected, line: fieldLine, column: FIELD_NAME_COLUMN, kind: "make-required", message: [`\`${field.id}\``, "optional"] }],
      });
    }
    for (const c of req.constraints) {
      const broken = brokenBy(c, base, field.id);
      if (!broken) continue;
      const code = renderForm(broken.form).text;
      invalid.push({ name: `${what} ${broken.name}`, code, errors: [{ ...expected, line: broken.line(code, fieldLine), kind: c.kind, message: `\`${field.id}\`` }] });
    }
  });
  return { valid: [{ name: "minimal compliant form", code: renderForm(base).text }], invalid };
}

function brokenBy(c: Constraint, base: ExampleForm, id: string) {
  switch (c.kind) {
    case "lookback":
      return { name: "looking back 6 months", form: withField(base, id, { lookback: "6 months" }), line: (code: string) => lineOf(code, "lookback 6 months") };
    case "type": {
      const allowed = c.types.map((t) => t.text);
      const type = allowed.includes("text") ? "number" : "text";
      return { name: `typed ${type}`, form: withField(base, id, { type, options: [] }), line: (_: string, fieldLine: number) => fieldLine };
    }
    case "options-include":
      return undefined;
  }
}

describe("the generated fixtures", () => {
  it("cover all 119 rules of the pack", () => {
    expect(rules).toHaveLength(119);
  });

  it.each(rules.map((r) => [r.id, r] as [string, CompiledRule]))("%s: its minimal form is well-formed (no syntax or built-in findings)", (_, rule) => {
    const { diagnostics } = checkFixture(renderForm(compliantForm(rule, index)).text);
    expect(diagnostics.filter((d) => !d.ruleId.includes("/")).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as [string, CompiledRule]))("%s: has at least one valid and one invalid case", (_, rule) => {
    const cases = generatedCases(rule);
    expect(cases.valid.length).toBeGreaterThan(0);
    expect(cases.invalid.length).toBeGreaterThan(0);
  });
});

for (const rule of rules) ruleTester(rule.name, generatedCases(rule));
