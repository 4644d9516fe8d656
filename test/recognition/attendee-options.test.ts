/**
 * Who attended, asked as one choice of many (rules/recognition/attendee-options.ts): each option of
 * "Professionals present" that reads as one attending counts, where two or more options read as
 * one family of concepts.
 */
import { describe, expect, it } from "vitest";
import { asksWhoAttended, attendanceConcepts } from "../../rules/recognition/attendee-options";
import { checkText, formText, missingConceptsIn } from "../helpers";

describe("a list of who attended", () => {
  it.each([
    ["Professionals present", "multichoice", 3, true],
    ["Who attended?", "multichoice", 3, true],
    ["Attendees", "multichoice", 2, true],
    ["Agencies represented", "multichoice", 4, true],
    ["Professionals present", "choice", 3, false],
    ["Professionals present", "multichoice", 1, false],
    ["Services involved", "multichoice", 3, false],
  ])("%j (%s, %i options) asks who attended: %s", (label, type, n, asks) => {
    expect(asksWhoAttended(label as string, type as string, Array.from({ length: n as number }, (_, i) => `Option ${i}`))).toBe(asks);
  });

  it("counts the family two or more options share, each concept once", () => {
    const read = [
      { option: "Health visitor", concept: "attendees.health-visitor" },
      { option: "Community midwife", concept: "attendees.midwife" },
      { option: "HV (second)", concept: "attendees.health-visitor" },
      { option: "Safeguarding lead GP", concept: "case.allocated-gp" },
    ];
    expect(attendanceConcepts(read).map((r) => r.concept)).toEqual(["attendees.health-visitor", "attendees.midwife"]);
    expect(attendanceConcepts(read.slice(3))).toEqual([]);
  });
});

describe("a meeting's attendees asked as one field", () => {
  const meeting = "service vulnerable-families-meeting\n  audience adult";
  const present = (options: string) => `  section m "Meeting" {\n    field present multichoice required { label "Professionals present" options ${options} }\n  }`;

  it("the health visitor and the midwife ticked in one list both count", () => {
    const without = missingConceptsIn(formText(meeting, ""), { infer: true });
    expect(without).toEqual(expect.arrayContaining(["attendees.health-visitor", "attendees.midwife"]));
    const text = formText(meeting, present(`"Safeguarding lead GP", "Health visitor", "Community midwife", "Practice nurse"`));
    const missing = missingConceptsIn(text, { infer: true });
    expect(missing).not.toContain("attendees.health-visitor");
    expect(missing).not.toContain("attendees.midwife");
    const found = checkText(text, { infer: true }).diagnostics.filter((d) => d.data?.kind === "recognised-concept" && d.data.field === "present");
    expect(found.map((d) => d.message).join("\n")).toContain('its option "Health visitor" read as attending');
  });

  it("one profession alone says nothing of a list of attendees", () => {
    const missing = missingConceptsIn(formText(meeting, present(`"Health visitor", "Practice manager"`)), { infer: true });
    expect(missing).toContain("attendees.health-visitor");
  });
});
