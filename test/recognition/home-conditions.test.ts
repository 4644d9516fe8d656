/**
 * The condition of the home asked in other words than the packs' (rules/recognition/home-conditions.ts),
 * read only where nothing else recognises the label. The rows were written for round 35, not taken
 * from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { homeConditions } from "../../rules/recognition/home-conditions";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itLeavesEachLabel, itReadsEachLabel, itReadsEachLabelShipped } from "./reads-labels";

describe("the condition of the home (round 35)", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["Is the house in a good state of repair?", "home.environment"],
    ["Are there working smoke alarms in the home?", "home.environment"],
    ["Is the flat infested with pests?", "home.environment"],
    ["Is the home cold or poorly heated?", "home.environment"],
    ["Is the accommodation clean and free of clutter?", "home.environment"],
    // Not the dwelling's condition: tenure, a housing list, a clinic, a child's own hygiene.
    ["Do you own or rent your home?", null],
    ["How long have you been waiting for a council house?", null],
    ["Is the clinic clean?", null],
    ["Does the child wash their hands at home?", null],
  ]);
});

describe("the condition of the home is explained by the label's own words", () => {
  it.each([
    ["Is the house in a good state of repair?", ["repair", "house"]],
    ["Are there working smoke alarms in the home?", ["smoke alarms", "home"]],
  ])("%j: %j", (label, words) => {
    expect(homeConditions(label)).toMatchObject({ evidence: words, topic: "the condition of the home" });
  });
  itLeavesEachLabel(homeConditions, [
    "Who owns the property you live in?",
    "Is your home on the housing register because it is in disrepair?",
    "Hand hygiene at home",
  ], "is not read as the home's condition");
});

describe("whether the home is warm, adequate, suitable or steady enough (round 36)", () => {
  itReadsEachLabelShipped([
    // Written for this round (not from any labelled set); each was recognised as nothing before it.
    ["Is your home warm enough?", "home.environment"],
    ["Is the housing adequate?", "home.environment"],
    ["Unstable housing", "home.environment"],
    ["Do you have a steady place to sleep?", "home.environment"],
    ["Is the home suitable for a baby?", "home.environment"],
    // The same words said of a person, care, support or a visit at home, or of going home.
    ["Is the mother stable at home?", null],
    ["Is the support at home adequate?", null],
    ["Are home visits adequate?", null],
    ["Is it suitable for the child to return home?", null],
  ]);
  it("names the home's own words", () => {
    expect(homeConditions("Is the housing adequate?")).toMatchObject({ evidence: ["housing adequate"], topic: "the condition of the home" });
  });
});
