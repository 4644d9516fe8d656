/**
 * Published screening instruments are printed verbatim in the forms that use them, whatever the
 * rest of the form says: a partner-violence screen (Abuse Assessment Screen, Partner Violence
 * Screen, WAST, STaT) or the Hunger Vital Sign asks the same words in every form it is in. The
 * pack carries those items as synonyms (rules/packs/cqc-dorset-2015.formrules, marked by a
 * comment naming the instrument), so a form that uses one is read as asking what it asks.
 * Sources: AAS (McFarlane et al., JAMA 1992), PVS (Feldhaus et al., JAMA 1997), WAST (Brown et al.,
 * Fam Med 1996), STaT (Paranjape and Liebschutz, J Womens Health 2003), Hunger Vital Sign (Hager et
 * al., Pediatrics 2010) and the USDA household food security survey (public domain).
 * The items are checked here as instruments print them, framed the ways forms frame them (a time
 * frame in front, a question mark, "Have you ever…"), and next to look-alikes that are not them.
 */
import { describe, expect, it } from "vitest";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";

const recogniser = recogniserFor(workspaceWithPacks().index);

describe("screening instruments' own items", () => {
  it.each([
    // Abuse Assessment Screen (AAS).
    ["Have you ever been emotionally or physically abused by your partner or someone important to you?", "domestic-abuse.enquiry"],
    ["Within the last year, have you been hit, slapped, kicked or otherwise physically hurt by someone?", "domestic-abuse.enquiry"],
    ["Within the last year, has anyone forced you to have sexual activities?", "domestic-abuse.enquiry"],
    ["Are you afraid of your partner or anyone you listed above?", "domestic-abuse.enquiry"],
    // Partner Violence Screen (PVS).
    ["Have you been hit, kicked, punched, or otherwise hurt by someone within the past year?", "domestic-abuse.enquiry"],
    ["Do you feel safe in your current relationship?", "domestic-abuse.enquiry"],
    ["Is there a partner from a previous relationship who is making you feel unsafe now?", "domestic-abuse.enquiry"],
    // WAST (Woman Abuse Screening Tool).
    ["Do arguments ever result in hitting, kicking or pushing?", "domestic-abuse.enquiry"],
    ["Do you ever feel frightened by what your partner says or does?", "domestic-abuse.enquiry"],
    ["Has your partner ever abused you physically?", "domestic-abuse.enquiry"],
    ["Has your partner ever abused you sexually?", "domestic-abuse.enquiry"],
    // STaT.
    ["Have you ever been in a relationship where your partner has pushed or slapped you?", "domestic-abuse.enquiry"],
    ["Have you ever been in a relationship where your partner threatened you with violence?", "domestic-abuse.enquiry"],
    // Hunger Vital Sign (USDA household food security survey, items 1-2), as a statement and as a question.
    ["Within the past 12 months we worried whether our food would run out before we got money to buy more.", "family.finance"],
    ["In the last 12 months, the food we bought just didn't last and we didn't have money to get more", "family.finance"],
    ["In the last 12 months, did you ever cut the size of your meals or skip meals because there wasn't enough money for food?", "family.finance"],
  ])("%j → %s", (label, concept) => {
    expect(recogniser.recognise({ label })?.concept).toBe(concept);
  });

  it.each([
    // Look-alikes: arguments, fear and food that are not about a partner's violence or money.
    "Do you and your partner share the care of the baby?",
    "Is your partner the father of the baby?",
    "Did you eat less fruit and vegetables than usual?",
    "Has the child been hurt by someone at school?",
    "Meals eaten together as a family",
    "Food allergies",
  ])("does not recognise %j", (label) => {
    expect(recogniser.recognise({ label })).toBeUndefined();
  });
});
