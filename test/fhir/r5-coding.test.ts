/**
 * FHIR R5 has one item type for answers from a list, `coding`, where R4 has choice and
 * open-choice; `answerConstraint` says whether other answers are allowed. An R5 Questionnaire
 * was refused ("expected one of … not coding … its questions cannot be checked"): its questions
 * are now read as R4's, with one note saying so. The Questionnaire here is written for the test,
 * in the shape of the R5 examples in LHC-Forms' test data (not copied: their licence is LHNCBC's own).
 */
import { describe, expect, it } from "vitest";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";

const CODES = [
  { valueCoding: { system: "http://snomed.info/sct", code: "72705000", display: "Mother" } },
  { valueCoding: { system: "http://snomed.info/sct", code: "66839005", display: "Father" } },
  { valueCoding: { system: "http://snomed.info/sct", code: "394921008", display: "Unaccompanied" } },
];
const R5 = {
  resourceType: "Questionnaire",
  status: "draft",
  name: "EdRegistration",
  title: "Emergency department registration",
  item: [
    { linkId: "came", text: "Did anyone come with the child today?", type: "boolean" },
    { linkId: "rel", text: "Relationship of the accompanying adult to the child", type: "coding", required: true, answerOption: CODES, enableWhen: [{ question: "came", operator: "=", answerBoolean: true }] },
    { linkId: "rel-other", text: "Other people with the child", type: "coding", repeats: true, answerConstraint: "optionsOrString", answerOption: CODES },
    { linkId: "name", text: "Full name of the adult", type: "string", enableWhen: [{ question: "rel", operator: "=", answerCoding: { system: "http://snomed.info/sct", code: "72705000" } }] },
    { linkId: "lookup", text: "Ethnicity", type: "coding", answerValueSet: "http://example.org/ValueSet/ethnicity" },
  ],
};

function prepared() {
  const p = prepareQuestionnaire(JSON.stringify(R5, null, 2));
  if (!p.ok) throw new Error(p.message);
  return p;
}

describe("an R5 Questionnaire's coding items", () => {
  it("are read, not refused: no fhir-schema error, and one note for the Questionnaire naming them", () => {
    const p = prepared();
    expect(p.diagnostics.filter((d) => d.ruleId === "fhir-schema")).toEqual([]);
    const notes = p.diagnostics.filter((d) => d.message.includes("type coding"));
    expect(notes.map((d) => [d.ruleId, d.level, d.message, d.range.start.line])).toEqual([
      ["fhir-not-imported", "info", "3 items (`rel`, `rel-other`, `lookup`) have the type coding, FHIR R5's item for answers from a list: read as R4's choice, or open-choice where its answerConstraint allows other answers.", 0],
    ]);
  });

  it("become choice fields with their options; repeating ones multichoice; optionsOrString says other answers are allowed", () => {
    const text = prepared().formText;
    expect(text).toContain('  field rel choice required when came = yes {\n    label "Relationship of the accompanying adult to the child"\n    options "Mother", "Father", "Unaccompanied"\n  }');
    expect(text).toContain('  // open-choice: answers other than the options are allowed\n  field rel-other multichoice {\n    label "Other people with the child"\n    options "Mother", "Father", "Unaccompanied"\n  }');
    // Without an answerConstraint R5 means optionsOnly.
    expect(text.match(/open-choice/g)).toHaveLength(1);
  });

  it("answer conditions as choices do: answerCoding matched to the option it codes", () => {
    expect(prepared().formText).toMatch(/field name text when rel = "Mother" \{/);
  });

  it("take answers from a value set formguard does not fetch as free text, said as for R4's choice", () => {
    const p = prepared();
    expect(p.formText).toContain("field lookup text {");
    expect(p.diagnostics.some((d) => d.message === "Item `lookup` takes its answers from the value set http://example.org/ValueSet/ethnicity, which formguard does not fetch: it is imported as a free-text field.")).toBe(true);
  });

  it("may list answers (R5's que-5 names coding where R4's names choice)", () => {
    expect(prepared().diagnostics.filter((d) => d.ruleId === "fhir-que-5")).toEqual([]);
  });
});
