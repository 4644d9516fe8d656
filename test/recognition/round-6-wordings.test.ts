/**
 * Wordings of the shipped concepts added in round 6 (issue 16), each found by probing how real
 * forms ask the report's concepts, and the look-alikes they must not take.
 */
import { describe } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("round 6 wordings", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["How often do you floss?", "health.oral"],
    ["Are the child's teeth brushed?", "health.oral"],
    ["Performed by", "practitioner.name"],
    ["Carried out by", "practitioner.name"],
    ["Interpersonal violence?", "domestic-abuse.enquiry"],
    ["Is anyone hurting you?", "domestic-abuse.enquiry"],
    ["Has anyone ever made you feel afraid?", "domestic-abuse.enquiry"],
    ["Opportunity to see the woman alone", "seen-alone.planned"],
    // A history compatible with the injury is consistent with it (word-families.ts).
    ["History compatible with injury?", "injury.explanation-consistent"],
    ["Are you the main carer for any children?", "caring-responsibilities"],
    // The child's own experience of abuse is not the domestic abuse enquiry.
    ["Has the child experienced abuse?", null],
    // 4 December, evening: the verb as ED proformas write it ("Any delay in presenting?"), and
    // what it must not take ("presenting complaint" is the reason for attending; a child late to
    // school has not delayed bringing an injury).
    ["Was there a delay in presenting?", "injury.delay-in-presentation"],
    ["Any delay in presenting to hospital?", "injury.delay-in-presentation"],
    ["Child presented late to school", null],
  ], "(the shipped pack)");
});
