/**
 * "Professional" as the kind of a judgement names no one (rules/recognition/prompt-guards.ts
 * `rolesOf`, round 36). The first two rows are written forms' tuning labels, told before that the
 * form recorded no safeguarding decision.
 */
import { describe, expect, it } from "vitest";
import { rolesOf } from "../../rules/recognition/prompt-guards";
import { itReadsEachLabelShipped } from "./reads-labels";

describe("a professional judgement is nobody's field", () => {
  itReadsEachLabelShipped([
    ["Professional decision on the safeguarding action needed", "safeguarding.action-decision"],
    ["Record your professional decision on safeguarding action", "safeguarding.action-decision"],
    ["Name of health professional", "practitioner.name"],
  ]);
  it.each([
    ["Professional decision on the action needed", []],
    ["Professional judgement of risk", []],
    ["Professional name", ["practitioner"]],
    ["Professional completing the form", ["practitioner"]],
  ])("%j names %j", (text, roles) => {
    expect([...rolesOf(text)]).toEqual(roles);
  });
});
