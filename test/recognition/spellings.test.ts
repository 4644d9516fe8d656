/**
 * One word, several spellings (issue 16, round 10): a compound written closed, hyphenated or
 * apart; a typographer's hyphen or an ellipsis; a number in words; an American
 * spelling of a word the packs spell the British way. Each row was read otherwise before.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { words } from "../../rules/recognition/normalise";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("spellings of one word", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // The packs say "wellbeing"; forms also write "well-being" and "well being".
    ["Emotional well-being", "health.emotional-wellbeing"],
    ["Emotional well being", "health.emotional-wellbeing"],
    ["Post-natal depression", "parent.mental-health"],
    ["House-hold income", "family.finance"],
    // A non-breaking hyphen (U+2011) and an ellipsis, as word processors write them.
    ["Self\u2011harm", "emotional-health.trigger-questions"],
    ["Thoughts of self\u2011harm…", "emotional-health.trigger-questions"],
    // A grandparent is not a parent: "grand-parent" was read as "grand" and "parent".
    ["Grand-parent's occupation", null],
    // "labour" in the packs is forced labour; an American form's "labor force" is employment, and "labor" is left as written.
    ["Detailed not in labor force at discharge", null],
  ]);

  it.each([
    ["Has anyone hurt you…", "has anyone hurt you"],
    ["seen three times in the past twelve months", "seen 3 times in the past 12 months"],
    ["no one at home", "no one at home"],
    ["Behavioral concerns at the pediatrician's", "behavioural concerns at the paediatrician"],
    ["School enrollment program", "school enrolment programme"],
    ["Counselor", "counsellor"],
    ["Caregiver, care-giver, care giver", "caregiver caregiver caregiver"],
    ["Step-father and stepfather", "stepfather and stepfather"],
  ])("%s is read as the words: %s", (text, expected) => {
    expect(words(text).join(" ")).toBe(expected);
  });

  it("a step-parent or grandparent is family, not the person the form is about", () => {
    // "Is the step-father under 18?" asks about the stepfather, not whether the patient is a child.
    expect(pack.recognise({ label: "Is the step-father under 18?" })?.concept).not.toBe("child.is-under-18");
    expect(pack.recognise({ label: "Is the patient under 18?" })?.concept).toBe("child.is-under-18");
  });
});
