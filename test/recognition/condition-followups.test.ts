/**
 * A field shown only on a yes, whose words say nothing ("If yes, what has been done?", "If yes,
 * give details"), is the follow-up the pack requires after that yes (condition-followups.ts): the
 * rules say which concept follows which, so nothing in the code names one. Linted with inference
 * on, as an auditor runs a trust's forms.
 */
import { describe, expect, it } from "vitest";
import { followUpsRequired, wordedAsFollowUp } from "../../rules/recognition/condition-followups";
import { compiledRules } from "../../rules/rule-set";
import { checkText, formText, missingConceptsIn, workspaceWithPacks } from "../helpers";

function missing(header: string, fields: string): string[] {
  const text = formText(header, `  section s "Section" {\n${fields}\n  }`);
  return missingConceptsIn(text, { infer: true, uri: "/test/follow-ups.form" });
}

const ED_CHILD = "service emergency-department\n  audience child";
const ED_ADULT = "service emergency-department\n  audience adult";
const LEFT = `    field left yesno required { label "Did the child leave before treatment was completed?" }`;
const CARES = `    field cares yesno required { label "Do you look after any children?" }`;

describe("a field shown only on a yes is the follow-up the rules require after it", () => {
  it.each([
    ["what was done after the child left, shown when the child left", ED_CHILD, `${LEFT}\n    field done longtext when left = yes { label "If yes, what has been done?" }`, "did-not-wait.follow-up", false],
    ["the same field covered explicitly on its controlling question", ED_CHILD, `    field left yesno required { label "Left?" covers attendance.left-before-treatment }\n    field done longtext when left = yes { label "Details" }`, "did-not-wait.follow-up", false],
    ["the adult's children, shown when they look after children", ED_ADULT, `${CARES}\n    field kids longtext when cares = yes { label "If yes, please give details" }`, "children.details", false],
    // Not shown on that yes: nothing says what it follows.
    ["the same words with no condition", ED_CHILD, `${LEFT}\n    field done longtext { label "If yes, what has been done?" }`, "did-not-wait.follow-up", true],
    ["shown on a no", ED_CHILD, `${LEFT}\n    field done longtext when left = no { label "Details" }`, "did-not-wait.follow-up", true],
    // A choice's option "Yes" is its yes.
    ["what was done, shown when the choice's \"Yes\" is chosen", ED_CHILD, `    field left choice required { label "Did the child leave the department before treatment was completed?" options "Yes", "No" }\n    field done longtext when left = "Yes" { label "Document the follow-up action taken (calls to the family, GP informed)" }`, "did-not-wait.follow-up", false],
    ["the same, shown when \"No\" is chosen", ED_CHILD, `    field left choice required { label "Did the child leave the department before treatment was completed?" options "Yes", "No" }\n    field done longtext when left = "No" { label "Document the follow-up action taken" }`, "did-not-wait.follow-up", true],
    // Round 16 (set Q): shown on anything but "No" is shown on a yes; shown on anything but a yes is not.
    ["what was arranged, shown when a declining choice is not \"No\"", "service lac-initial-health-assessment\n  audience child\n  ages 0..17", `    field declined choice required { label "Did the child or young person decline all or part of this assessment?" options "No", "Declined in full", "Declined in part" }\n    field done longtext when declined != "No" { label "2.4 Please specify what has been arranged and by when" }`, "declined.follow-up", false],
    ["the same, shown when the yes/no is not yes", ED_CHILD, `${LEFT}\n    field done longtext when left != yes { label "Details" }`, "did-not-wait.follow-up", true],
    // A field whose type cannot hold the follow-up is not it: a time is not what was done.
    ["a time shown on the yes", ED_CHILD, `${LEFT}\n    field at datetime when left = yes { label "If yes, when?" }`, "did-not-wait.follow-up", true],
    // An example in brackets naming something no rule here needs does not stop the reading.
    ["the follow-up of a declined assessment, with an example", "service lac-initial-health-assessment\n  audience child\n  ages 0..17", `    field declined yesno required { label "Has the young person declined the assessment?" }\n    field done longtext when declined = yes { label "If yes, what has been done? (referral to specialist LAC nurse for early contact)" }`, "declined.follow-up", false],
    // A field that asks a topic of its own is not a follow-up, whatever it is shown on.
    ["a presenting complaint shown on the yes", ED_ADULT, `${CARES}\n    field pc text when cares = yes { label "Presenting complaint" }`, "children.details", true],
    // A field whose own words say what it asks keeps them.
    ["a referral shown on the yes", ED_CHILD, `${LEFT}\n    field ref yesno when left = yes { label "Referral to children's social care made?" }`, "did-not-wait.follow-up", true],
  ])("%s", (_, header, fields, concept, stillMissing) => {
    expect(missing(header as string, fields as string).includes(concept as string)).toBe(stillMissing);
  });

  it.each([
    ["If yes, please give details", true],
    ["If so, what has been done?", true],
    ["Details", true],
    ["Action taken", true],
    ["What has been agreed?", true],
    ["What follow-up is planned?", true],
    ["Plan if declined", true],
    // Round 13 (set G): the answer named instead of "yes".
    ["If declined: who has been told, and when will the assessment be offered again?", true],
    ["If refused, what was done?", true],
    ["Names and ages", true],
    // Round 14 (sets E, I, K): what will happen next, and a follow-up in a later clause.
    ["What will happen next, and who will offer the review again", true],
    ["Which parts were declined, and what has been arranged?", true],
    ["Referral to the specialist looked after children nurse for follow-up: what was agreed and when they will be seen", true],
    ["Presenting complaint", false],
    ["Presenting complaint, and time of onset", false],
    ["Document the follow-up action taken", true],
    ["Document the presenting complaint", false],
    ["Time of arrival", false],
    ["Referral to physiotherapy", false],
  ])("%s is worded as a follow-up: %s", (label, followUp) => {
    expect(wordedAsFollowUp(label as string)).toBe(followUp);
  });

  it("the shipped pack's rules say which concepts follow a yes", () => {
    const followUps = followUpsRequired(compiledRules(workspaceWithPacks().index));
    expect(followUps.get("attendance.left-before-treatment")).toContain("did-not-wait.follow-up");
    expect(followUps.get("caring-responsibilities")).toContain("children.details");
    expect(followUps.get("assessment.declined")).toContain("declined.follow-up");
  });

  it("a follow-up shown on a choice's \"Yes\" is recognised, and the rule still asks for the yes/no its `shown when` names", () => {
    // The recogniser says what the field asks; the rule engine alone says whether its condition is
    // written the way the rule requires (LANGUAGE.md: "tests the field covering concept C in the
    // same way"). So the prompt is not reported missing, and the condition gets its own message.
    const text = formText(ED_CHILD, `  section s "Section" {\n    field left choice required { label "Did the child leave the department before treatment was completed?" options "Yes", "No" }\n    field done longtext required when left = "Yes" { label "Document the follow-up action taken" }\n  }`);
    const diagnostics = checkText(text, { infer: true, uri: "/test/follow-ups.form" }).diagnostics;
    expect(diagnostics.find((d) => d.data?.kind === "recognised-concept" && d.data.field === "done")?.data).toMatchObject({ concept: "did-not-wait.follow-up", source: "condition" });
    expect(missingConceptsIn(text, { infer: true, uri: "/test/follow-ups.form" })).not.toContain("did-not-wait.follow-up");
    expect(diagnostics.map((d) => d.message).find((m) => m.includes("should be shown when attendance.left-before-treatment = yes"))).toContain('it is shown when left = "Yes"');
  });

  // The explanation quotes the form's own condition: `declined != "No"` is read as a yes to
  // `declined`, and an explanation once said "is yes", which the form does not say.
  const LAC = "service lac-initial-health-assessment\n  audience child\n  ages 0..17";
  const DECLINED = `    field declined choice required { label "Did the child or young person decline all or part of this assessment?" options "No", "Declined in full", "Declined in part" }`;
  it.each([
    ["a yes/no answered yes", ED_CHILD, `${LEFT}\n    field done longtext when left = yes { label "If yes, what has been done?" }`, "did-not-wait.follow-up", "left", "shown only when `left = yes` (`left` asks attendance.left-before-treatment), which the rules follow with it"],
    ["a choice's \"Yes\"", ED_CHILD, `    field left choice required { label "Did the child leave the department before treatment was completed?" options "Yes", "No" }\n    field done longtext when left = "Yes" { label "Document the follow-up action taken" }`, "did-not-wait.follow-up", "left", 'shown only when `left = "Yes"` (`left` asks attendance.left-before-treatment)'],
    ["anything but \"No\"", LAC, `${DECLINED}\n    field done longtext when declined != "No" { label "2.4 Please specify what has been arranged and by when" }`, "declined.follow-up", "declined", 'shown only when `declined != "No"` (`declined` asks assessment.declined)'],
  ])("explains the reading of a field shown on %s by quoting its condition", (_, header, fields, concept, on, quoted) => {
    const text = formText(header, `  section s "Section" {\n${fields}\n  }`);
    const d = checkText(text, { infer: true, uri: "/test/follow-ups.form" }).diagnostics.find((x) => x.data?.kind === "recognised-concept" && x.data.field === "done");
    expect(d?.data).toMatchObject({ concept, source: "condition", evidence: [on] });
    expect(d?.message).toContain(quoted);
    expect(d?.message).not.toContain("is yes");
  });
});
