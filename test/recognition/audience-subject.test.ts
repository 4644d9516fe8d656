/**
 * Who a form is about, when its audience says (rules/recognition/audience-subject.ts): on a form
 * for a pregnant woman, her own age is the mother's age.
 */
import { describe, expect, it } from "vitest";
import { factsField } from "../../language/diagnostic-facts";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { checkText, workspaceWithPacks } from "../helpers";
import { itReadsEachLabelAbout } from "./reads-labels";

const booking = (audience: string, label: string) => `form booking-real "Maternity booking" {
  service maternity-booking
  audience ${audience}
  version "1.0"
  owner "Test"
  section about "About you" {
    field age number required { label "${label}" }
  }
}
`;

describe("the form's audience names its subject", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabelAbout(pack, [
    ["How old are you?", "mother", "mother.age"],
    ["Age", "mother", "mother.age"],
    ["Age at booking", "mother", "mother.age"],
    // Someone else's age keeps its owner.
    ["Partner's age", "mother", null],
    ["Age of the baby", "mother", null],
    // Without an audience, a bare age is nobody's in particular.
    ["How old are you?", undefined, null],
    // The woman's own health is not a looked-after child's birth mother's health history.
    ["Existing chronic health conditions", "mother", null],
  ]);

  it("a booking form for a pregnant woman that asks 'How old are you?' asks the mother's age", () => {
    const found = checkText(booking("pregnant-woman", "How old are you?"), { infer: true }).diagnostics;
    expect(found.some((d) => d.data?.kind === "missing-concept" && d.data.concepts.includes("mother.age"))).toBe(false);
    const r = found.find((d) => d.ruleId === "recognised-concept" && factsField(d.data) === "age")!;
    expect(r.message).toContain("read as the mother's, whom the form is about");
    expect(r.data).toMatchObject({ concept: "mother.age", source: "label+audience" });
  });

  it("a form for audiences naming different people names no one subject", () => {
    const found = checkText(booking("pregnant-woman\n  audience parent", "How old are you?"), { infer: true }).diagnostics;
    expect(found.some((d) => d.data?.kind === "missing-concept" && d.data.concepts.includes("mother.age"))).toBe(true);
  });

  it("a form for a child and a young person is about the child either way (round 12)", () => {
    const form = `form rha "Review health assessment" {
  service lac-review-health-assessment
  audience child, young-person
  version "1"
  owner "Test"
  section h "Your health" {
    field yp_words longtext { label "4.1 In your own words: how are you feeling, and is there anything you would like to change about your health?" }
    field school_view longtext { label "School's view" }
  }
}
`;
    const found = checkText(form, { infer: true }).diagnostics;
    const voice = found.filter((d) => d.ruleId === "recognised-concept" && d.data?.kind === "recognised-concept" && d.data.concept === "voice-of-child");
    // The young person's own words are the child's voice; the school's view is the school's, a possessive naming whose it is.
    expect(voice.map((d) => factsField(d.data))).toEqual(["yp_words"]);
  });
});

describe("a form for practitioners is about the one completing it (round 17)", () => {
  const supervision = (audience: string) => `form sup "Safeguarding supervision record" {
  service safeguarding-supervision
  audience ${audience}
  version "1"
  owner "Test"
  section you "About you" {
    field supervisee_name text required { label "Your name" }
  }
}
`;
  it.each([
    // Filled in by the supervisee: "Your name" is the name of the practitioner completing the form.
    ["practitioner", true],
    // On a form about an adult, "Your name" is the adult's own.
    ["adult", false],
  ])("'Your name' on a supervision record for the audience %s counts as the practitioner's name: %s", (audience, counts) => {
    const found = checkText(supervision(audience as string), { infer: true }).diagnostics;
    const read = found.find((d) => d.ruleId === "recognised-concept" && factsField(d.data) === "supervisee_name");
    expect(read?.data?.kind === "recognised-concept" ? read.data.concept : null).toBe(counts ? "practitioner.name" : null);
    // The explanation names whose the label was read as, in words a reader can follow.
    if (counts) expect(read!.message).toContain("read as the practitioner's, whom the form is about");
  });
});

describe("the children in the client's household refine the hidden child's question", () => {
  it("on an adult mental health form, 'Children living with the client (names, ages, relationship)' counts as the children in the household", () => {
    const form = `form amh-real "Adult mental health assessment" {
  service adult-mental-health
  audience adult
  version "1.0"
  owner "Test"
  section family "Family" {
    field kids_home longtext required { label "Children living with the client (names, ages, relationship)" }
  }
}
`;
    const found = checkText(form, { infer: true }).diagnostics;
    expect(found.some((d) => d.data?.kind === "missing-concept" && d.data.concepts.includes("children.in-household"))).toBe(false);
    const r = found.find((d) => d.ruleId === "recognised-concept" && factsField(d.data) === "kids_home")!;
    expect(r.data).toMatchObject({ concept: "children.in-household", refined: "caring-responsibilities" });
  });
});
