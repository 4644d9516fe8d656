/**
 * A field shown only on another field's answer is about that field's topic
 * (rules/recognition/condition-topic.ts): "Support offered" shown when the domestic abuse question
 * is yes is the support offered on a disclosure; "Referral made" after the Whooley questions is the
 * perinatal mental health referral. Only another aspect of the same topic, and only one the form
 * still needs.
 */
import { describe, expect, it } from "vitest";
import { conditionFieldsOf, familyOf, sameTopicConcepts } from "../../rules/recognition/condition-topic";
import { parseDocument } from "../../language/parse";
import type { Field, Form, Section } from "../../language/ast";
import { checkText, formText, missingConceptsIn } from "../helpers";

const booking = "service maternity-booking\n  audience adult";

/** The field `id` of a one-section booking form holding `fields`. */
function fieldOf(fields: string, id: string): Field {
  const doc = parseDocument("/t.form", formText(booking, `  section s "S" {\n${fields}\n  }`));
  const section = (doc.ast.items[0] as Form).members[0] as Section;
  return section.members.find((f): f is Field => f.kind === "field" && f.name.text === id)!;
}

describe("which answers a field is shown on", () => {
  const asked = `    field a yesno { label "A" }\n    field b choice { label "B" options "X", "Y" }\n`;
  it.each([
    ["when a = yes", ["a"]],
    ['when b = "Y"', ["b"]],
    ['when a = yes or b = "X"', ["a", "b"]],
    ["when a answered", ["a"]],
    ["when a != yes", undefined],
    ['when a = yes and b = "X"', undefined],
    ["when not a = yes", undefined],
    ["", undefined],
  ])("%s → %j", (when, ids) => {
    expect(conditionFieldsOf(fieldOf(`${asked}    field c text ${when} { label "C" }`, "c"))).toEqual(ids);
  });
});

describe("the rest of a topic", () => {
  it.each([
    ["domestic-abuse.enquiry", "domestic-abuse"],
    ["perinatal-mental-health.screening", "perinatal-mental-health"],
    ["caring-responsibilities", "caring-responsibilities"],
  ])("%s is of the family %s", (concept, family) => {
    expect(familyOf(concept)).toBe(family);
  });

  it("is what the form still needs of the same family, never the topic itself", () => {
    const wanted = new Set(["domestic-abuse.enquiry", "domestic-abuse.action", "domestic-abuse.reassessment", "safeguarding.referral"]);
    expect([...sameTopicConcepts("domestic-abuse.enquiry", wanted, new Set(["domestic-abuse.reassessment"]))]).toEqual(["domestic-abuse.action"]);
  });
});

describe("a follow-up read under the topic of the answer it is shown on", () => {
  const daAsked = `    field da_asked yesno required { label "Has anyone close to you ever hurt you, threatened you or made you feel frightened?" }`;
  const whooley = `    field w1 yesno { label "During the past month, have you often been bothered by feeling down, depressed or hopeless?" }\n    field w2 yesno { label "During the past month, have you often been bothered by having little interest or pleasure in doing things?" }`;
  const sectioned = (title: string, body: string) => `  section s "${title}" {\n${body}\n  }`;

  it.each([
    ["Support offered after the domestic abuse question", sectioned("Your home and relationships", `${daAsked}\n    field da_support multichoice when da_asked = yes { label "Support offered" options "IDVA referral", "Helpline / leaflet given" }`), "da_support", "domestic-abuse.action"],
    ["Referral made after either Whooley question", sectioned("How you are feeling", `${whooley}\n    field pmh choice when w1 = yes or w2 = yes { label "Referral made" options "Perinatal mental health team", "GP" }`), "pmh", "perinatal-mental-health.referral"],
    ["— Referred to after a Whooley choice", sectioned("Emotional wellbeing", `    field whooley choice { label "Whooley Qs" options "No to both", "Yes to either" }\n    field pmh choice when whooley = "Yes to either" { label "— Referred to" options "Perinatal MH team", "GP" }`), "pmh", "perinatal-mental-health.referral"],
  ])("%s counts as the topic's next step", (_name, body, field, concept) => {
    const text = formText(booking, body);
    expect(missingConceptsIn(text, { infer: true })).not.toContain(concept);
    const d = checkText(text, { infer: true }).diagnostics.find((x) => x.data?.kind === "recognised-concept" && x.data.field === field);
    expect(d?.data).toMatchObject({ concept, source: "label+condition" });
    expect(d?.message).toContain("on whose answer it is shown");
  });

  it.each([
    // Shown on nothing: "Support offered" alone names no topic, and the form says none.
    ["with no condition", sectioned("Your home and relationships", `${daAsked}\n    field da_support text { label "Support offered" }`)],
    // Shown when the answer is not yes: the condition looks at what is not so.
    ["shown on a `!=`", sectioned("Your home and relationships", `${daAsked}\n    field da_support text when da_asked != yes { label "Support offered" }`)],
    // Shown on a question of another topic: no aspect of domestic abuse follows from it.
    ["shown on another topic's answer", sectioned("Your home", `    field housing yesno { label "Do you have somewhere safe to live?" }\n    field da_support text when housing = yes { label "Support offered" }`)],
  ])("a field %s is not the topic's next step", (_name, body) => {
    expect(missingConceptsIn(formText(booking, body), { infer: true })).toContain("domestic-abuse.action");
  });

  it("a field whose own words count keeps them", () => {
    const body = sectioned("Your home and relationships", `${daAsked}\n    field fgm yesno when da_asked = yes { label "Have you been cut or had FGM / female circumcision?" }`);
    const d = checkText(formText(booking, body), { infer: true }).diagnostics.find((x) => x.data?.kind === "recognised-concept" && x.data.field === "fgm");
    expect(d?.data).toMatchObject({ concept: "fgm.enquiry" });
  });
});
