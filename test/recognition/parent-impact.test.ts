/**
 * How a parent affects the child, asked at length (rules/recognition/parent-impact.ts), and how likely
 * or serious harm is (rules/recognition/harm-judgement.ts): last readings, tried only where nothing
 * else recognises the label. The rows were written for round 35, not taken from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { parentImpact } from "../../rules/recognition/parent-impact";
import { harmJudgement } from "../../rules/recognition/harm-judgement";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itLeavesEachLabel, itReadsEachLabel } from "./reads-labels";

describe("how a parent affects the child (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["How the mother's drinking and her new partner's temper are affecting, or could harm, the baby", "child.impact-of-parent"],
    ["How might the patient's low mood and the bills piling up be affecting the children at home?", "child.impact-of-parent"],
    ["In what ways could dad's behaviour, health or situation harm me or my brother?", "child.impact-of-parent"],
  ]);
  itLeavesEachLabel(parentImpact, [
    // The other way round: the child's effect on the parent.
    "How does the child's behaviour, sleep and temper affect the parent at the moment?",
    // The parent's ability to care is parenting capacity, a concept of its own.
    "How does the client's illness affect their ability to look after the children day to day?",
    // A young person is not the parent, however much the label says of them.
    "What impact are the difficulties having on the young person's daily life and their child?",
    "Has the client ever self-harmed in front of the children?",
  ], "is not read as a parent's impact");
  it("is explained by the parent, the effect and the child", () => {
    expect(parentImpact("How could my parent's or carer's behaviour harm me?")).toMatchObject({ evidence: ["parent's", "harm", "me"], topic: "how a parent affects the child" });
  });
});

describe("how likely or serious harm is (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["Your view: how likely is it that harm will come to the baby, and how bad might it be?", "risk.analysis"],
    ["Seriousness of the danger the children face if nothing changes", "risk.analysis"],
    // Round 36: the harm in one question and how serious it is in the next (recognised as nothing before).
    ["What harm might come to the children if nothing is done? How bad could it get, and how likely is it?", "risk.analysis"],
    // …but a procedure's risks asked so are still no analysis of harm to a child.
    ["What are the risks of the operation? How serious are they?", null],
  ]);
  itLeavesEachLabel(harmJudgement, [
    // A risk to the person themselves or to others, or a clinical risk, is not the analysis of harm to a child.
    "How likely is the young person to self-harm again in the next week?",
    "How likely is the patient to harm others while unwell?",
    "How serious is the risk of falls at home?",
    "Likelihood of bleeding after the procedure",
  ], "is not read as the analysis of harm");
});
