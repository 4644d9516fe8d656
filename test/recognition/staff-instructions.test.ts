/**
 * An instruction to whoever fills in the form, in front of what it asks, is not what it asks
 * (rules/recognition/staff-instructions.ts): set I's community trust record words its fields so.
 */
import { describe, expect, it } from "vitest";
import { withoutStaffInstruction } from "../../rules/recognition/staff-instructions";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("the instruction in front of a question", () => {
  it.each([
    ["Document whether the woman has been seen alone", "the woman has been seen alone"],
    ["Record if the child was accompanied", "the child was accompanied"],
    ["Confirm that the care plan has been shared with the GP", "the care plan has been shared with the GP"],
    ["Having looked at the previous attendances, document whether their number or pattern raises any concern", "their number or pattern raises any concern"],
    ["Ask the woman whether anyone has hurt, threatened or controlled her, and record her answer", "anyone has hurt, threatened or controlled her"],
    ["Summarise your professional judgement of the risk", "your professional judgement of the risk"],
    ["Describe the home: its condition and safety", "the home: its condition and safety"],
    // Nothing to take off, or too little left to ask anything.
    ["Record if known", "Record if known"],
    ["Recorded by", "Recorded by"],
    ["Document type", "Document type"],
    ["Has the patient been asked?", "Has the patient been asked?"],
  ])("%j → %j", (label, asked) => {
    expect(withoutStaffInstruction(label)).toBe(asked);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Ask the woman whether anyone has hurt, threatened or controlled her, and record her answer", "domestic-abuse.enquiry"],
    ["Having looked at the previous attendances, document whether their number or pattern raises any concern", "attendance.pattern-considered"],
    ["Summarise your professional judgement of whether this child is at risk of harm, and your reasons", "risk.analysis"],
  ], "(the shipped pack)");
});
