/**
 * Built-in checks, through the one RuleTester (test/rule-tester.ts): each valid case yields no
 * diagnostic at all; each invalid case yields exactly the expected diagnostics of its rule id
 * (rule id, level, position, message; no citations; a non-empty range).
 * A small pack stands in for the shipped one, so these tests depend on no real rule.
 */
import { describe, expect, it } from "vitest";
import { check as checkWith, DOC_URI, RuleTester, type ExpectedError } from "../rule-tester";

const PACK = `pack test-pack "Test" { }
service emergency-department "ED"
service minor-injury-unit "MIU"
audience child "Child"
audience adult "Adult"
concept accompanying-adult.name "Accompanying adult" { suggest text required }
concept caring-responsibilities "Caring responsibilities" { suggest yesno required }
rule needs-name {
  title "Record the accompanying adult"
  severity error
  applies service emergency-department
  require accompanying-adult.name required
  cites paragraph 1.20, recommendation 2.2
}
recommendation 2.2 "Record who accompanies the child"
`;

const PACKS = { "/packs/test.formrules": PACK };
const tester = new RuleTester({ check: (code, setup) => checkWith(code, { packs: PACKS, ...setup }) });

/** A header that satisfies the test pack, so only the check under test speaks. */
const ok = (body: string, header = "service emergency-department audience child") =>
  `form f "F" {\n  ${header}\n  section s "S" {\n    field who text required { label "Who" covers accompanying-adult.name }\n${body}\n  }\n}`;

/** Where the second `label` of the 18-property field below starts (1-based). */
const LONG_FIELD_SECOND_LABEL = `    field a choice { ${Array.from({ length: 16 }, (_, i) => `options "${i}"`).join(" ")} label "A" `.length + 1;

interface Invalid {
  name: string;
  code: string;
  ruleId: string;
  level: "error" | "warning" | "info";
  line: number;
  column: number;
  message: RegExp;
  /** Further diagnostics of this id: a cycle is reported on each field in it. */
  also?: ExpectedError[];
}

const VALID: Array<[string, string]> = [
  ["a complete form", ok('    field a yesno { label "A" }')],
  ["a condition on a yes/no field", ok('    field a yesno { label "A" }\n    field b text when a = yes { label "B" }')],
  ["a condition on a choice option", ok('    field a choice { label "A" options "X", "Y" }\n    field b text when a = "Y" { label "B" }')],
  ["a numeric condition", ok('    field n number { label "N" }\n    field b text when n >= 3 and n < 10 { label "B" }')],
  ["answered on any type", ok('    field t text { label "T" }\n    field b text when t answered { label "B" }')],
  ["lookback on number and date", ok('    field n number { label "N" lookback 12 months }\n    field d date { label "D" lookback 1 year }')],
  ["a section and a field sharing an id", ok('    section plan "Plan" { field plan text { label "Plan" } }')],
  ["a waiver that waives something", `form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" by "Named nurse" until 2027-03-31\n}`],
  ["min below max", ok('    field n number { label "N" min 0 max 10 }')],
];

const INVALID: Invalid[] = [
  { name: "duplicate field id", code: ok('    field who text { label "Again" }'), ruleId: "duplicate-id", level: "error", line: 5, column: 11, message: /^The id `who` is already used by the field on line 4 of form `f`: give this field a different id\.$/ },
  { name: "duplicate section id", code: ok('    section s "Inner" { field x text { label "X" } }'), ruleId: "duplicate-id", level: "error", line: 5, column: 13, message: /already used by the section on line 3/ },
  { name: "a field property given twice", code: ok('    field a text { label "A" label "B" }'), ruleId: "duplicate-property", level: "error", line: 5, column: 30, message: /^`label` is given twice in field `a`: only one counts, so remove the other\.$/ },
  // Past 16 properties the earlier ones are kept in a set rather than searched: the same finding.
  { name: "a field property given twice among many repeatable ones", code: ok(`    field a choice { ${Array.from({ length: 16 }, (_, i) => `options "${i}"`).join(" ")} label "A" label "B" }`), ruleId: "duplicate-property", level: "error", line: 5, column: LONG_FIELD_SECOND_LABEL, message: /^`label` is given twice in field `a`: only one counts, so remove the other\.$/ },
  { name: "duplicate header property", code: ok("", "service emergency-department\n  service minor-injury-unit"), ruleId: "duplicate-property", level: "error", line: 3, column: 3, message: /`service` is given twice in form `f`/ },
  { name: "unknown field in when", code: ok('    field b text when whoo answered { label "B" }'), ruleId: "unknown-field", level: "error", line: 5, column: 23, message: /has no field `whoo`: did you mean `who`\?$/ },
  { name: "yes on a text field", code: ok('    field b text when who = yes { label "B" }'), ruleId: "invalid-condition-value", level: "error", line: 5, column: 29, message: /`who` is a text field: compare it with quoted text/ },
  { name: "an option the choice does not offer", code: ok('    field a choice { label "A" options "X", "Y" }\n    field b text when a = "Z" { label "B" }'), ruleId: "invalid-condition-value", level: "error", line: 6, column: 27, message: /`a` has no option "Z"; its options are "X", "Y"/ },
  { name: "< on a yes/no field", code: ok('    field a yesno { label "A" }\n    field b text when a < 3 { label "B" }'), ruleId: "invalid-condition-value", level: "error", line: 6, column: 27, message: /cannot be compared with <; only numbers can/ },
  { name: "a when cycle", code: ok('    field a yesno when b = yes { label "A" }\n    field b yesno when a = yes { label "B" }'), ruleId: "condition-cycle", level: "error", line: 5, column: 19, message: /^The conditions of `a` → `b` → `a` depend on each other in a loop/, also: [{ ruleId: "condition-cycle", level: "error", line: 6, message: /^The conditions of `b` → `a` → `b` depend on each other in a loop/ }] },
  { name: "choice without options", code: ok('    field a choice { label "A" }'), ruleId: "missing-options", level: "error", line: 5, column: 11, message: /is a choice but has no options/ },
  { name: "options on a text field", code: ok('    field a text { label "A" options "X" }'), ruleId: "unexpected-options", level: "error", line: 5, column: 30, message: /is a text, which takes no options/ },
  { name: "lookback on a text field", code: ok('    field a text { label "A" lookback 12 months }'), ruleId: "invalid-lookback", level: "error", line: 5, column: 39, message: /only makes sense on a number .* or a date field/ },
  { name: "lookback with an unknown unit", code: ok('    field a number { label "A" lookback 12 monhts }'), ruleId: "invalid-lookback", level: "error", line: 5, column: 44, message: /`monhts` is not a unit of time: did you mean `months`\?/ },
  { name: "unknown field type", code: ok('    field a txet { label "A" }'), ruleId: "unknown-type", level: "error", line: 5, column: 13, message: /unknown type `txet`: did you mean `text`\?/ },
  { name: "min above max", code: ok('    field n number { label "N" min 10 max 1 }'), ruleId: "invalid-range", level: "error", line: 5, column: 36, message: /`min 10` greater than `max 1`/ },
  { name: "a field without a label", code: ok("    field a text"), ruleId: "missing-label", level: "warning", line: 5, column: 11, message: /^Field `a` has no label, so the form shows no question for it/ },
  { name: "an empty section", code: ok('    section empty "Nothing here" { }'), ruleId: "empty-section", level: "warning", line: 5, column: 13, message: /^Section `empty` is empty/ },
  { name: "an empty form spec", code: "", ruleId: "no-form", level: "warning", line: 1, column: 1, message: /^This file declares no form, so nothing in it is checked against the safeguarding requirements/ },
  { name: "a form spec of comments only", code: "// ED paediatric attendance, exported 2026-11-30\n/* nothing else */\n", ruleId: "no-form", level: "warning", line: 1, column: 1, message: /declares no form/ },
  { name: "a form with no service", code: 'form f "F" {\n  section s { field a text { label "A" } }\n}', ruleId: "missing-service", level: "warning", line: 1, column: 6, message: /does not say which service it is for, so no safeguarding requirement is checked/ },
  { name: "ages running backwards", code: ok("", "service emergency-department\n  ages 17..0"), ruleId: "invalid-ages", level: "error", line: 3, column: 3, message: /`ages 17\.\.0` runs backwards/ },
  { name: "unknown concept", code: ok('    field a text { label "A" covers accompanying-adult.nam }'), ruleId: "unknown-concept", level: "error", line: 5, column: 37, message: /^Unknown concept `accompanying-adult\.nam`: did you mean `accompanying-adult\.name`\?$/ },
  { name: "unknown service", code: ok("", "service emergency-departmnt"), ruleId: "unknown-service", level: "error", line: 2, column: 11, message: /did you mean `emergency-department`\?/ },
  { name: "unknown audience", code: ok("", "service emergency-department\n  audience chlid"), ruleId: "unknown-audience", level: "error", line: 3, column: 12, message: /did you mean `child`\?/ },
  { name: "unknown rule in a waiver", code: ok("").replace(/\n}$/, '\n  waive needs-nam "why"\n}'), ruleId: "unknown-rule", level: "error", line: 7, column: 9, message: /^Unknown rule `needs-nam`: did you mean `needs-name`\?$/ },
  { name: "unused waiver", code: ok("").replace(/\n}$/, '\n  waive test-pack/needs-name "why"\n}'), ruleId: "unused-waiver", level: "warning", line: 7, column: 9, message: /waives nothing: form `f` already meets the rule\. Remove the waiver\.$/ },
  { name: "waiver with an empty reason", code: 'form f "F" {\n  service emergency-department\n  waive needs-name "" by "Named nurse" until 2027-01-31\n}', ruleId: "waiver-without-reason", level: "error", line: 3, column: 20, message: /gives no reason, so it waives nothing/ },
  { name: "waiver with a blank reason", code: 'form f "F" {\n  service emergency-department\n  waive needs-name "   " by "Named nurse" until 2027-01-31\n}', ruleId: "waiver-without-reason", level: "error", line: 3, column: 20, message: /gives no reason/ },
  { name: "waiver naming nobody accountable", code: 'form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" until 2027-01-31\n}', ruleId: "waiver-without-owner", level: "warning", line: 3, column: 9, message: /names nobody accountable for the gap: add `by "…"`/ },
  { name: "expired waiver", code: 'form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" until 2026-01-31\n}', ruleId: "expired-waiver", level: "warning", line: 3, column: 48, message: /expired on 2026-01-31, so the rule applies again/ },
];

tester.run("built-in checks", {
  valid: VALID.map(([name, code]) => ({ name, code })),
  invalid: INVALID.map((c) => ({ name: `${c.ruleId}: ${c.name}`, code: c.code, errors: [{ ruleId: c.ruleId, level: c.level, line: c.line, column: c.column, message: c.message }, ...(c.also ?? [])] })),
});

describe("no-form is said only where a form spec holds no form", () => {
  it.each([
    ["a pack file", "/p.formrules", ""],
    ["a form spec whose header is misspelt (the syntax error says it)", DOC_URI, 'from f "F" {\n}\n'],
    ["a form spec with a form", DOC_URI, ok('    field a yesno { label "A" }')],
  ])("%s", (_name, uri, code) => {
    const r = checkWith(code, { packs: { "/test.formrules": PACK }, uri });
    expect(r.diagnostics.map((d) => d.ruleId)).not.toContain("no-form");
  });
});

describe("duplicate-id across the workspace", () => {
  const form = (id: string) => `form ${id} "F" {\n  service emergency-department\n  section s "S" {\n    field a text { label "A" }\n  }\n}\n`;
  it.each([
    ["a form spec", "/forms/first.form", "(/forms/first.form:1)"],
    // An imported Questionnaire's form has no line of its own in the JSON: the file alone is named.
    ["a Questionnaire", "/forms/first.json", "(/forms/first.json)"],
  ])("names the other form's file, and its line only in %s", (_name, otherUri, where) => {
    const r = checkWith(form("ed"), { packs: { "/test.formrules": PACK }, extra: { [otherUri]: form("ed") } });
    expect(r.diagnostics.filter((d) => d.ruleId === "duplicate-id").map((d) => [d.message, d.data])).toEqual([
      [`Another form is already called \`ed\` ${where}: form ids must be unique across the workspace.`, { kind: "duplicate-form", id: "ed", otherUri }],
    ]);
  });
});

describe("waivers", () => {
  it("a live waiver moves the rule's diagnostic to `waived`, with who and until", () => {
    const r = checkWith('form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" by "Named nurse" until 2027-03-31\n}', { packs: { "/p.formrules": PACK } });
    expect(r.diagnostics.map((d) => d.ruleId)).toEqual([]);
    expect(r.waived.map((w) => [w.ruleId, w.waiver.reason, w.waiver.by, w.waiver.until])).toEqual([["test-pack/needs-name", "Recorded in the PAS", "Named nurse", "2027-03-31"]]);
  });
  it("an expired waiver no longer waives: the rule's error is back", () => {
    const r = checkWith('form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" by "Named nurse" until 2026-11-26\n}', { packs: { "/p.formrules": PACK } });
    expect(r.diagnostics.map((d) => d.ruleId).sort()).toEqual(["expired-waiver", "test-pack/needs-name"]);
    expect(r.waived).toEqual([]);
  });
  it.each([[""], ["  \t "]])("a waiver whose reason is %j is an error and waives nothing", (reason) => {
    const r = checkWith(`form f "F" {\n  service emergency-department\n  waive needs-name "${reason}" by "Named nurse" until 2027-03-31\n}`, { packs: { "/p.formrules": PACK } });
    expect(r.diagnostics.map((d) => [d.ruleId, d.level]).sort()).toEqual([["test-pack/needs-name", "error"], ["waiver-without-reason", "error"]]);
    expect(r.waived).toEqual([]);
  });
  it("a waiver is good through its `until` day", () => {
    const r = checkWith('form f "F" {\n  service emergency-department\n  waive needs-name "Recorded in the PAS" until 2026-11-27\n}', { packs: { "/p.formrules": PACK } });
    expect(r.waived).toHaveLength(1);
  });
});

const bad = `pack p { }\nrule r { severity fatal }\nconcept c "C" { suggest txt }\nrecommendation 9.9 { not-checkable "a" partly "b" }`;
tester.run("pack checks", {
  invalid: [
    {
      name: "a toothless rule, a bad severity, a bad suggestion and a contradictory recommendation",
      code: bad,
      setup: { packs: {}, uri: "/p.formrules" },
      scope: "all",
      errors: [
        { ruleId: "invalid-rule", line: 2, message: "Rule `r` has no `title`: say in one line what the form must do." },
        { ruleId: "invalid-rule", line: 2, message: "Rule `r` has no `require`, so it can never find anything." },
        { ruleId: "invalid-rule", line: 2, message: "Rule `r` cites nothing: every rule must cite the paragraph or recommendation it enforces." },
        { ruleId: "invalid-rule", line: 2, message: "Rule `r` has severity `fatal`: write error, warning or info." },
        { ruleId: "invalid-concept", line: 3, message: "Concept `c` suggests unknown type `txt`: did you mean `text`?" },
        { ruleId: "invalid-recommendation", line: 4, message: "Recommendation 9.9 is declared both not checkable and partly checkable: keep one." },
      ],
    },
    {
      name: "a concept declared twice across files",
      code: 'concept accompanying-adult.name "Again"',
      setup: { packs: { "/a.formrules": PACK }, uri: "/b.formrules" },
      scope: "all",
      errors: [{ ruleId: "duplicate-id", message: /^The concept `accompanying-adult\.name` is already declared \(a\.formrules:6\)\.$/ }],
    },
    {
      name: "a form id used twice in the workspace",
      code: 'form f "Again" { service emergency-department }',
      setup: { packs: { "/p.formrules": PACK }, extra: { "/a.form": 'form f "F" { service emergency-department }' }, uri: "/b.form" },
      errors: [{ ruleId: "duplicate-id", message: "Another form is already called `f` (a.form:1): form ids must be unique across the workspace." }],
    },
  ],
});
