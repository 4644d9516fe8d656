/**
 * A label its options finish (rules/recognition/unfinished-labels.ts): "Child subject to" with "CP
 * plan", "CIN plan", "Looked after (CLA)", "None known" asks whether the child is subject to a plan.
 */
import { describe, expect, it } from "vitest";
import { endsUnfinished, finishedBy } from "../../rules/recognition/unfinished-labels";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("a label its options finish", () => {
  it.each([
    ["Child subject to", true],
    ["Known to:", true],
    ["Referred to", true],
    ["Lives with", true],
    ["Child protection status", false],
    ["To", false],
    ["Is the child known to social care?", false],
  ])("%j stops where its answer goes: %s", (label, unfinished) => {
    expect(endsUnfinished(label)).toBe(unfinished);
  });

  it("is read finished by each option", () => {
    expect(finishedBy("Known to:", ["CAMHS", "Social care"])).toEqual(["Known to CAMHS", "Known to Social care"]);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  it.each([
    // Set G's MIU record: the options alone point three ways.
    [{ label: "Child subject to", options: ["CP plan", "CIN plan", "Looked after (CLA)", "None known"], type: "choice" }, "child.protection-status"],
    // Options that finish it no one way say nothing.
    [{ label: "Referred to", options: ["GP", "Physiotherapy", "Fracture clinic"], type: "choice" }, null],
  ])("%j → %s (the shipped pack)", (prompt, concept) => {
    expect(pack.recognise(prompt)?.concept ?? null).toBe(concept);
  });
});
