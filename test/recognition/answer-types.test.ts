/**
 * A field can only ask what its answer can hold (rules/recognition/answer-types.ts): a yes/no is
 * neither a name, a count nor a date, and a number or a date is not a name.
 */
import { describe, expect, it } from "vitest";
import { canAnswer, unanswerableAs } from "../../rules/recognition/answer-types";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const NAME = { suggests: "text", title: "Full name of the adult accompanying the child" };
const WHO_HOLDS_PR = { suggests: "text", title: "Who holds parental responsibility for the child" };
const ATTENDING = { suggests: "person", title: "Health visitor attending" };
const COUNT = { suggests: "number", title: "Number of attendances" };
const DATE = { suggests: "date", title: "Date of the last attendance" };
const FLAG = { suggests: "yesno", title: "Perinatal mental health screening" };
const LONG = { suggests: "longtext", title: "Safeguarding concerns" };

describe("which field types can hold which answers", () => {
  it.each([
    ["yesno", NAME, false],
    ["yesno", COUNT, false],
    ["yesno", DATE, false],
    // A yes/no may record that someone attended, who holds PR ("Does the mother have PR?"), or that there are concerns.
    ["yesno", ATTENDING, true],
    ["yesno", WHO_HOLDS_PR, true],
    ["yesno", LONG, true],
    ["yesno", FLAG, true],
    ["number", NAME, false],
    ["number", DATE, false],
    // A score records that a screen was done.
    ["number", FLAG, true],
    ["number", COUNT, true],
    ["date", COUNT, false],
    ["datetime", NAME, false],
    ["date", DATE, true],
    ["date", FLAG, true],
    // Open types, unknown types and concepts with no suggested type rule nothing out.
    ["text", COUNT, true],
    ["choice", DATE, true],
    ["longtext", NAME, true],
    [undefined, NAME, true],
    ["yesno", { title: "Anything" }, true],
  ] as const)("a %s field answering %j: %s", (type, concept, expected) => {
    expect(canAnswer(type, concept)).toBe(expected);
  });

  it.each([
    ["yesno", NAME, "a name"],
    ["yesno", COUNT, "a number"],
    ["yesno", DATE, "a date"],
    ["number", NAME, "a name"],
    ["date", COUNT, "a number"],
    ["yesno", FLAG, undefined],
    ["text", COUNT, undefined],
  ] as const)("a %s field cannot hold %j's answer, which is %s", (type, concept, answer) => {
    expect(unanswerableAs(type, concept)).toBe(answer);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    // WHO EmCare registration's yes/no "Person accompanying child Today" asks whether, not who.
    ["Accompanied by", "yesno", null],
    ["Accompanied by", "text", "accompanying-adult.name"],
    ["Accompanied by", undefined, "accompanying-adult.name"],
    // A yes/no does not count the attendances.
    ["Has the child attended ED before?", "yesno", null],
    ["Has the child attended ED before?", "number", "attendance.count"],
    ["Date of last attendance", "yesno", null],
    ["Date of last attendance", "date", "attendance.last-date"],
    ["Completed by", "yesno", null],
    ["Completed by", "person", "practitioner.name"],
    ["Health visitor attending", "yesno", "attendees.health-visitor"],
    ["EPDS score", "number", "perinatal-mental-health.screening"],
  ])("%j as a %s field → %s", (label, type, concept) => {
    expect(pack.recognise({ label, type })?.concept ?? null).toBe(concept);
  });

  it("explains the nearest concept the field could answer, not one it could not", () => {
    expect(pack.nearest({ label: "Accompanied by", type: "yesno" })?.concept).not.toBe("accompanying-adult.name");
  });
});
