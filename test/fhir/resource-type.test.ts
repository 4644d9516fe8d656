/**
 * A file's own resourceType, not one inside it: a QuestionnaireResponse or a Bundle carries whole
 * Questionnaires, and a search for `"resourceType": "Questionnaire"` took them for one.
 */
import { describe, expect, it } from "vitest";
import { isQuestionnaireResource, mentionsQuestionnaire, topLevelResourceType } from "../../fhir/resource-type";

const q = { resourceType: "Questionnaire", id: "q", status: "draft", item: [{ linkId: "a", text: "A", type: "string" }] };
const bigContained = Array.from({ length: 900 }, (_, i) => ({ resourceType: "ValueSet", id: `vs${i}`, status: "active", description: "x".repeat(60) }));

describe("topLevelResourceType", () => {
  it.each([
    ["a Questionnaire", JSON.stringify(q, null, 2), "Questionnaire"],
    ["a QuestionnaireResponse with its Questionnaire contained, first", JSON.stringify({ contained: [q], resourceType: "QuestionnaireResponse", status: "completed" }), "QuestionnaireResponse"],
    ["a QuestionnaireResponse with its Questionnaire contained, after", JSON.stringify({ resourceType: "QuestionnaireResponse", contained: [q] }, null, 2), "QuestionnaireResponse"],
    ["a Bundle of Questionnaires", JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [{ resource: q }] }), "Bundle"],
    ["a Questionnaire whose resourceType comes after its contained ValueSets", JSON.stringify({ id: "q", contained: [{ resourceType: "ValueSet", id: "v" }], resourceType: "Questionnaire" }), "Questionnaire"],
    ["a key named resourceType inside a string", JSON.stringify({ title: '{"resourceType": "Questionnaire"} \\" }', resourceType: "Patient" }), "Patient"],
    ["escapes in the value", '{"resourceType": "Question\\u006eaire"}', "Questionnaire"],
    ["tabs, CRLF and a byte-order mark", '\uFEFF{\r\n\t"resourceType"\t:\r\n\t"Questionnaire"}', "Questionnaire"],
    ["an object with no resourceType of its own", JSON.stringify({ name: "x", nested: { resourceType: "Questionnaire" } }), undefined],
    ["an array of Questionnaires", JSON.stringify([q]), undefined],
    ["a resourceType that is not a string", '{"resourceType": 7}', undefined],
    ["text cut off before the resourceType", '{"id": "q", "contained": [{"resourceType": "Questionnaire", "title": "unfinish', undefined],
    ["a string never closed", '{"resourceType": "Questionn', undefined],
    ["not JSON at all", "form ed {\n}\n", undefined],
  ] as const)("%s", (_name, text, expected) => {
    expect(topLevelResourceType(text)).toBe(expected);
    expect(isQuestionnaireResource(text)).toBe(expected === "Questionnaire");
  });

  it("finds a resourceType that comes after 64 kB of contained resources", () => {
    const text = JSON.stringify({ id: "q", contained: bigContained, resourceType: "Questionnaire", status: "draft" });
    expect(text.length).toBeGreaterThan(64 * 1024);
    expect(isQuestionnaireResource(text)).toBe(true);
  });

  it("mentionsQuestionnaire still sees a Questionnaire held inside another resource (it guards files from being written over)", () => {
    expect(mentionsQuestionnaire(JSON.stringify({ resourceType: "QuestionnaireResponse", contained: [q] }))).toBe(true);
    expect(mentionsQuestionnaire(JSON.stringify({ resourceType: "QuestionnaireResponse" }))).toBe(false);
  });
});

describe("a bounded look", () => {
  it("reads no further than the limit: a resourceType after it is not found", () => {
    const text = JSON.stringify({ id: "q", padding: "x".repeat(2000), resourceType: "Questionnaire" });
    expect(isQuestionnaireResource(text)).toBe(true);
    expect(isQuestionnaireResource(text, 1000)).toBe(false);
    expect(isQuestionnaireResource(text, text.length)).toBe(true);
  });
});
