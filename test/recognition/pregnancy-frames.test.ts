/**
 * A pregnancy dates a question; it is what is asked only of the woman's own mood (where "during
 * pregnancy" makes depression antenatal) and where the packs' phrases say "in pregnancy"
 * (rules/recognition/pregnancy-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readPregnancyFrame } from "../../rules/recognition/pregnancy-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("a pregnancy as a time frame", () => {
  it.each([
    ["do you drink alcohol during pregnancy?", "do you drink alcohol ?"],
    ["since you became pregnant, has anyone hurt you?", ", has anyone hurt you?"],
    ["since you've been pregnant, has anyone hurt you?", ", has anyone hurt you?"],
    ["have you smoked while pregnant?", "have you smoked ?"],
    // The woman's own mood: the time is the concept.
    ["depression during pregnancy", "depression antenatal"],
    // "In pregnancy" keeps its words: the packs' phrases ask it ("later in pregnancy").
    ["domestic abuse asked again later in pregnancy", "domestic abuse asked again later in pregnancy"],
    ["maternal health in pregnancy", "maternal health in pregnancy"],
    ["pregnancy test", "pregnancy test"],
  ])("%j reads as %j", (text, read) => {
    expect(squash(readPregnancyFrame(text))).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Below the bar before: "during pregnancy" weighed against alcohol use.
    ["Do you drink alcohol during pregnancy?", "lifestyle.risk-factors"],
    // Recognised as nothing before.
    ["Depression during pregnancy", "perinatal-mental-health.screening"],
    ["Anxiety during pregnancy", "perinatal-mental-health.screening"],
  ], "(the shipped pack)");
});
