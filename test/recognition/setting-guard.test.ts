/**
 * A question placed at work, school or college is about that place (rules/recognition/setting-guard.ts):
 * it matches only a phrase naming the same place. Added when "Has anyone insulted you at work?", a
 * look-alike of the published partner-violence items, began to be read as the domestic abuse
 * enquiry once questions opening with "Has anyone …" were read for their topic.
 */
import { describe, expect, it } from "vitest";
import { stem } from "../../rules/recognition/normalise";
import { placeAskedAbout } from "../../rules/recognition/setting-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

const pack = recogniserFor(workspaceWithPacks().index);

describe("a question asked about a place outside the home", () => {
  itReadsEachLabel(pack, [
    ["Has anyone insulted you?", "domestic-abuse.enquiry"],
    ["Has anyone insulted you at work?", null],
    ["Are you afraid of anyone at work?", null],
    ["Has anyone hit you at school?", null],
    ["Do you feel safe at home?", "domestic-abuse.enquiry"],
    ["Do you feel safe at school?", null],
    ["Is anyone hurting you at home?", "domestic-abuse.enquiry"],
    // A phrase naming the same place still matches.
    ["How often does your child miss school?", "education.status"],
    ["Does the child attend school regularly?", "education.status"],
    // School attendance is not the ED count that "attendances in the past 12 months" is.
    ["School attendance in the past 12 months", null],
    ["Attendances in past 12 months", "attendance.count"],
  ], "(the shipped pack)");

  it.each([
    ["Has anyone insulted you at work?", "work"],
    ["Bullying at your school", "school"],
    ["Are you at college or university?", "college"],
    ["Do you work?", undefined],
    ["School attended", undefined],
    ["Specify class last attended", "class"],
    ["Have you attended any schools in the last 3 years?", "school"],
    ["Does the child attend nursery?", "nursery"],
    ["School attendance in the past 12 months", "school"],
    ["Is the child at home?", undefined],
  ])("%j puts the question at %s", (text, place) => {
    // Compared as stems: a phrase's words are stemmed the same way.
    expect(placeAskedAbout(text)).toBe(place === undefined ? undefined : stem(place));
  });
});
