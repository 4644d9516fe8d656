/**
 * How a child plays with other children is about their peers, not their brothers and sisters
 * (rules/recognition/peer-play-guard.ts): an M-CHAT item on an audited form was read as the other
 * children in the family.
 */
import { describe, expect, it } from "vitest";
import { asksPeerPlay } from "../../rules/recognition/peer-play-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a child's play with other children", () => {
  it.each([
    ["Is your child interested in other children?", true],
    ["Does your child play with other children?", true],
    ["Picked on or bullied by other children", true],
    ["Shares readily with other children", true],
    ["Gets on well with other children", true],
    ["Are there other children in the family?", false],
    ["Do you have other children?", false],
    ["Other children (names and ages)", false],
  ])("%j asks how the child gets on with peers: %s", (text, asks) => {
    expect(asksPeerPlay(text)).toBe(asks);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Is your child interested in other children?", null],
    ["Does your child play with other children?", null],
    // The family's other children keep their reading.
    ["Are there other children in the family?", "children.in-family"],
    ["Do you have other children?", "children.in-family"],
    ["Other children (names and ages)", "children.in-family"],
  ], "(the shipped pack)");
});
