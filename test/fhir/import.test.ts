/** FHIR Questionnaire → form spec: the mapping, what is kept as comments, and that the result checks clean. */
import { describe, expect, it } from "vitest";
import { importQuestionnaire, toId } from "../../fhir/import";
import { questionnaire } from "../../fhir/schema";
import { checkText } from "../helpers";

const q = (items: unknown[], extra: Record<string, unknown> = {}) => questionnaire().parse({ resourceType: "Questionnaire", status: "active", name: "SocialHistory", title: "Social history", ...extra, item: items });
const imported = (items: unknown[], extra: Record<string, unknown> = {}) => importQuestionnaire(q(items, extra));
const ew = (question: string, operator: string, answer: Record<string, unknown>) => ({ question, operator, ...answer });

describe("import: items → sections and fields", () => {
  it.each([
    ["string", "text"],
    ["text", "longtext"],
    ["boolean", "yesno"],
    ["integer", "number"],
    ["decimal", "number"],
    ["date", "date"],
    ["dateTime", "datetime"],
    ["url", "text"],
  ])("a %s item becomes a %s field", (fhir, form) => {
    expect(imported([{ linkId: "x", text: "X", type: fhir }]).text).toContain(`field x ${form} {`);
  });

  it("choice → choice with options from valueCoding.display and valueString; repeats → multichoice", () => {
    const r = imported([
      { linkId: "rel", text: "Relationship", type: "choice", answerOption: [{ valueCoding: { code: "M", display: "Mother" } }, { valueString: "Father" }] },
      { linkId: "who", text: "Who lives at home", type: "open-choice", repeats: true, answerOption: [{ valueString: "Mother" }, { valueString: "Siblings" }] },
    ]);
    expect(r.text).toContain('field rel choice {\n    label "Relationship"\n    options "Mother", "Father"');
    expect(r.text).toContain("// open-choice: answers other than the options are allowed\n  field who multichoice {");
  });

  it("groups become sections, display items become note comments, required stays required", () => {
    const r = imported([{ linkId: "arrival", text: "Arrival", type: "group", item: [{ linkId: "intro", type: "display", text: "Ask the adult, not the child." }, { linkId: "name", text: "Name", type: "string", required: true }] }]);
    expect(r.text).toContain('section arrival "Arrival" {\n    // note: Ask the adult, not the child.\n    field name text required {');
  });

  it("linkIds become valid ids, collisions are resolved, and the original is kept in a comment", () => {
    const r = imported([
      { linkId: "1.1", text: "A", type: "string" },
      { linkId: "Q/1.1", text: "B", type: "string" },
      { linkId: "q_1_1", text: "C", type: "string" },
    ]);
    expect(r.text).toContain('// linkId "1.1"\n  field q_1_1 text');
    expect(r.text).toContain('// linkId "Q/1.1"\n  field q_1_1_2 text');
    expect(r.text).toContain("field q_1_1_3 text");
    expect([...r.fieldPointers]).toEqual([["q_1_1", "/item/0"], ["q_1_1_2", "/item/1"], ["q_1_1_3", "/item/2"]]);
    expect(toId("DNWFollowUp")).toBe("dnwfollow_up");
  });

  it("item.code in the formguard concept system becomes covers; other codes stay as comments", () => {
    const r = imported([{ linkId: "carer", text: "Caring responsibilities?", type: "boolean", code: [{ system: "https://formguard.dev/concepts", code: "caring-responsibilities" }, { system: "http://snomed.info/sct", code: "224130005", display: "Household composition" }] }]);
    expect(r.text).toContain('// code http://snomed.info/sct|224130005 "Household composition"');
    expect(r.text).toContain("covers caring-responsibilities");
  });

  it.each([
    [[ew("a", "=", { answerBoolean: true })], undefined, "when a = yes"],
    [[ew("a", "!=", { answerBoolean: false })], undefined, "when a != no"],
    [[ew("a", "exists", { answerBoolean: true })], undefined, "when a answered"],
    [[ew("a", "exists", { answerBoolean: false })], undefined, "when not a answered"],
    [[ew("n", ">=", { answerInteger: 3 })], undefined, "when n >= 3"],
    [[ew("n", "<", { answerDecimal: 2.5 })], undefined, "when n < 2.5"],
    [[ew("n", "<=", { answerInteger: 1 })], undefined, "when n <= 1"],
    [[ew("n", ">", { answerInteger: 1 })], undefined, "when n > 1"],
    [[ew("c", "=", { answerCoding: { code: "M" } })], undefined, 'when c = "Mother"'],
    [[ew("c", "!=", { answerString: "Father" })], undefined, 'when c != "Father"'],
    [[ew("a", "=", { answerBoolean: true }), ew("n", ">", { answerInteger: 2 })], "any", "when a = yes or n > 2"],
    [[ew("a", "=", { answerBoolean: true }), ew("n", ">", { answerInteger: 2 })], "all", "when a = yes and n > 2"],
  ])("enableWhen %j (%s) becomes `%s`", (enableWhen, enableBehavior, expected) => {
    const r = imported([
      { linkId: "a", text: "A", type: "boolean" },
      { linkId: "n", text: "N", type: "integer" },
      { linkId: "c", text: "C", type: "choice", answerOption: [{ valueCoding: { code: "M", display: "Mother" } }, { valueCoding: { code: "F", display: "Father" } }] },
      { linkId: "x", text: "X", type: "string", enableWhen, ...(enableBehavior ? { enableBehavior } : {}) },
    ]);
    expect(r.text).toContain(`field x text ${expected} {`);
    expect(r.notes).toEqual([]);
  });

  it("a group's enableWhen applies to every field in it", () => {
    const r = imported([{ linkId: "kids", text: "Children?", type: "boolean" }, { linkId: "g", type: "group", enableWhen: [ew("kids", "=", { answerBoolean: true })], item: [{ linkId: "names", text: "Names", type: "text", enableWhen: [ew("kids", "exists", { answerBoolean: true })] }] }]);
    expect(r.text).toContain("field names longtext when kids = yes and kids answered {");
  });

  it("keeps what it cannot express as comments, and reports each as an info note with its JSON pointer", () => {
    const r = imported([
      { linkId: "score", text: "Score", type: "integer", extension: [{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression", valueExpression: { language: "text/fhirpath", expression: "%a + %b" } }] },
      { linkId: "why", text: "Why", type: "string", extension: [{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression", valueExpression: { language: "text/fhirpath", expression: "%score > 3" } }] },
      { linkId: "vs", text: "Ethnicity", type: "choice", answerValueSet: "http://example.org/ValueSet/ethnicity" },
      { linkId: "other", text: "Other", type: "string", extension: [{ url: "http://example.org/unknown", valueString: "x" }] },
    ]);
    expect(r.text).toContain("// extension sdc-questionnaire-calculatedExpression: %a + %b");
    expect(r.text).toContain('// extension http://example.org/unknown: "x"');
    expect(r.notes.map((n) => [n.level, n.pointer])).toEqual([
      ["info", "/item/2/answerValueSet"],
      ["info", "/item/0/extension/0"],
      ["info", "/item/3/extension/0"],
    ]);
    expect(r.notes[1].message).toContain("calculatedExpression");
  });

  it("reads an enableWhenExpression into the field's condition, so the field stays conditional", () => {
    const exprExt = (expression: unknown) => ({ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression", valueExpression: { language: "text/fhirpath", expression } });
    const r = imported([
      { linkId: "kids", text: "Children?", type: "boolean" },
      { linkId: "why", text: "Why", type: "string", required: true, extension: [exprExt("%score > 3 and\n  %resource.item.where(linkId = 'x').answer.value = \"y\"")] },
      { linkId: "g", type: "group", extension: [exprExt("%age < 18")], item: [{ linkId: "names", text: "Names", type: "text", enableWhen: [ew("kids", "=", { answerBoolean: true })] }] },
      { linkId: "bad", text: "Bad", type: "string", extension: [{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression", valueExpression: { language: "text/fhirpath" } }] },
    ]);
    // Kept exactly (line breaks and quotes escaped), not as a comment beside a field always shown.
    expect(r.text).toContain('field why text required when expression "%score > 3 and\\n  %resource.item.where(linkId = \'x\').answer.value = \\"y\\"" {');
    expect(r.text).not.toContain("// extension sdc-questionnaire-enableWhenExpression: %score");
    // A group's expression applies to each field in it, with the field's own enableWhen.
    expect(r.text).toContain('field names longtext when expression "%age < 18" and kids = yes {');
    // Beside a formguard `when` extension (someone edited an exported form), both are kept.
    const both = imported([
      { linkId: "kids", text: "Children?", type: "boolean" },
      { linkId: "w", text: "W", type: "string", extension: [{ url: "https://formguard.dev/fhir/StructureDefinition/when", valueString: "kids = yes or kids answered" }, exprExt("%age < 18")] },
    ]);
    expect(both.text).toContain('field w text when (kids = yes or kids answered) and expression "%age < 18" {');
    // No expression to read: a comment and a note, as before.
    expect(r.text).toContain("field bad text {");
    expect(r.notes.map((n) => n.pointer)).toEqual(["/item/3/extension/0"]);
  });

  it("writes an item the Questionnaire hides (questionnaire-hidden, on it or its group) as a `hidden` field", () => {
    const hiddenExt = { url: "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", valueBoolean: true };
    const r = imported([
      { linkId: "age", text: "Age", type: "integer", extension: [hiddenExt] },
      { linkId: "g", type: "group", text: "Record", extension: [hiddenExt], item: [{ linkId: "visit", text: "Visit date", type: "date", required: true }] },
      { linkId: "shown", text: "Shown", type: "string", extension: [{ ...hiddenExt, valueBoolean: false }] },
    ]);
    expect(r.text).toContain("field age number hidden {");
    expect(r.text).toContain("field visit date required hidden {");
    expect(r.text).toContain("field shown text {");
    expect(r.text).toContain("// hidden: never shown to the person completing the form, nor is anything in this group");
  });

  it("takes service and audiences from useContext, else from the options given", () => {
    const ctx = (code: string, system: string, value: string) => ({ code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code }, valueCodeableConcept: { coding: [{ system, code: value }] } });
    const own = imported([{ linkId: "a", text: "A", type: "string" }], { useContext: [ctx("program", "https://formguard.dev/services", "emergency-department"), ctx("focus", "https://formguard.dev/audiences", "child")] });
    expect(own.text).toContain("service emergency-department\n  audience child");
    expect(own.serviceFrom).toBe("questionnaire");
    const given = importQuestionnaire(q([{ linkId: "a", text: "A", type: "string" }]), { service: "substance-misuse", audiences: ["adult", "parent"] });
    expect(given.text).toContain("service substance-misuse\n  audience adult, parent");
    expect(given.serviceFrom).toBe("options");
  });

  it("produces a form that parses and passes the built-in checks when the Questionnaire is sound", () => {
    const r = importQuestionnaire(
      q([
        { linkId: "arrival", text: "Arrival", type: "group", item: [{ linkId: "who", text: "Name of the adult accompanying the child", type: "string", required: true }, { linkId: "rel", text: "Relationship", type: "choice", answerOption: [{ valueString: "Mother" }, { valueString: "Other" }] }, { linkId: "rel-other", text: "Other relationship", type: "string", enableWhen: [ew("rel", "=", { answerString: "Other" })] }] },
      ],
      { version: "2", publisher: "Trust" }),
      { service: "emergency-department", audiences: ["child"] },
    );
    const result = checkText(r.text, { uri: "/test/imported.form" });
    expect(result.diagnostics.filter((d) => !d.ruleId.includes("/") && d.level !== "info")).toEqual([]);
  });
});
