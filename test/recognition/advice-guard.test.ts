/**
 * Advice is not enquiry: a prompt recording advice, counselling or information given names a
 * topic a concept asks about, but the form has not asked it. Such a prompt matches only a phrase
 * that is itself about what was offered (rules/recognition/advice-guard.ts). The recogniser here
 * has a vocabulary of its own, so what is tested is the reading, not the pack's wording.
 */
import { describe, expect, it } from "vitest";
import { givesAdvice } from "../../rules/recognition/advice-guard";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const own = new Recogniser([
  { id: "alcohol", title: "Alcohol use", synonyms: ["alcohol and substance use", "drinking"] },
  { id: "activity", title: "Physical activity", synonyms: [] },
  { id: "abuse.enquiry", title: "Routine enquiry about domestic abuse", synonyms: ["intimate partner violence"] },
  { id: "abuse.action", title: "Support offered on disclosure of domestic abuse", synonyms: ["IPV counselling", "refuge information given"] },
  { id: "advice-sought", title: "Advice sought from the safeguarding team", synonyms: [] },
]);
const pack = recogniserFor(workspaceWithPacks().index);

describe("advice is not enquiry", () => {
  it.each([
    // The enquiry itself, however it is asked.
    ["Alcohol use", "alcohol"],
    ["Do you drink alcohol? Alcohol and substance use", "alcohol"],
    ["Physical activity", "activity"],
    ["Intimate partner violence", "abuse.enquiry"],
    // Advice, counselling, education, leaflets and information given: not the enquiry.
    ["Counselling conducted on alcohol and substance use", null],
    ["Advice given on alcohol use", null],
    ["Health education on physical activity", null],
    ["Leaflet given on alcohol use", null],
    ["Information provided on intimate partner violence", null],
    // …but still what was offered, where a concept is about that.
    ["Counselling on intimate partner violence", "abuse.action"],
    ["Refuge information given", "abuse.action"],
    // Advice sought is not advice given.
    ["Was advice sought from the safeguarding team?", "advice-sought"],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });

  it.each([
    // WHO antenatal care and health-visiting style items, with the shipped pack: each names a topic
    // the pack asks about, and each was recognised as that enquiry before this reading.
    "Counselling conducted on alcohol and substance use",
    "Advice given on alcohol use",
    "Health education on physical activity",
    "Health education on healthy eating",
    "Leaflet given on postnatal depression",
    "Education provided on child sexual exploitation",
    // Round 38: a brief intervention is screening guidance's name for such advice, and the quit date it sets is its plan.
    "Brief Alcohol intervention",
    "Alcohol brief intervention given",
    "Alcohol - Quit date",
  ])("the shipped pack does not read %j as an enquiry", (label) => {
    expect(pack.recognise({ label })).toBeUndefined();
  });

  it.each([
    ["Counselling conducted on malaria prevention", true],
    ["Advised to attend the GP", true],
    ["Information given about local services", true],
    ["Was advice sought?", false],
    ["Education status", false],
    ["Information shared with", false],
    ["Highest level of education completed", false],
    ["Brief Alcohol intervention", true],
    ["Brief intervention delivered", true],
    ["Intervention type", false],
  ])("%j records advice given: %s", (label, expected) => {
    expect(givesAdvice(label)).toBe(expected);
  });
});
