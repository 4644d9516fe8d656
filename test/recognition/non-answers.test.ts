/**
 * Options that answer nothing of their own (rules/recognition/non-answers.ts) are not counted when a
 * list of choices votes for what it asks.
 */
import { describe, expect, it } from "vitest";
import { answersNothing } from "../../rules/recognition/non-answers";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

describe("options that answer nothing", () => {
  it.each([
    ["None disclosed", true],
    ["None", true],
    ["Other - please specify", true],
    ["Other (give details)", true],
    ["Not known", true],
    ["N/A", true],
    ["Declined to say", true],
    ["Prefer not to say", true],
    ["Nil", true],
    ["Not required.", true],
    ["Others", true],
    ["Other adult", false],
    ["Not in education", false],
    ["None of the children", false],
    ["Self-harm - current or past", false],
  ])("%j → %s", (option, nothing) => {
    expect(answersNothing(option)).toBe(nothing);
  });

  it("a screen's options vote for what it asks, whatever options stand beside them that answer nothing", () => {
    const pack = recogniserFor(workspaceWithPacks().index);
    const options = ["Low mood most days", "Anxiety / worry", "Sleep problems", "Self-harm - current or past", "Thoughts of suicide", "Eating concerns", "None disclosed"];
    expect(pack.recognise({ label: "Emotional health: ask about each and tick any disclosed", type: "multichoice", options })?.concept).toBe("emotional-health.trigger-questions");
    // Three of seven real answers are not half of them.
    const more = [...options.slice(0, -1), "Friendships", "Bullying"];
    expect(pack.recognise({ label: "Emotional health: ask about each and tick any disclosed", type: "multichoice", options: more })?.concept ?? null).toBe(null);
  });
});
