/**
 * The client's children are not the child the form is about (rules/recognition/clients-children.ts;
 * REQUIREMENTS.md, "Concepts that are easy to confuse").
 */
import { describe, expect, it } from "vitest";
import { forTheClientsChildren } from "../../rules/recognition/clients-children";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("the client's children", () => {
  it.each([
    ["child.protection-status", "Is there a CP plan for any of your children?", "children.protection-status"],
    ["child.protection-status", "Status of service user’s children", "children.protection-status"],
    ["child.looked-after", "Client's children in foster care", "children.in-care"],
    ["child.protection-status", "Is the child on a CP plan?", undefined],
    ["child.protection-status", "Children's centre", undefined],
    ["voice-of-child", "What do your children say?", undefined],
  ])("%s in %j → %s", (concept, label, expected) => {
    expect(forTheClientsChildren(concept, label)).toBe(expected);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was the status of the child the form is about.
    ["Is there a child protection or child in need plan for any of your children?", "children.protection-status"],
    ["Client's children currently in out-of-home care (foster or residential)", "children.in-care"],
    ["Is the child on a CP plan?", "child.protection-status"],
    ["Is the child in care?", "child.looked-after"],
  ], "(the shipped pack)");
});
