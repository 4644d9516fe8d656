/**
 * A parent's worry about one part of the child's health is about that part, not a safeguarding
 * concern about the child (rules/recognition/worry-aspects.ts).
 */
import { describe, expect, it } from "vitest";
import { readWorryAboutAnAspect } from "../../rules/recognition/worry-aspects";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a worry about a part of the child's health", () => {
  it.each([
    ["are you worried about your child sleep?", "are you worried about sleep?"],
    ["any concerns with the baby feeding?", "any concerns with feeding?"],
    ["any worries about your child development?", "any worries about development?"],
    // The child's safety, welfare or care, and the child, keep their child.
    ["are you worried about your child safety?", "are you worried about your child safety?"],
    ["any worries about your child?", "any worries about your child?"],
    ["concerns about the child welfare", "concerns about the child welfare"],
  ])("%j reads as %j", (text, read) => {
    expect(readWorryAboutAnAspect(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Are you worried about your child's sleep?", null],
    ["Any worries about your child's development?", null],
    // The part named still decides: the teeth are oral health.
    ["Do you have any worries about your child's teeth?", "health.oral"],
    ["Is there anything that you are worried about with your child's teeth?", "health.oral"],
    ["Are you worried about your child's safety?", "safeguarding.concerns"],
    ["Do you have any worries about your child?", "safeguarding.concerns"],
  ], "(the shipped pack)");
});
