/**
 * Alcohol and drug screens ask about use without saying "use" (rules/recognition/substance-topics.ts).
 */
import { describe, expect, it } from "vitest";
import { readSubstanceTopic } from "../../rules/recognition/substance-topics";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("alcohol and drug screens' ways of asking about use", () => {
  it.each([
    ["do you sometimes drink beer, wine, or other alcoholic beverages?", "do you sometimes drink alcohol?"],
    ["how often have you had five or more drinks in one day?", "how often have you had alcohol drinks?"],
    ["have you ever drunk more than 6 drinks on one occasion/sitting?", "have you ever drunk alcohol drinks?"],
    ["how much do you normally drink?", "you drink alcohol?"],
    ["how many units of alcohol do you drink a week?", "alcohol do you drink a week?"],
    ["what type of cocaine?", "what type of cocaine use?"],
    ["alcohol", "alcohol use"],
    ["any alcohol?", "any alcohol use?"],
    // Having had, tried or consumed a named substance is its use; drugs alone may be medicines, and a
    // count of drinks is read as alcohol after (so "had" a count is not "had alcohol").
    ["have you had any alcohol during this pregnancy?", "have you alcohol use during this pregnancy?"],
    ["have you ever tried cannabis?", "have you ever cannabis use?"],
    ["has the child had any drugs for the pain?", "has the child had any drugs for the pain?"],
    ["have you had six or more drinks on one occasion?", "have you had alcohol drinks?"],
    ["have you ever felt you should cut down on your drinking?", "have you ever felt you should cut down on your alcohol use?"],
    // Nothing about alcohol or drugs, or something else about them: left alone.
    ["is your drinking water safe?", "is your drinking water safe?"],
    ["does the child drink enough water?", "does the child drink enough water?"],
    ["how much milk does your baby drink?", "how much milk does your baby drink?"],
    ["how many drinks does your baby have a day?", "how many drinks does your baby have a day?"],
    ["drug allergy", "drug allergy"],
    ["alcohol-based hand rub", "alcohol-based hand rub"],
    ["no amount of alcohol is safe", "no amount of alcohol is safe"],
    // Injecting drugs is drug use; injecting a medicine, or injecting with nothing named, is not read so.
    ["how many times a day do you inject substance?", "how many times a day do you injecting drug use?"],
    ["have you ever injected illegal drugs?", "have you ever injecting drug use?"],
    ["do you inject insulin?", "do you inject insulin?"],
    ["when did you last inject?", "when did you last inject?"],
    // Smoking beside alcohol or drugs is one of the habits asked about; tobacco alone keeps its words.
    ["does she smoke cigarettes, drink alcohol or use drugs?", "does she smoke, drink alcohol or use drugs?"],
    ["do you smoke cigarettes?", "do you smoke cigarettes?"],
  ])("%j reads as %j", (text, read) => {
    expect(readSubstanceTopic(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    // Someone's drinking is their alcohol use (the CAGE questions; round 27).
    ["Have you ever felt you should cut down on your drinking?", "lifestyle.risk-factors"],
    ["Have you ever felt bad or guilty about your drinking?", "lifestyle.risk-factors"],
    ["Has your drinking caused problems?", "lifestyle.risk-factors"],
    ["Do you sometimes drink beer, wine, or other alcoholic beverages?", "lifestyle.risk-factors"],
    ["How often have you had five or more drinks in one day during the past year [Reported]", "lifestyle.risk-factors"],
    ["Have you ever drunk more than 6 drinks on one occasion/sitting in the last 1 month?", "lifestyle.risk-factors"],
    ["On each occasion, how much do you normally drink?", "lifestyle.risk-factors"],
    ["How much did you drink?", "lifestyle.risk-factors"],
    ["How many units of alcohol do you drink a week?", "lifestyle.risk-factors"],
    ["What type of cocaine?", "lifestyle.risk-factors"],
    ["Alcohol", "lifestyle.risk-factors"],
    ["Cannabis:", "lifestyle.risk-factors"],
    ["How many times in the past year have you had 4 or more drinks in a day?", "lifestyle.risk-factors"],
    ["Does the child drink enough water?", null],
    ["How much milk does your baby drink?", null],
    ["Drug Allergy", null],
    ["Alcohol hand gel available", null],
    ["Educate: Danger of alcohol to fetal development.  No amount of alcohol is safe", null],
    ["Blood alcohol level", null],
    // A harm-reduction risk assessment's question (c11, tuning part) was recognised as nothing.
    ["How many times a day do you inject substance?", "lifestyle.risk-factors"],
    ["Do you inject drugs?", "lifestyle.risk-factors"],
    ["Do you inject insulin?", null],
    ["Drug injection site", null],
    // Was recognised as nothing: the cigarettes were words no alcohol or drug phrase explains.
    ["Does she smoke cigarettes, drink alcohol or use drugs?", "lifestyle.risk-factors"],
    ["Do you smoke cigarettes?", null],
  ], "(the shipped pack)");
});
