/**
 * Round 11 (issue 16, 5 December 2026): wording found by linting forms written by others
 * (test/fixtures/written-forms/tune/) with inference on. Each row was reported missing, or read as
 * another concept, before; the look-alikes beside them must keep their meaning.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { formText, missingConceptsIn, workspaceWithPacks } from "../helpers";

describe("round 11 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    // "Rel. to" is a relationship to someone (readings.ts); "Rel" alone may be a religion.
    ["Rel. to pt", ["Person accompanying the child"], "accompanying-adult.relationship"],
    ["Rel to child", ["Person accompanying the child"], "accompanying-adult.relationship"],
    // CSC is children's social care (abbreviations.ts).
    ["Known to CSC?", [], "child.protection-status"],
    // The young person's voice, and "What matters to me", are the child's own words.
    ["Voice of the YP – what matters to me", [], "voice-of-child"],
    ["Voice of the young person", [], "voice-of-child"],
    // Parenting capacity in the Assessment Framework's words.
    ["Impact of any of the above on the parents' ability to meet baby's needs", [], "parenting-capacity.impact"],
    // A trailing "– names, ages" says what to write down, as a bracket would (normalise.ts mainClause) ...
    ["Children in local authority care, fostered or adopted – names, ages", [], "children.in-care"],
    // ... but a relationship to the child says whose family is asked about.
    ["Family and household members – names, DoB, relationship to the child", [], "family.composition"],
    // "child(ren)" is the children: a plural written into the word, not a bracket to drop.
    ["Summary – how is the parent's drug/alcohol use affecting the child(ren)?", [], "child.impact-of-parent"],
    // A carer is not the young person (role-words.ts): the carer's agreement is not the young person's.
    ["Carer has agreed the plan", [], null],
    ["Young person has agreed the plan", [], "plan.young-person-agreement"],
    // A copy of something sent to someone is a copy to them (readings.ts).
    ["Copy of RHA summary and health plan sent to carers", [], "report.copy-to-carers"],
    // Two headings joined by a spaced slash are each a label (alternatives.ts); one-word sides are one label.
    ["Reason for referral / presenting difficulties", [], "referral.reason"],
    ["Parent / carer name", [], null],
    // A section's numbering is not part of the question (item-numbers.ts).
    ["2.1b By when?", [], "plan.action-due-date"],
    ["1.3 Are you currently in care? (foster care, children's home or supported lodgings)", [], "child.looked-after"],
    // NHS shorthand (abbreviations.ts): MW is a midwife, FNP the family nurse partnership.
    ["Referred to teenage pregnancy MW / FNP?", [], "teenage-pregnancy.referral"],
    // The attribute of the person the form is about is never the practitioner's (recogniser.ts).
    ["Woman's signature", [], null],
    ["Patient name", [], null],
  ])("%s (under %j) → %s", (label, context, concept) => {
    expect(pack.recognise({ label: label as string, context: context as string[] })?.concept ?? null).toBe(concept);
  });
});

/** The concepts reported missing on a one-section form of this kind, with inference on. */
function missingOn(header: string, fields: string): string[] {
  return missingConceptsIn(formText(header, `  section s "Section" {\n${fields}\n  }`), { infer: true, uri: "/test/round-11.form" });
}

describe("round 11: a general question counted as the particular one the form needs (the pack's refines)", () => {
  it.each([
    ["service adult-mental-health\n  audience adult", `    field t longtext { label "What would trigger a review of the risk to the children?" }`, "risk-to-children.reassessment-trigger"],
    ["service lac-review-health-assessment\n  audience child", `    field g yesno { label "GP summary requested and reviewed" }`, "information.from-gp"],
    ["service safeguarding-supervision\n  audience adult", `    field d longtext { label "Decisions and action plan agreed" }`, "supervision.decisions"],
    ["service substance-misuse\n  audience adult", `    field r yesno { label "Does a referral need to be made?" }`, "referral.caf-or-social-care"],
    ["service substance-misuse\n  audience adult", `    field p yesno { label "Are you a parent, or do you have parental responsibility for any child?" }`, "parent.status"],
  ])("%s: the field counts as %s", (header, field, concept) => {
    expect(missingOn(header as string, "")).toContain(concept);
    expect(missingOn(header as string, field as string)).not.toContain(concept);
  });

  it("on a pregnant woman's form, \"Age\" is hers, but not under the partner's heading", () => {
    const header = "service maternity-booking\n  audience pregnant-woman";
    expect(missingOn(header, "")).toContain("mother.age");
    expect(missingOn(header, `    field age number { label "Age" }`)).not.toContain("mother.age");
    const text = `form f "Booking" {\n  ${header}\n  version "1"\n  owner "Test"\n  section p "Partner / father of baby" {\n    field fob_age number { label "Age" }\n  }\n}\n`;
    expect(missingConceptsIn(text, { infer: true, uri: "/test/round-11.form" })).toContain("mother.age");
  });

  it("a young person's own form reads \"you\" as the child: \"Are you looked after?\"", () => {
    const header = "service sexual-health\n  audience young-person";
    expect(missingOn(header, "")).toContain("child.looked-after");
    expect(missingOn(header, `    field lac yesno { label "Are you looked after (in foster care, a children's home or supported lodgings)?" }`)).not.toContain("child.looked-after");
  });
});
