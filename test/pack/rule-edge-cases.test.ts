/**
 * Hand-written edge cases of the shipped pack, RuleTester style: the ways a real form nearly
 * meets a rule (optional instead of required, asked only conditionally, shown on the wrong
 * answer, a look-back too short, the wrong type), the forms a rule must leave alone, and
 * waivers. Positions are found with `lineOf` so a reader can see what each one points at.
 */
import { describe, expect, it } from "vitest";
import type { Citation } from "../../language/diagnostic";
import { checkText, lineOf, TODAY } from "../helpers";
import { findings, qualified, ruleTester } from "./rule-tester";

/** Column (1-based) of `needle` on the line where it first occurs. */
function columnOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`not found: ${needle}`);
  return at - text.lastIndexOf("\n", at - 1);
}

const ED_CITES: Citation[] = [{ recommendation: "2.2" }, { paragraph: "1.20" }];
const HIDDEN_CHILD_CITES: Citation[] = [{ recommendation: "2.5" }, { paragraph: "1.24" }];
const MIU_FREQUENCY_CITES: Citation[] = [{ recommendation: "1.2" }, { paragraph: "1.16" }];

// ------------------------------------------------------------------ paediatric ED: ED-1, ED-2

const paediatricEd = (arrival: string) => `form ed-paediatric "Paediatric emergency department attendance" {
  service emergency-department
  audience child
  ages 0..17
  version "4.1"
  owner "Dorset County Hospital, emergency department"

  section arrival "Arrival" {
    field arrival_mode choice required {
      label "Mode of arrival"
      options "Walked in", "Ambulance", "Police"
    }
${arrival}
  }
}
`;

const NAME_OK = `    field accompanying_name text required {
      label "Full name of the adult accompanying the child"
      covers accompanying-adult.name
    }`;
const RELATIONSHIP_OK = `    field accompanying_relationship choice required {
      label "Relationship of that adult to the child"
      options "Mother", "Father", "Foster carer", "Other"
      covers accompanying-adult.relationship
    }`;

const optionalName = paediatricEd(`${NAME_OK.replace("text required", "text")}\n${RELATIONSHIP_OK}`);
const conditionalName = paediatricEd(`${NAME_OK.replace("text required", 'text required when arrival_mode = "Ambulance"')}\n${RELATIONSHIP_OK}`);
const choiceName = paediatricEd(`${NAME_OK.replace("text required {", 'choice required {\n      options "Mum", "Dad"')}\n${RELATIONSHIP_OK}`);
const noRelationship = paediatricEd(NAME_OK);

ruleTester("ed-accompanying-adult", {
  valid: [
    { name: "full name (free text) and relationship, both required", code: paediatricEd(`${NAME_OK}\n${RELATIONSHIP_OK}`) },
    { name: "the name as longtext is free text too", code: paediatricEd(`${NAME_OK.replace("text required", "longtext required")}\n${RELATIONSHIP_OK}`) },
  ],
  invalid: [
    {
      name: "the name is asked but optional where `required` is needed",
      code: optionalName,
      errors: [{ level: "error", line: lineOf(optionalName, "field accompanying_name"), column: columnOf(optionalName, "accompanying_name"), citations: ED_CITES, kind: "make-required", message: ["`accompanying_name`", "is optional", "Make it `required`"] }],
    },
    {
      name: "the name is required but only behind an unrelated `when`: covered only conditionally",
      code: conditionalName,
      errors: [{ level: "error", line: lineOf(conditionalName, "field accompanying_name"), column: columnOf(conditionalName, "when arrival_mode"), citations: ED_CITES, kind: "conditional", message: ["covered only conditionally", 'arrival_mode = "Ambulance"'] }],
    },
    {
      name: "the name as a choice of \"Mum\"/\"Dad\" is not a full name (type text or longtext)",
      code: choiceName,
      errors: [{ level: "error", line: lineOf(choiceName, "field accompanying_name"), column: columnOf(choiceName, "choice required {\n      options \"Mum\""), citations: ED_CITES, kind: "type", message: "must be text or longtext" }],
    },
    {
      name: "the relationship is missing: reported on the section where the name is asked",
      code: noRelationship,
      errors: [{ level: "error", line: lineOf(noRelationship, 'section arrival'), column: 3, citations: ED_CITES, kind: "missing-concept", message: ["accompanying-adult.relationship", "to section `arrival`"] }],
    },
  ],
});

// ------------------------------------------------------------------ adult ED: ED-10, ED-11 (shown when)

const adultEd = (fields: string) => `form ed-adult "Adult emergency department attendance" {
  service emergency-department
  audience adult
  ages 18..120
  version "2.0"
  owner "Dorset County Hospital, emergency department"

  section family "Family and caring responsibilities" {
    field caring yesno required {
      label "Does the patient care for or live with children?"
      covers caring-responsibilities
    }
    field seen_with_children yesno {
      label "Are any children with the patient today?"
    }
${fields}
  }
}
`;

const details = (when: string) => `    field children_details longtext required${when} {
      label "The children's names, ages and where they are now"
      covers children.details
    }`;

const shownOnNo = adultEd(details(" when caring = no"));
const alwaysShown = adultEd(details(""));
const caringConditional = adultEd(details(" when caring = yes")).replace("field caring yesno required {", "field caring yesno required when seen_with_children = yes {");

ruleTester("ed-hidden-child", {
  valid: [
    { name: "children's details shown when caring responsibilities = yes", code: adultEd(details(" when caring = yes")) },
    { name: "…or when that and something else hold (an `and` including the condition)", code: adultEd(details(" when caring = yes and seen_with_children answered")) },
  ],
  invalid: [
    {
      name: "shown when the answer is no: the condition is not met",
      code: shownOnNo,
      errors: [{ level: "error", line: lineOf(shownOnNo, "field children_details"), column: columnOf(shownOnNo, "when caring = no"), citations: HIDDEN_CHILD_CITES, kind: "shown-when", message: ["should be shown when caring-responsibilities = yes", "but it is shown when caring = no", "Write `when caring = yes`"] }],
    },
    {
      name: "always shown: nothing ties the details to the answer",
      code: alwaysShown,
      errors: [{ level: "error", line: lineOf(alwaysShown, "field children_details"), column: columnOf(alwaysShown, "children_details"), citations: HIDDEN_CHILD_CITES, kind: "shown-when", message: "but it is always shown" }],
    },
    {
      name: "the caring question itself asked only when children are present today: covered only conditionally",
      code: caringConditional,
      errors: [{ level: "error", line: lineOf(caringConditional, "field caring "), citations: HIDDEN_CHILD_CITES, kind: "conditional", message: "covered only conditionally" }],
    },
  ],
});

// ------------------------------------------------------------------ look-back: MIU-2

const miu = (lookback: string) => `form miu-triage "Minor injury unit triage" {
  service minor-injury-unit
  audience child, adult
  ages 0..120
  version "3"
  owner "Dorset HealthCare, minor injury units"

  section history "Attendance history" {
    field attendances number required {
      label "Attendances in the look-back period"
      covers attendance.count
${lookback}
    }
  }
}
`;

const sixMonths = miu("      lookback 6 months");
const fiftyTwoWeeks = miu("      lookback 52 weeks");
const noLookback = miu("");

ruleTester("miu-attendance-frequency", {
  valid: [
    { name: "lookback 12 months", code: miu("      lookback 12 months") },
    { name: "lookback 1 year (a year is exactly 12 months)", code: miu("      lookback 1 year") },
    { name: "lookback 2 years (longer is fine: the rule is >= 12 months)", code: miu("      lookback 2 years") },
  ],
  invalid: [
    {
      name: "lookback 6 months: the very finding of paragraph 1.16",
      code: sixMonths,
      errors: [{ level: "error", line: lineOf(sixMonths, "lookback 6 months"), citations: MIU_FREQUENCY_CITES, kind: "lookback", message: ["looks back 6 months", "must be >= 12 months", "Set `lookback 12 months`"] }],
    },
    {
      // 52 weeks is 364 days; a year is 365.25 days on formguard's one duration scale
      // (docs/language.md), so 52 weeks falls a day and a quarter short of 12 months.
      name: "lookback 52 weeks: 364 days, shorter than 12 months",
      code: fiftyTwoWeeks,
      errors: [{ level: "error", line: lineOf(fiftyTwoWeeks, "lookback 52 weeks"), citations: MIU_FREQUENCY_CITES, kind: "lookback", message: "looks back 52 weeks" }],
    },
    {
      name: "no lookback at all: how far back the count looks is unknown",
      code: noLookback,
      errors: [{ level: "error", line: lineOf(noLookback, "field attendances"), column: columnOf(noLookback, "attendances number"), citations: MIU_FREQUENCY_CITES, kind: "lookback", message: "does not say how far back it looks" }],
    },
  ],
});

// ------------------------------------------------------------------ type: SM-5 (required choice) vs AMH-7 (present)

const rag = (service: string, type: string) => `form rag "Risk to children" {
  service ${service}
  audience adult
  version "1"
  owner "Team lead"

  field risk_rag ${type} required {
    label "Risk to children (red, amber, green)"
${type === "choice" ? '    options "Red", "Amber", "Green"\n' : ""}    covers risk-to-children.rag
  }
}
`;

const ragAsText = rag("substance-misuse", "text");

ruleTester("sm-risk-rag", {
  valid: [{ name: "risk-to-children.rag as a required choice", code: rag("substance-misuse", "choice") }],
  invalid: [
    {
      name: "risk-to-children.rag as free text",
      code: ragAsText,
      errors: [{ level: "error", line: lineOf(ragAsText, "field risk_rag"), column: columnOf(ragAsText, "text required"), citations: [{ paragraph: "2.16" }], kind: "type", message: ["is a text", "must be choice", "Change its type to choice"] }],
    },
  ],
});

ruleTester("amh-risk-rag", {
  // AMH-7 asks only that the rating be present: any type meets it.
  valid: [
    { name: "risk-to-children.rag as a choice", code: rag("adult-mental-health", "choice") },
    { name: "risk-to-children.rag as text (presence is all AMH-7 asks)", code: rag("adult-mental-health", "text") },
  ],
  invalid: [
    {
      name: "no rating at all",
      code: rag("adult-mental-health", "text").replace("covers risk-to-children.rag", ""),
      errors: [{ level: "warning", line: 1, column: 1, citations: [{ paragraph: "2.16" }], kind: "missing-concept" }],
    },
  ],
});

// ------------------------------------------------------------------ `applies`: who is asked what

const bare = (header: string, body = "") => `form f "A form" {\n${header}\n  version "1"\n  owner "Owner"\n${body}}\n`;

describe("`applies` selects the right forms", () => {
  const cases: Array<{ name: string; code: string; rule: string; fires: boolean }> = [
    { name: "a paediatric ED form is not asked the adult hidden-child question", code: bare("  service emergency-department\n  audience child"), rule: "ed-hidden-child", fires: false },
    { name: "…nor about the adult's parenting capacity", code: bare("  service emergency-department\n  audience child"), rule: "ed-parenting-capacity", fires: false },
    { name: "an adult ED form is asked the hidden-child question", code: bare("  service emergency-department\n  audience adult"), rule: "ed-hidden-child", fires: true },
    { name: "an adult ED form is not asked for the accompanying adult", code: bare("  service emergency-department\n  audience adult"), rule: "ed-accompanying-adult", fires: false },
    { name: "…nor for the child's attendance history", code: bare("  service emergency-department\n  audience adult"), rule: "ed-attendance-history", fires: false },
    { name: "both ED audiences are asked about safeguarding referrals (ED-13)", code: bare("  service emergency-department\n  audience adult"), rule: "ed-safeguarding-referral", fires: true },
    { name: "ALL-3: ages 0..17 (children only) needs no under-18 flag", code: bare("  service emergency-department\n  audience child\n  ages 0..17"), rule: "all-under-18-flag", fires: false },
    { name: "ALL-3: ages 18..120 (adults only) needs no under-18 flag", code: bare("  service emergency-department\n  audience adult\n  ages 18..120"), rule: "all-under-18-flag", fires: false },
    { name: "ALL-3: no ages declared: not known to span both", code: bare("  service sexual-health\n  audience young-person"), rule: "all-under-18-flag", fires: false },
    { name: "ALL-3: ages 16..25 include 17 and 18", code: bare("  service sexual-health\n  audience young-person\n  ages 16..25"), rule: "all-under-18-flag", fires: true },
    { name: "ALL-3: ages 17..18, exactly the boundary", code: bare("  service adult-mental-health\n  audience adult\n  ages 17..18"), rule: "all-under-18-flag", fires: true },
    { name: "ALL-4 does not fire for emergency-department", code: bare("  service emergency-department\n  audience child"), rule: "all-voice-of-child", fires: false },
    { name: "ALL-4 does not fire for minor-injury-unit", code: bare("  service minor-injury-unit\n  audience child"), rule: "all-voice-of-child", fires: false },
    { name: "ALL-4 does not fire for school-nursing (SN-2 asks instead)", code: bare("  service school-nursing\n  audience child"), rule: "all-voice-of-child", fires: false },
    { name: "SN-2 asks school-nursing for the voice of the child instead", code: bare("  service school-nursing\n  audience child"), rule: "sn-voice-of-child", fires: true },
    { name: "ALL-4 fires for a CAMHS referral about a child", code: bare("  service camhs-referral\n  audience child"), rule: "all-voice-of-child", fires: true },
    { name: "ALL-4 fires for a young person's sexual-health assessment", code: bare("  service sexual-health\n  audience young-person"), rule: "all-voice-of-child", fires: true },
    { name: "ALL-4 does not fire for an adult's form", code: bare("  service adult-mental-health\n  audience adult"), rule: "all-voice-of-child", fires: false },
    { name: "MIU-5: an MIU form for children only is not asked about the hidden child", code: bare("  service minor-injury-unit\n  audience child"), rule: "miu-hidden-child", fires: false },
    { name: "MIU-5: an MIU form whose audience includes adults is", code: bare("  service minor-injury-unit\n  audience child, adult"), rule: "miu-hidden-child", fires: true },
    { name: "a maternity-booking rule leaves the antenatal care plan alone", code: bare("  service antenatal-care-plan\n  audience pregnant-woman"), rule: "mat-fgm-enquiry", fires: false },
    { name: "ALL-1 applies to every form, even one without a service", code: `form f "A form" {\n}\n`, rule: "all-version-and-owner", fires: true },
    { name: "ALL-2 asks an adult mental health form to be signed and dated (info)", code: bare("  service adult-mental-health\n  audience adult"), rule: "all-signed-and-dated", fires: true },
    { name: "ALL-2 leaves the substance-misuse form to SM-9", code: bare("  service substance-misuse\n  audience adult"), rule: "all-signed-and-dated", fires: false },
    { name: "SM-9 asks the substance-misuse form to be signed and dated", code: bare("  service substance-misuse\n  audience adult"), rule: "sm-signed-and-dated", fires: true },
    { name: "SM-9 leaves other adult forms to ALL-2", code: bare("  service adult-mental-health\n  audience adult"), rule: "sm-signed-and-dated", fires: false },
  ];

  it.each(cases)("$name", ({ code, rule, fires }) => {
    const found = findings(code, rule);
    if (fires) expect(found.length, `${qualified(rule)} should fire`).toBeGreaterThan(0);
    else expect(found.map((d) => d.message)).toEqual([]);
  });

  it.each([
    ["substance-misuse", "sm-signed-and-dated", "error"],
    ["adult-mental-health", "all-signed-and-dated", "info"],
  ])("an unsigned %s form gets one finding per missing signature prompt, from %s at %s", (service, rule, level) => {
    const diagnostics = checkText(bare(`  service ${service}\n  audience adult`)).diagnostics;
    const signature = diagnostics.filter((d) => d.message.includes("(practitioner.signature)"));
    expect(signature.map((d) => ({ rule: d.ruleId, level: d.level }))).toEqual([{ rule: qualified(rule), level }]);
  });

  it("ALL-3 on a form spanning 17 and 18: an error on the form header citing 1.23 and 5.1.12", () => {
    const code = bare("  service sexual-health\n  audience young-person\n  ages 16..25");
    const [d] = findings(code, "all-under-18-flag");
    expect({ level: d.level, line: d.range.start.line + 1, column: d.range.start.character + 1, citations: d.citations }).toEqual({
      level: "error",
      line: 1,
      column: 1,
      citations: [{ paragraph: "1.23" }, { paragraph: "5.1.12" }],
    });
    expect(d.message).toContain("child.is-under-18");
  });
});

// ------------------------------------------------------------------ waivers

const LIAISON = qualified("ed-paediatric-liaison");

const liaisonForm = (waiver: string, liaisonField = "") => `form ed-paed "Paediatric ED" {
  service emergency-department
  audience child
  version "4.1"
  owner "ED"
${liaisonField}
  ${waiver}
}
`;
const LIAISON_FIELD = `  field liaison yesno {\n    label "Reviewed by the paediatric liaison nurse?"\n    covers paediatric-liaison.review\n  }`;

describe("waivers", () => {
  it("a valid waiver moves the rule's finding from `diagnostics` to `waived`, with who accepted it and why", () => {
    const code = liaisonForm(`waive ${LIAISON} "Liaison review is recorded in the PAS" by "Named nurse" until 2027-03-31`);
    const result = checkText(code);
    expect(result.diagnostics.filter((d) => d.ruleId === LIAISON)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId.endsWith("-waiver"))).toEqual([]);
    expect(result.waived).toHaveLength(1);
    expect(result.waived[0]).toMatchObject({
      ruleId: LIAISON,
      level: "warning",
      citations: [{ recommendation: "2.12" }, { paragraph: "5.2.10" }],
      waiver: { rule: LIAISON, reason: "Liaison review is recorded in the PAS", by: "Named nurse", until: "2027-03-31" },
    });
  });

  it("a waiver may name the rule bare when only one pack has it", () => {
    const result = checkText(liaisonForm(`waive ed-paediatric-liaison "Recorded in the PAS" until 2027-03-31`));
    expect(result.waived.map((d) => d.ruleId)).toEqual([LIAISON]);
    expect(result.diagnostics.filter((d) => d.ruleId === LIAISON)).toEqual([]);
  });

  it(`a waiver lasts to the end of its \`until\` day (today is ${TODAY})`, () => {
    const result = checkText(liaisonForm(`waive ${LIAISON} "Recorded in the PAS" until ${TODAY}`));
    expect(result.waived.map((d) => d.ruleId)).toEqual([LIAISON]);
  });

  it("an expired waiver no longer waives: the finding is back, and `expired-waiver` points at the date", () => {
    const code = liaisonForm(`waive ${LIAISON} "Recorded in the PAS" by "Named nurse" until 2026-11-26`);
    const result = checkText(code);
    expect(result.waived).toEqual([]);
    const rule = result.diagnostics.filter((d) => d.ruleId === LIAISON);
    expect(rule.map((d) => d.level)).toEqual(["warning"]);
    const expired = result.diagnostics.filter((d) => d.ruleId === "expired-waiver");
    expect(expired).toHaveLength(1);
    expect({ line: expired[0].range.start.line + 1, column: expired[0].range.start.character + 1, level: expired[0].level }).toEqual({
      line: lineOf(code, "until 2026-11-26"),
      column: columnOf(code, "2026-11-26"),
      level: "warning",
    });
    expect(expired[0].message).toContain("expired on 2026-11-26");
  });

  it("a waiver that waives nothing reports `unused-waiver` on the rule it names", () => {
    const code = liaisonForm(`waive ${LIAISON} "Recorded in the PAS" until 2027-03-31`, LIAISON_FIELD);
    const result = checkText(code);
    expect(result.waived).toEqual([]);
    const unused = result.diagnostics.filter((d) => d.ruleId === "unused-waiver");
    expect(unused).toHaveLength(1);
    expect({ line: unused[0].range.start.line + 1, column: unused[0].range.start.character + 1 }).toEqual({ line: lineOf(code, "waive "), column: columnOf(code, LIAISON) });
    expect(unused[0].message).toContain("waives nothing");
  });

  it("a waiver waives only its own rule", () => {
    const result = checkText(liaisonForm(`waive ${LIAISON} "Recorded in the PAS" until 2027-03-31`));
    expect(result.diagnostics.some((d) => d.ruleId === qualified("ed-accompanying-adult"))).toBe(true);
  });
});
