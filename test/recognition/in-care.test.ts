/**
 * Being in care is the legal status of a looked-after child, not caring for someone
 * (rules/recognition/in-care.ts).
 */
import { describe, expect, it } from "vitest";
import { readInCare } from "../../rules/recognition/in-care";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("in care is a status", () => {
  it.each([
    ["have any of your children been taken into care?", "have any of your children been taken incare?"],
    ["is the child in care?", "is the child incare?"],
    ["date came into care", "date came incare"],
    // Someone's care, a care home, a care plan keep their words.
    ["is the child in the care of grandparents?", "is the child in the care of grandparents?"],
    ["in care of her grandmother", "in care of her grandmother"],
    ["lives in care home", "lives in care home"],
    ["do you care for any children?", "do you care for any children?"],
  ])("%j reads as %j", (text, read) => {
    expect(readInCare(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Was the adult's caring responsibilities, through "care for any children".
    ["Have any of your children been taken into care?", "children.in-care"],
    // Was the reason for today's attendance, through "why has the child come in today".
    ["Why did the child come into care?", "looked-after.reason"],
    ["Is the child in care?", "child.looked-after"],
    ["Do you care for any children?", "caring-responsibilities"],
    ["Why has the child come in today?", "attendance.circumstances"],
  ], "(the shipped pack)");
});
