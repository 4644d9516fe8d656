/**
 * An action plan's columns (rules/recognition/action-plan.ts): in a section setting out an action
 * ("Who will do it?" beside "By when?"), each bare column is the action's. A looked-after child's
 * health plan (HP-1, HP-3: recommendation 1.14's SMART actions, paragraph 4.15's completion date)
 * that has them all must not be told they are missing; one column alone proves nothing.
 */
import { describe, expect, it } from "vitest";
import { actionColumn, isActionPlanBlock } from "../../rules/recognition/action-plan";
import { lacHealthPlanForm, missingConceptsIn } from "../helpers";

const COLUMNS = ["plan.action-owner", "plan.action-due-date", "plan.action-outcome", "plan.action-completed-date"];

function missingColumns(section: string): string[] {
  const text = lacHealthPlanForm(`  section need "Health need" {
    field need longtext required { label "Health need identified" }
  }
${section}`);
  return missingConceptsIn(text, { infer: true, uri: "/test/action-plan.form" }).filter((c) => COLUMNS.includes(c)).sort();
}

describe("an action plan's columns, linted with inference on", () => {
  it.each([
    [
      "a section per action",
      `  section action1 "Action 1" {\n    field who text required { label "Who will do it" }\n    field by date required { label "To be done by (date)" }\n    field outcome longtext required { label "Expected outcome – how we will know it has worked" }\n    field done date { label "Date completed" }\n  }`,
      [],
    ],
    [
      "the columns of the plan's one section",
      `  section plan "Health plan" {\n    field who text required { label "Who will do it?" }\n    field by date required { label "By when?" }\n    field diff longtext required { label "What difference will it make?" }\n    field done date { label "Date completed" }\n  }`,
      [],
    ],
    [
      "\"Date completed\" beside a signature is the form's, not an action's",
      `  section signoff "Completed by" {\n    field n text required { label "Name" }\n    field s signature required { label "Signature" }\n    field done date required { label "Date completed" }\n  }`,
      COLUMNS,
    ],
    [
      "one column alone proves nothing",
      `  section plan "Plan" {\n    field who text required { label "Who will do it?" }\n    field notes longtext { label "Notes" }\n  }`,
      COLUMNS,
    ],
  ])("%s", (_, section, missing) => {
    expect(missingColumns(section as string)).toEqual([...(missing as string[])].sort());
  });
});

describe("which column of an action a field is", () => {
  it.each([
    ["Who will do it?", "text", "owner"],
    ["By whom", "person", "owner"],
    ["Responsible person", "text", "owner"],
    ["Who will review this plan?", "text", undefined],
    ["By when?", "date", "due"],
    ["To be done by (date)", "date", "due"],
    ["Target date", "date", "due"],
    ["Timescale", "text", "due"],
    ["Date completed", "date", "done"],
    ["Date achieved", "date", "done"],
    ["Completed by", "text", undefined],
    ["Expected outcome", "longtext", "outcome"],
    ["How will we know it has worked?", "longtext", "outcome"],
    ["What difference will it make?", "longtext", "outcome"],
    ["Date of birth", "date", undefined],
    ["Notes", "longtext", undefined],
    // A plan of numbered actions names the action before a dash or colon and the column after it.
    ["Action 1 - what needs to happen", "longtext", "action"],
    ["Health action 2: what needs to happen", "longtext", "action"],
    ["Action 1 - to be done by", "date", "due"],
    ["Action 2 - expected outcome (how we will know it has worked)", "longtext", "outcome"],
    ["Action 1", "longtext", "action"],
    ["Action 1 - notes", "longtext", undefined],
    ["Action 1", "date", undefined],
  ])("%s (%s) → %s", (label, type, column) => {
    expect(actionColumn(label as string, type as string)).toBe(column);
  });

  it("a section is an action plan when two different columns stand in it", () => {
    expect(isActionPlanBlock([{ label: "Who will do it?", type: "text" }, { label: "By when?", type: "date" }])).toBe(true);
    expect(isActionPlanBlock([{ label: "Who will do it?", type: "text" }, { label: "Who else?", type: "text" }])).toBe(false);
    expect(isActionPlanBlock([{ label: "Date completed", type: "date" }, { label: "Signature", type: "signature" }])).toBe(false);
  });
});
