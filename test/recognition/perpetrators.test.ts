/**
 * Who hurt someone does not change what is asked (rules/recognition/perpetrators.ts).
 */
import { describe, expect, it } from "vitest";
import { readPerpetrator } from "../../rules/recognition/perpetrators";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("whoever hurt you", () => {
  it.each([
    ["has the contact client ever hit, kicked, slapped, or physically hurt you?", "has anyone ever hit, kicked, slapped, or physically hurt you?"],
    ["has the contact client ever forced you to have sexual activities?", "has anyone ever forced you to have sexual activities?"],
    ["did the respondent threaten you?", "did anyone threaten you?"],
    // The people the phrases name stay; an act done to someone else, or no act, is left alone.
    ["has your partner ever hit you?", "has your partner ever hit you?"],
    ["has your husband ever threatened you?", "has your husband ever threatened you?"],
    ["has anyone ever hurt the child?", "has anyone ever hurt the child?"],
    ["has a doctor ever told you that you have diabetes?", "has a doctor ever told you that you have diabetes?"],
    // Said the other way round: hurt by someone, afraid of someone.
    ["have you ever been physically abused by the respondent?", "have you ever been physically abused by anyone?"],
    ["are you threatened or fear the contact client?", "are you threatened or afraid of anyone?"],
    ["do you fear your partner?", "do you afraid of your partner?"],
    // Not someone at home, or not a person: left alone.
    ["have you been abused by a professional?", "have you been abused by a professional?"],
    ["do you fear the dark?", "do you fear the dark?"],
    ["have you been bitten by a dog?", "have you been bitten by a dog?"],
  ])("%j reads as %j", (text, read) => {
    expect(readPerpetrator(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // An HIV index-testing form's partner-violence screen (c19): each was recognised as nothing.
    ["Has the contact client ever hit, kicked, slapped, or physically hurt you within the last year?", "domestic-abuse.enquiry"],
    ["Has the contact client ever forced you to have sexual activities within the last year?", "domestic-abuse.enquiry"],
    ["Has your partner ever abused you physically?", "domestic-abuse.enquiry"],
    ["Has a doctor ever told you that you have diabetes?", null],
    // A family court's safety questions and an HIV index-testing form's (tuning part): each was recognised as nothing.
    ["Have you ever been physically abused by the respondent?", "domestic-abuse.enquiry"],
    ["Have you ever been emotionally abused by the respondent?", "domestic-abuse.enquiry"],
    ["Are you threatened or fear the contact client?", "domestic-abuse.enquiry"],
    ["Do you fear your partner?", "domestic-abuse.enquiry"],
    ["Have you been abused by a professional?", null],
    ["Are you afraid of needles?", null],
    ["Do you fear the dark?", null],
  ], "(the shipped pack)");
});

describe("suicide, thoughts and how an income is counted", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Killing oneself is suicide; thinking of it is having thoughts of it (a youth suicide screen, c20).
    ["In the past few weeks, have you been thinking about killing yourself?", "emotional-health.trigger-questions"],
    ["Do you have a plan to kill yourself? Please describe.", "emotional-health.trigger-questions"],
    ["Have you ever tried to kill yourself?", "emotional-health.trigger-questions"],
    // A leading year dates the question; total, annual and before taxes only say how the income is counted (c20).
    ["In 2019, what was your total household income before taxes?", "family.finance"],
    ["Annual income", "family.finance"],
    ["Total score", null],
    // When it happened, named as an incident (a safeguarding referral, c21).
    ["Date of incident", "injury.timing"],
  ], "(the shipped pack)");
});
