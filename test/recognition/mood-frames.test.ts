/**
 * Mood and anxiety screens ask how the person felt, not about "mood" (rules/recognition/mood-frames.ts).
 */
import { describe, expect, it } from "vitest";
import { readMoodFeeling } from "../../rules/recognition/mood-frames";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("feeling a low or anxious mood", () => {
  it.each([
    ["how often did you feel hopeless?", "how often did you low or anxious mood hopeless?"],
    ["i felt fearful", "i low or anxious mood fearful"],
    ["do you often feel so sad that nothing could cheer you up?", "do you often low or anxious mood sad that nothing could cheer you up?"],
    ["have you been feeling without hope?", "have you been low or anxious mood without hope?"],
    ["feeling nervous, anxious or on edge", "low or anxious mood nervous, anxious or on edge"],
    // A feeling that is not a mood, or fear of someone: left alone.
    ["do you feel tired?", "do you feel tired?"],
    ["do you feel safe at home?", "do you feel safe at home?"],
    ["are you scared of your partner?", "are you scared of your partner?"],
    ["do you feel afraid of anyone at home?", "do you feel afraid of anyone at home?"],
    ["has anyone made you feel frightened?", "has anyone made you feel frightened?"],
    ["do you feel low in energy?", "do you feel low in energy?"],
    ["who do you feel close to?", "who do you feel close to?"],
    ["describe what happened, if you feel able to", "describe what happened, if you feel able to"],
  ])("%j reads as %j", (text, read) => {
    expect(readMoodFeeling(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["Over the last month, how often did you feel nervous?", "emotional-health.trigger-questions"],
    ["In the past week: I felt uneasy", "emotional-health.trigger-questions"],
    ["Does your child often feel sad or worried?", "emotional-health.trigger-questions"],
    ["How often have you felt worthless lately?", "emotional-health.trigger-questions"],
    ["Have you been feeling stressed or overwhelmed?", "emotional-health.trigger-questions"],
    // Not a mood, or not the person's own.
    ["Do you feel tired most days?", null],
    ["Do you feel low in energy?", null],
    ["Who do you feel close to in your family?", null],
    ["Are you afraid of your partner?", "domestic-abuse.enquiry"],
  ], "(the shipped pack)");
});
