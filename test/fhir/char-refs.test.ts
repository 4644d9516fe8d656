/**
 * HTML character references in a Questionnaire's text are decoded on import. No public
 * Questionnaire with them was found in the search index (see test/fixtures/fhir/real/SOURCES.md),
 * so the Questionnaire here is constructed, with labels written the way HTML-first tools leave them.
 */
import { describe, expect, it } from "vitest";
import { decodeCharRefs } from "../../fhir/char-refs";
import { importQuestionnaire } from "../../fhir/import";
import type { Questionnaire } from "../../fhir/schema";

describe("character references", () => {
  it.each([
    ["Child&#8217;s name", "Child’s name"],
    ["Child&#x2019;s name", "Child’s name"],
    ["Drugs &amp; alcohol", "Drugs & alcohol"],
    ["Seen&nbsp;alone?", "Seen alone?"],
    ["&lt;18 years", "<18 years"],
    ["A&E attendances", "A&E attendances"],
    ["&unknownname; stays", "&unknownname; stays"],
    ["&#0; and &#xD800; stay", "&#0; and &#xD800; stay"],
  ])("%j → %j", (raw, decoded) => {
    expect(decodeCharRefs(raw)).toBe(decoded);
  });

  it("are decoded in imported labels, options and section titles", () => {
    const q = {
      resourceType: "Questionnaire",
      status: "draft",
      item: [
        {
          linkId: "g",
          type: "group",
          text: "Parent&#8217;s details",
          item: [{ linkId: "rel", type: "choice", text: "Relationship to the child&#8217;s carer", answerOption: [{ valueString: "Mother &amp; father" }] }],
        },
      ],
    } as unknown as Questionnaire;
    const { text } = importQuestionnaire(q);
    expect(text).toContain('section g "Parent’s details"');
    expect(text).toContain('label "Relationship to the child’s carer"');
    expect(text).toContain('options "Mother & father"');
    expect(text).not.toMatch(/&#\d+;|&amp;/);
  });
});
