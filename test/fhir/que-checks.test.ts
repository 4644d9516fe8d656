/**
 * que-1 … que-14 and the enableWhen checks: each has a Questionnaire that breaks it and one
 * that keeps it, and every finding points at the line of the offending item's linkId.
 */
import { describe, expect, it } from "vitest";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { lineOf } from "../helpers";

type Item = Record<string, unknown>;
const q = (items: Item[]) => JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: items }, null, 2);
const str = (linkId: string, extra: Item = {}) => ({ linkId, text: linkId, type: "string", ...extra });
const choice = (linkId: string, extra: Item = {}) => ({ linkId, text: linkId, type: "choice", answerOption: [{ valueString: "A" }, { valueString: "B" }], ...extra });
const ANSWER_CONSTRAINT = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Questionnaire.item.answerConstraint";

/** rule → [the item that breaks it (linkId "bad"), items that keep it] */
const CASES: Array<{ rule: string; level: "error" | "warning"; invalid: Item[]; valid: Item[] }> = [
  { rule: "fhir-que-1", level: "error", invalid: [{ linkId: "bad", text: "Empty group", type: "group" }], valid: [{ linkId: "g", type: "group", item: [str("a")] }] },
  { rule: "fhir-que-1", level: "error", invalid: [{ linkId: "bad", text: "Note", type: "display", item: [str("a")] }], valid: [{ linkId: "d", text: "Note", type: "display" }] },
  { rule: "fhir-que-2", level: "error", invalid: [str("first"), { linkId: "g", type: "group", item: [{ ...str("first"), linkId: "bad" }, str("bad")] }], valid: [str("a"), { linkId: "g", type: "group", item: [str("b")] }] },
  { rule: "fhir-que-3", level: "error", invalid: [{ linkId: "bad", text: "Note", type: "display", code: [{ system: "http://loinc.org", code: "1-8" }] }], valid: [str("a", { code: [{ system: "http://loinc.org", code: "1-8" }] })] },
  { rule: "fhir-que-4", level: "error", invalid: [choice("bad", { answerValueSet: "http://example.org/vs" })], valid: [choice("a"), { linkId: "b", text: "b", type: "choice", answerValueSet: "http://example.org/vs" }] },
  { rule: "fhir-que-5", level: "error", invalid: [{ linkId: "bad", text: "Yes?", type: "boolean", answerOption: [{ valueString: "Yes" }] }], valid: [choice("a"), str("b", { answerOption: [{ valueString: "x" }] })] },
  { rule: "fhir-que-6", level: "error", invalid: [{ linkId: "bad", text: "Note", type: "display", required: true }], valid: [str("a", { required: true, repeats: true })] },
  { rule: "fhir-que-7", level: "error", invalid: [str("a"), str("bad", { enableWhen: [{ question: "a", operator: "exists", answerString: "yes" }] })], valid: [str("a"), str("b", { enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }] })] },
  { rule: "fhir-que-8", level: "error", invalid: [{ linkId: "bad", type: "group", initial: [{ valueString: "x" }], item: [str("a")] }], valid: [str("a", { initial: [{ valueString: "x" }] })] },
  { rule: "fhir-que-9", level: "error", invalid: [{ linkId: "bad", text: "Note", type: "display", readOnly: true }], valid: [str("a", { readOnly: true })] },
  { rule: "fhir-que-10", level: "error", invalid: [{ linkId: "bad", text: "When?", type: "date", maxLength: 10 }], valid: [str("a", { maxLength: 10 }), { linkId: "b", text: "b", type: "text", maxLength: 200 }] },
  { rule: "fhir-que-11", level: "error", invalid: [choice("bad", { initial: [{ valueString: "A" }] })], valid: [choice("a", { answerOption: [{ valueString: "A", initialSelected: true }] })] },
  {
    rule: "fhir-que-12",
    level: "error",
    invalid: [str("a"), str("b"), str("bad", { enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }, { question: "b", operator: "exists", answerBoolean: true }] })],
    valid: [str("a"), str("b"), str("c", { enableBehavior: "any", enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }, { question: "b", operator: "exists", answerBoolean: true }] })],
  },
  { rule: "fhir-que-13", level: "error", invalid: [str("bad", { initial: [{ valueString: "x" }, { valueString: "y" }] })], valid: [str("a", { repeats: true, initial: [{ valueString: "x" }, { valueString: "y" }] })] },
  { rule: "fhir-que-14", level: "warning", invalid: [str("bad", { extension: [{ url: ANSWER_CONSTRAINT, valueCode: "optionsOrString" }] })], valid: [choice("a", { extension: [{ url: ANSWER_CONSTRAINT, valueCode: "optionsOrString" }] })] },
  { rule: "fhir-enablewhen-unknown-item", level: "error", invalid: [str("a"), str("bad", { enableWhen: [{ question: "nowhere", operator: "exists", answerBoolean: true }] })], valid: [str("a"), str("b", { enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }] })] },
  { rule: "fhir-enablewhen-self-or-child", level: "error", invalid: [str("bad", { enableWhen: [{ question: "bad", operator: "exists", answerBoolean: true }] })], valid: [str("a"), str("b", { enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }] })] },
  {
    rule: "fhir-enablewhen-self-or-child",
    level: "error",
    invalid: [{ linkId: "bad", text: "Group", type: "group", enableWhen: [{ question: "inner", operator: "exists", answerBoolean: true }], item: [str("inner")] }],
    valid: [str("outer"), { linkId: "g", text: "Group", type: "group", enableWhen: [{ question: "outer", operator: "exists", answerBoolean: true }], item: [str("inner")] }],
  },
  { rule: "fhir-enablewhen-later-item", level: "warning", invalid: [str("bad", { enableWhen: [{ question: "later", operator: "exists", answerBoolean: true }] }), str("later")], valid: [str("earlier"), str("b", { enableWhen: [{ question: "earlier", operator: "exists", answerBoolean: true }] })] },
];

function findings(text: string, rule: string) {
  const p = prepareQuestionnaire(text);
  if (!p.ok) throw new Error(p.message);
  return p.diagnostics.filter((d) => d.ruleId === rule);
}

describe("FHIR Questionnaire invariants", () => {
  it.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))("%s is reported on the offending item's linkId line", (_name, c) => {
    const text = q(c.invalid);
    const found = findings(text, c.rule);
    expect(found).toHaveLength(1);
    expect(found[0].level).toBe(c.level);
    expect(found[0].message).toContain("`bad`");
    // que-2 reports the repeat, which is the second "bad" linkId in the text.
    const occurrence = c.rule === "fhir-que-2" ? 2 : 1;
    expect(found[0].range.start.line + 1).toBe(lineOf(text, `"linkId": "bad"`, occurrence));
    expect(found[0].range.start.character).toBe(text.split("\n")[found[0].range.start.line].indexOf(`"linkId"`));
  });

  it.each(CASES.map((c, i) => [`${c.rule} #${i}`, c] as const))("%s is quiet on a Questionnaire that keeps it", (_name, c) => {
    expect(findings(q(c.valid), c.rule)).toEqual([]);
  });

  it.each([
    [{ required: true }, 'Display item `bad` has "required": true: a display item may not state required or repeats at all (que-6). Remove "required".'],
    // A real Questionnaire (AEHRC's assembled 715 health check) writes this: the invariant still fails, and the message says why.
    [{ repeats: false }, 'Display item `bad` has "repeats": false: a display item may not state required or repeats at all, not even as false (que-6). Remove "repeats".'],
    // WHO's EmCare Questionnaires write `"readOnly": false` on display items.
    [{ readOnly: false }, 'Display item `bad` has "readOnly": false: a display item may not state readOnly at all, not even as false (que-9). Remove "readOnly".'],
  ])("que-6 and que-9 name the property and its value as written (%j)", (extra, message) => {
    const found = findings(q([{ linkId: "bad", text: "Note", type: "display", ...extra }]), "readOnly" in extra ? "fhir-que-9" : "fhir-que-6");
    expect(found.map((d) => d.message)).toEqual([message]);
  });

  const after = (question: string) => ({ enableWhen: [{ question, operator: "exists", answerBoolean: true }] });
  const ext = (url: string, value: Item) => ({ extension: [{ url, ...value }] });
  const SDC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-";
  it.each([
    ["typed in where it sits", str("later"), "warning"],
    ["given a default the user may change (initial)", str("later", { initial: [{ valueString: "x" }] }), "warning"],
    ["pre-populated from the record (initialExpression)", str("later", ext(`${SDC}initialExpression`, { valueExpression: { language: "text/fhirpath", expression: "%patient.name" } })), undefined],
    ["calculated (calculatedExpression)", str("later", ext(`${SDC}calculatedExpression`, { valueExpression: { language: "text/fhirpath", expression: "1 + 1" } })), undefined],
    ["hidden, carrying a value", str("later", ext("http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", { valueBoolean: true })), undefined],
    ["marked not hidden", str("later", ext("http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", { valueBoolean: false })), "warning"],
  ] as const)("an item enabled by a later one %s", (_how, later, level) => {
    const found = findings(q([str("bad", after("later")), later]), "fhir-enablewhen-later-item");
    expect(found.map((d) => d.level)).toEqual(level ? [level] : []);
  });

  it("a display item shown by a later answer asks nothing, so it is an info saying what can still go wrong", () => {
    const found = findings(q([{ linkId: "bad", text: "Complete", type: "display", ...after("later") }, { linkId: "later", text: "Mark section as complete", type: "boolean" }]), "fhir-enablewhen-later-item");
    expect(found.map((d) => [d.level, d.message])).toEqual([
      ["info", "Display item `bad` is shown by `later`, which comes after it: nothing is asked here, so no question is skipped, but text that appears above where someone is filling in can go unseen. If they must read it at that point, move it after `later`."],
    ]);
  });

  it("que-12 follows the human text (more than one enableWhen), not R4's off-by-one expression", () => {
    const two = q([str("a"), str("b"), str("c", { enableWhen: [{ question: "a", operator: "exists", answerBoolean: true }, { question: "b", operator: "exists", answerBoolean: true }] })]);
    expect(findings(two, "fhir-que-12")).toHaveLength(1);
  });
});
