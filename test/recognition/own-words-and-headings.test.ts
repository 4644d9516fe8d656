/**
 * Round 12: an answer asked for in the child's own words is the child's voice (own-words.ts), and a
 * section whose heading names what it asks, over fields that say nothing of it, is asked by its
 * first field (section-topic.ts).
 */
import { describe, expect, it } from "vitest";
import { ownWordsOf } from "../../rules/recognition/own-words";
import { checkText, formText, missingConceptsIn } from "../helpers";

describe("whose own words a label asks for", () => {
  it.each([
    ["In the young person's own words: what do they want from today?", undefined, "child"],
    ["The child's views, in their own words", undefined, "child"],
    ["What I want professionals to know about my health (in my own words)", "child", "child"],
    ["What I want professionals to know about my health (in my own words)", undefined, undefined],
    ["YP's view of their risks (own words)", "child", "child"],
    ["Parent's concerns, in the parent's own words", "child", undefined],
    ["Describe the injury", "child", undefined],
  ])("%s (form about %s) → %s", (label, subject, whose) => {
    expect(ownWordsOf(label as string, subject as string | undefined)).toBe(whose);
  });

  it("on a care leaver's own summary, \"… (in my own words)\" records the young person's voice", () => {
    const header = "service care-leaver-health-summary\n  audience young-person";
    const views = `  section v "What I think" {\n    field my_views longtext { label "What I want professionals to know about my health, and what would help me (in my own words)" }\n  }`;
    expect(missingConceptsIn(formText(header, ""), { infer: true })).toContain("voice-of-child");
    expect(missingConceptsIn(formText(header, views), { infer: true })).not.toContain("voice-of-child");
  });
});

describe("a section whose heading names what it asks", () => {
  const header = "service care-leaver-health-summary\n  audience young-person";
  const history = `  section h "My health history" {\n    field imms longtext { label "Immunisations I have had, with dates" }\n    field blood text { label "My blood group (if known)" }\n    field ops longtext { label "Illnesses, operations or hospital stays when I was a child" }\n  }`;

  it("is asked by its first field when none of its fields says what it asks", () => {
    expect(missingConceptsIn(formText(header, ""), { infer: true })).toContain("health-history.summary");
    expect(missingConceptsIn(formText(header, history), { infer: true })).not.toContain("health-history.summary");
    const d = checkText(formText(header, history), { infer: true }).diagnostics.find((x) => x.data?.kind === "recognised-concept" && x.data.concept === "health-history.summary");
    expect(d?.data).toMatchObject({ field: "imms", source: "label+group" });
    expect(d?.message).toContain("whose heading names what it asks");
  });

  it("is not, when a field there counts as something on the form: that field says what the section asks", () => {
    const mixed = `  section h "My health history" {\n    field follow longtext { label "Who will follow up your health needs after you leave care?" }\n    field imms longtext { label "Immunisations I have had, with dates" }\n  }`;
    const missing = missingConceptsIn(formText(header, mixed), { infer: true });
    expect(missing).not.toContain("leaving-care.follow-up");
    expect(missing).toContain("health-history.summary");
  });

  it("never overrides a field's own reading: a field read as a concept the form does not need keeps it", () => {
    const dentist = `  section h "My health history" {\n    field dentist yesno { label "Are you registered with a dentist?" }\n  }`;
    expect(missingConceptsIn(formText(header, dentist), { infer: true })).toContain("health-history.summary");
  });

  it("is asked by its first unread field when another field there is read as a concept this form does not need", () => {
    const numbered = `  section h "2. Your health history" {\n    field imms longtext { label "2.1 Your immunisations (with dates)" }\n    field family longtext { label "2.4 Your birth family's health history" }\n  }`;
    expect(missingConceptsIn(formText(header, numbered), { infer: true })).not.toContain("health-history.summary");
  });

  it("is not, under a heading that names no concept as a phrase written whole", () => {
    const vague = `  section h "About my health" {\n    field imms longtext { label "Immunisations I have had, with dates" }\n  }`;
    expect(missingConceptsIn(formText(header, vague), { infer: true })).toContain("health-history.summary");
  });
});
