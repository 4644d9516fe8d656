/**
 * Looking after a child is minding them; a looked-after child is in local-authority care
 * (rules/recognition/looking-after.ts).
 */
import { describe, expect, it } from "vitest";
import { readLookingAfter } from "../../rules/recognition/looking-after";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("looking after is not looked after", () => {
  it.each([
    ["who was looking after the child?", "who was lookafter the child?"],
    ["do you look after any children?", "do you lookafter any children?"],
    ["who looks after your children", "who lookafter your children"],
    ["who is caring for the children?", "who is lookafter the children?"],
    ["she cares for her brother", "she lookafter her brother"],
    // Not the bare "care for", nor caring responsibilities.
    ["plan of care for the baby", "plan of care for the baby"],
    ["caring responsibilities", "caring responsibilities"],
    // The status keeps its words.
    ["is the child looked after?", "is the child looked after?"],
    ["looked after child", "looked after child"],
  ])("%j reads as %j", (text, read) => {
    expect(readLookingAfter(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Who was minding the child is not the child's legal status (it was, through "LAC").
    ["Who was looking after the child when the injury happened?", null],
    ["Is the child looked after?", "child.looked-after"],
    ["Looked after child", "child.looked-after"],
    ["Do you look after any children?", "caring-responsibilities"],
    ["Who is looking after the children?", "children.details"],
    ["Who is caring for the children while you are here?", "children.details"],
    ["Are you caring for any children?", "caring-responsibilities"],
  ], "(the shipped pack)");
});
