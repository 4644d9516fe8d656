/**
 * The rule engine: every `require` form and every selector, evaluated against small forms.
 * Valid/invalid tables, through the one RuleTester (test/rule-tester.ts), assert the rule id,
 * level, 1-based position and message a user sees, and that no other rule speaks.
 */
import { describe, expect, it } from "vitest";
import { check as checkWith, RuleTester } from "../rule-tester";

const PACK = `pack t "Test pack" { }
service svc "A service"
service other "Another service"
audience child "Child"
audience adult "Adult"
concept a.name "Name of the accompanying adult" { suggest text required }
concept a.rel "Relationship" { suggest choice options "Mother", "Father" }
concept count "Attendances" { suggest number required }
concept caring "Caring responsibilities" { suggest yesno }
concept kids "Children's details" { suggest longtext }
concept rag "Risk rating" { suggest choice options "Red", "Amber", "Green" }
concept age "Mother's age" { suggest number }
concept teen-referral "Teenage pregnancy referral" { suggest yesno }
concept alt-1 "First way" { suggest text }
concept alt-2 "Second way" { suggest text }

rule required-name { title "Record the name" severity error applies service svc require a.name required cites paragraph 1.20, recommendation 2.2 }
rule present-rel { title "Ask the relationship" severity warning applies service svc require a.rel cites paragraph 1.20 }
rule lookback { title "Look back a year" severity error applies service svc require count required with lookback >= 12 months cites paragraph 1.16, recommendation 1.2 }
rule shown { title "Ask about the children" severity error applies service svc require kids shown when caring = yes cites paragraph 1.24 }
rule rag-choice { title "Rate the risk" severity info applies service svc require rag required with type choice and options include "Red" cites section "What people told us" }
rule teen { title "Refer teenage mothers" severity warning applies service svc require teen-referral shown when age < 20 cites paragraph 1.5 }
rule either { title "Either way" severity warning applies service svc require one of alt-1, alt-2 cites paragraph 9.9 }
rule header { title "Version the form" severity warning applies service svc require header version, owner cites paragraph 3.8 }
`;

/** A form that meets every rule above; cases below remove or weaken one part. */
const GOOD = `form f "F" {
  service svc
  version "1" owner "Team"
  section arrival "Arrival" {
    field name text required { label "Name" covers a.name }
    field rel choice { label "Relationship" options "Mother", "Father" covers a.rel }
  }
  section history "History" {
    field visits number required { label "Visits" covers count lookback 12 months }
    field caring yesno { label "Caring?" covers caring }
    field kids longtext when caring = yes { label "Children" covers kids }
    field rag choice required { label "RAG" options "Red", "Amber", "Green" covers rag }
    field age number { label "Age" covers age }
    field teen yesno when age < 20 { label "Referred?" covers teen-referral }
    field alt text { label "Alt" covers alt-2 }
  }
}`;

const PACKS = { "/t.formrules": PACK };
const check = (form: string) => checkWith(form, { packs: PACKS }).diagnostics;
const tester = new RuleTester({ check: (code, setup) => checkWith(code, { packs: PACKS, ...setup }), scope: "all" });
const rule = (id: string) => `t/${id}`;

interface Case {
  name: string;
  edit: (form: string) => string;
  ruleId: string;
  level: "error" | "warning" | "info";
  line: number;
  column: number;
  message: RegExp;
}

const CASES: Case[] = [
  {
    name: "required: concept missing → placed on the section of the rule's other fields, or the form",
    edit: (f) => f.replace(/    field name text required \{[^}]*\}\n/, ""),
    ruleId: "required-name", level: "error", line: 4, column: 3,
    message: /^Missing prompt: Name of the accompanying adult \(a\.name\)\. Record the name — recommendation 2\.2; paragraph 1\.20\. Add a required text field with `covers a\.name` to section `arrival`\.$/,
  },
  {
    name: "required: present but optional",
    edit: (f) => f.replace("field name text required", "field name text"),
    ruleId: "required-name", level: "error", line: 5, column: 11,
    message: /^Field `name` covers a\.name but is optional\. Record the name — recommendation 2\.2; paragraph 1\.20\. Make it `required`\.$/,
  },
  {
    name: "required: covered only conditionally (behind an unrelated when), even if marked required",
    edit: (f) => f.replace("field name text required {", "field name text required when caring = yes {"),
    ruleId: "required-name", level: "error", line: 5, column: 30,
    message: /covers a\.name only when caring = yes, so the prompt is not always asked \(covered only conditionally\)/,
  },
  {
    name: "required: covered only conditionally — the condition printed with its brackets, as the formatter prints it",
    edit: (f) => f.replace("field name text required {", "field name text required when not (caring = yes and caring answered) {"),
    ruleId: "required-name", level: "error", line: 5, column: 30,
    message: /covers a\.name only when not \(caring = yes and caring answered\), so the prompt is not always asked/,
  },
  {
    name: "required: covered only behind a FHIRPath expression formguard does not evaluate (a Questionnaire's enableWhenExpression)",
    edit: (f) => f.replace("field name text required {", 'field name text required when expression "%age < 18" {'),
    ruleId: "required-name", level: "error", line: 5, column: 30,
    message: /^Field `name` covers a\.name only when expression "%age < 18", so the prompt is not always asked \(covered only conditionally\)\./,
  },
  {
    name: "required: covered only by a hidden field, which the form never shows",
    edit: (f) => f.replace("field name text required {", "field name text required hidden {"),
    ruleId: "required-name", level: "error", line: 5, column: 30,
    message: /^Field `name` covers a\.name but is hidden: the form never shows it, so the prompt is not asked\. Record the name — recommendation 2\.2; paragraph 1\.20\. Show it \(remove `hidden`\), or add a field that asks it\.$/,
  },
  {
    name: "present: a hidden field asks nothing, even where the rule asks only that the concept be there",
    edit: (f) => f.replace("field rel choice {", "field rel choice hidden {"),
    ruleId: "present-rel", level: "warning", line: 6, column: 22,
    message: /^Field `rel` covers a\.rel but is hidden: the form never shows it/,
  },
  {
    name: "shown when: an expression is never the condition required, since formguard cannot read it",
    edit: (f) => f.replace("field kids longtext when caring = yes {", 'field kids longtext when expression "%caring = true" {'),
    ruleId: "shown", level: "error", line: 11, column: 25,
    message: /^Field `kids` should be shown when caring = yes, but it is shown when expression "%caring = true"\./,
  },
  {
    name: "present: missing",
    edit: (f) => f.replace(/    field rel choice \{[^}]*\}\n/, ""),
    ruleId: "present-rel", level: "warning", line: 4, column: 3,
    message: /^Missing prompt: Relationship \(a\.rel\)\. Ask the relationship — paragraph 1\.20\. Add a choice field with `covers a\.rel` to section `arrival`\.$/,
  },
  {
    name: "lookback: 6 months is too short",
    edit: (f) => f.replace("lookback 12 months", "lookback 6 months"),
    ruleId: "lookback", level: "error", line: 9, column: 73,
    message: /^Field `visits` looks back 6 months; the look-back must be >= 12 months\. .* Set `lookback 12 months`\.$/,
  },
  {
    name: "lookback: 52 weeks is shorter than 12 months",
    edit: (f) => f.replace("lookback 12 months", "lookback 52 weeks"),
    ruleId: "lookback", level: "error", line: 9, column: 73,
    message: /looks back 52 weeks; the look-back must be >= 12 months/,
  },
  {
    name: "lookback: none at all",
    edit: (f) => f.replace(" lookback 12 months", ""),
    ruleId: "lookback", level: "error", line: 9, column: 11,
    message: /^Field `visits` does not say how far back it looks; the look-back must be >= 12 months\. .* Add `lookback 12 months`\.$/,
  },
  {
    name: "shown when: always shown",
    edit: (f) => f.replace("field kids longtext when caring = yes", "field kids longtext"),
    ruleId: "shown", level: "error", line: 11, column: 11,
    message: /^Field `kids` should be shown when caring = yes, but it is always shown\. .* Write `when caring = yes`\.$/,
  },
  {
    name: "shown when: the wrong condition",
    edit: (f) => f.replace("when caring = yes", "when caring = no"),
    ruleId: "shown", level: "error", line: 11, column: 25,
    message: /should be shown when caring = yes, but it is shown when caring = no/,
  },
  {
    name: "shown when with <: the wrong threshold",
    edit: (f) => f.replace("when age < 20", "when age < 18"),
    ruleId: "teen", level: "warning", line: 14, column: 22,
    message: /should be shown when age < 20, but it is shown when age < 18/,
  },
  {
    name: "type: a multichoice where a choice is needed",
    edit: (f) => f.replace("field rag choice required", "field rag multichoice required"),
    ruleId: "rag-choice", level: "info", line: 12, column: 15,
    message: /^Field `rag` is a multichoice; rag must be choice\. Rate the risk — section "What people told us"\. Change its type to choice\.$/,
  },
  {
    name: "options include: the option is missing",
    edit: (f) => f.replace('options "Red", "Amber", "Green"', 'options "High", "Low"'),
    ruleId: "rag-choice", level: "info", line: 12, column: 11,
    message: /^Field `rag` has no option "Red"\. .* Add "Red" to its options\.$/,
  },
  {
    name: "one of: neither alternative present",
    edit: (f) => f.replace(/    field alt text \{[^}]*\}\n/, ""),
    ruleId: "either", level: "warning", line: 1, column: 1,
    message: /^Missing prompt: any of First way \(alt-1\), Second way \(alt-2\)\./,
  },
  {
    name: "header: no owner",
    edit: (f) => f.replace(' owner "Team"', ""),
    ruleId: "header", level: "warning", line: 1, column: 6,
    message: /^Form `f` does not declare its owner\. Version the form — paragraph 3\.8\. Add `owner "…"` to the form header\.$/,
  },
];

const VARIANTS: Array<[string, (f: string) => string]> = [
  ["lookback of 1 year equals 12 months", (f) => f.replace("lookback 12 months", "lookback 1 year")],
  ["lookback of 2 years is more than enough", (f) => f.replace("lookback 12 months", "lookback 2 years")],
  ["shown when as one part of an `and`", (f) => f.replace("when caring = yes", "when caring = yes and age > 0")],
  ["the other alternative of `one of`", (f) => f.replace("covers alt-2", "covers alt-1")],
  ["a required field behind exactly the shown-when condition", (f) => f.replace("field kids longtext when", "field kids longtext required when")],
  ["a hidden field beside the field that asks it", (f) => f.replace('field alt text { label "Alt" covers alt-2 }', 'field alt text { label "Alt" covers alt-2 }\n    field name_on_file text hidden { label "Name on file" covers a.name }')],
  ["an expression beside the required condition", (f) => f.replace("field kids longtext when caring = yes {", 'field kids longtext when caring = yes and expression "%x" {')],
  ["a concept covered by two fields, one of which meets the rule", (f) => f.replace('field alt text { label "Alt" covers alt-2 }', 'field alt text { label "Alt" covers alt-2 }\n    field name2 text when caring = yes { label "Name again" covers a.name }')],
];

tester.run("each require form", {
  valid: [{ name: "a form that meets every requirement has no diagnostics", code: GOOD }, ...VARIANTS.map(([name, edit]) => ({ name, code: edit(GOOD) }))],
  invalid: CASES.map((c) => ({ name: c.name, code: c.edit(GOOD), errors: [{ ruleId: rule(c.ruleId), level: c.level, line: c.line, column: c.column, message: c.message }] })),
});

describe("applies selectors", () => {
  const SEL_PACK = `pack s { }
service svc
service other
audience child
audience adult
concept x "X" { suggest text }
rule r-and { title "and" severity error applies service svc and audience child require x cites paragraph 1 }
rule r-or { title "or" severity error applies service other or tag special require x cites paragraph 1 }
rule r-not { title "not" severity error applies not audience adult require x cites paragraph 1 }
rule r-ages { title "ages" severity error applies ages include 17 and ages include 18 require x cites paragraph 1 }
rule r-all { title "all" severity error require x cites paragraph 1 }
rule r-list { title "list" severity error applies service other, svc require x cites paragraph 1 }
`;
  const fired = (header: string) =>
    checkWith(`form f { ${header} field a text { label "A" } }`, { packs: { "/s.formrules": SEL_PACK } })
      .diagnostics.map((d) => d.ruleId.replace("s/", ""))
      .filter((id) => id.startsWith("r-"))
      .sort();
  const table: Array<[string, string[]]> = [
    ["service svc audience child ages 0..17", ["r-all", "r-and", "r-list", "r-not"]],
    ["service svc audience adult ages 18..99", ["r-all", "r-list"]],
    ["service other audience adult ages 0..120", ["r-ages", "r-all", "r-list", "r-or"]],
    ["service svc audience child, adult tags special ages 16..17", ["r-all", "r-and", "r-list", "r-or"]],
    ["audience child", ["r-all", "r-not"]],
  ];
  for (const [header, expected] of table) it(`${header} → ${expected.join(", ")}`, () => expect(fired(header)).toEqual(expected));
});

describe("diagnostic data for quick fixes", () => {
  it("a missing concept carries the suggested field skeleton and the section it belongs in", () => {
    const d = check(GOOD.replace(/    field rel choice \{[^}]*\}\n/, "")).find((x) => x.ruleId === "t/present-rel")!;
    expect(d.data).toEqual({
      kind: "missing-concept",
      concept: "a.rel",
      concepts: ["a.rel"],
      form: "f",
      section: "arrival",
      skeleton: { id: "a_rel", type: "choice", required: false, label: "Relationship", concept: "a.rel", options: ["Mother", "Father"], lookback: undefined, when: undefined },
    });
  });
  it("a missing shown-when prompt carries the condition, written against this form's field", () => {
    const d = check(GOOD.replace(/    field kids longtext[^}]*\}\n/, "")).find((x) => x.ruleId === "t/shown")!;
    expect(d.message).toMatch(/Add a longtext field with `covers kids` to section `history`, shown when caring = yes\.$/);
    expect((d.data as { skeleton: { when: string } }).skeleton.when).toBe("caring = yes");
  });
  it("citations put recommendations first, as the CLI contract shows", () => {
    const d = check(GOOD.replace("field name text required", "field name text")).find((x) => x.ruleId === "t/required-name")!;
    expect(d.citations).toEqual([{ recommendation: "2.2" }, { paragraph: "1.20" }]);
  });
});

describe("the order of diagnostics at the same place", () => {
  it("is by rule id, code unit by code unit, whatever the machine's locale (`-` before `_`, as in ASCII; ICU's collation puts `_` first)", () => {
    const pack = `pack o { }
concept x "X" { suggest text }
concept y "Y" { suggest text }
rule miss_b { title "b" severity error require y cites paragraph 1 }
rule miss-a { title "a" severity error require x cites paragraph 1 }
`;
    const ids = checkWith(`form f { field a text { label "A" } }`, { packs: { "/o.formrules": pack } })
      .diagnostics.filter((d) => d.ruleId.startsWith("o/miss"))
      .map((d) => d.ruleId);
    expect(ids).toEqual(["o/miss-a", "o/miss_b"]);
  });
});
