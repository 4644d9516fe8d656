/**
 * An enableWhen on an item the Questionnaire does not hold, kept as FHIRPath (`expression "…"`)
 * so the field stays conditional: the expression for each kind of answer, and what it does to a
 * requirement when such a field is the only one asking it.
 */
import { describe, expect, it } from "vitest";
import { enableWhenAsFhirPath } from "../../fhir/enablewhen-fhirpath";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import type { EnableWhen } from "../../fhir/schema";

const at = "%resource.repeat(item).where(linkId='age').answer";

describe("enableWhenAsFhirPath", () => {
  it.each<[Partial<EnableWhen>, string]>([
    [{ operator: "exists", answerBoolean: true }, `${at}.exists()`],
    [{ operator: "exists", answerBoolean: false }, `${at}.empty()`],
    [{ operator: "<=", answerInteger: 12 }, `${at}.value <= 12`],
    [{ operator: ">", answerDecimal: 2.5 }, `${at}.value > 2.5`],
    [{ operator: "=", answerBoolean: true }, `${at}.value = true`],
    [{ operator: "!=", answerString: "it's \\ \"here\"" }, `${at}.value != 'it\\'s \\\\ "here"'`],
    [{ operator: ">=", answerDate: "2020-01-31" }, `${at}.value >= @2020-01-31`],
    [{ operator: "=", answerDateTime: "2020-01-31T10:00:00Z" }, `${at}.value = @2020-01-31T10:00:00Z`],
    [{ operator: "<", answerTime: "10:00:00" }, `${at}.value < @T10:00:00`],
    [{ operator: "=", answerCoding: { system: "http://snomed.info/sct", code: "373066001" } }, `${at}.value.code = '373066001'`],
    [{ operator: "=", answerQuantity: { value: 3 } } as Partial<EnableWhen>, `${at}.exists()`],
  ])("%j", (ew, expected) => {
    expect(enableWhenAsFhirPath({ question: "age", ...ew } as EnableWhen)).toBe(expected);
  });

  it("escapes a linkId's quote", () => {
    expect(enableWhenAsFhirPath({ question: "o'clock", operator: "exists", answerBoolean: true } as EnableWhen)).toBe("%resource.repeat(item).where(linkId='o\\'clock').answer.exists()");
  });
});

describe("an item enabled by an item that is not there", () => {
  const q = (extension: unknown[]) =>
    JSON.stringify({
      resourceType: "Questionnaire",
      status: "draft",
      extension,
      item: [{ linkId: "name", text: "Full name of the adult accompanying the child", type: "string", required: true, code: [{ system: "https://formguard.dev/concepts", code: "accompanying-adult.name" }], enableWhen: [{ question: "age", operator: "<", answerInteger: 18 }] }],
    });
  const module = [{ url: "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-assemble-expectation", valueCode: "assemble-child" }];

  it.each([
    ["in a module (assemble-child)", module],
    ["in a whole Questionnaire (a mistyped linkId)", []],
  ])("%s is imported as conditional, never as always asked", (_name, extension) => {
    const prepared = prepareQuestionnaire(q(extension), { knownServices: new Set(), knownAudiences: new Set() });
    if (!prepared.ok) throw new Error(prepared.message);
    expect(prepared.formText).toContain(`field name text required when expression "%resource.repeat(item).where(linkId='age').answer.value < 18" {`);
  });
});
