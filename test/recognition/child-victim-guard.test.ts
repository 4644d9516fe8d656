/**
 * An act done to the child is not the adult's domestic abuse enquiry (rules/recognition/child-victim-guard.ts).
 */
import { describe, expect, it } from "vitest";
import { actDoneToAChild, speaksOfAChild } from "../../rules/recognition/child-victim-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("an act done to the child", () => {
  it.each([
    ["Has anyone hurt the child?", true],
    ["Has anyone ever hit your child?", true],
    ["Has anyone harmed your baby?", true],
    ["Has anyone hurt you?", false],
    // The child's own behaviour towards others is not named so.
    ["Does the child hit other children?", false],
    ["Hit by a car", false],
  ])("%j names a child as the one it was done to: %s", (text, asks) => {
    expect(actDoneToAChild(text)).toBe(asks);
  });

  it.each([
    ["is anyone hurting you", false],
    ["concerns about the child's safety", true],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(speaksOfAChild(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Has anyone hurt the child?", null],
    ["Has anyone ever hit the child, hurt the child or made the child afraid?", null],
    ["Has anyone hurt you?", "domestic-abuse.enquiry"],
  ], "(the shipped pack)");
});
