/**
 * Living with you is at home (rules/recognition/co-residence.ts): a question put to the person
 * says "live with you" where a phrase written about them says "at home". Tested on the reading
 * and with a vocabulary of its own.
 */
import { describe, expect, it } from "vitest";
import { mayAnswerCoResidence, readCoResidence } from "../../rules/recognition/co-residence";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("living with you is at home", () => {
  it.each([
    ["do any children live with you?", "do any children at home?"],
    ["do you have any children living with you?", "do you have any children at home?"],
    ["does anyone you live with hurt you?", "does anyone at home hurt you?"],
    ["is anyone in your household afraid?", "is anyone at home afraid?"],
    // Not the second person: who the household is stays as written.
    ["children living with grandparents", "children living with grandparents"],
    ["who lives with the client", "who lives with the client"],
    ["do you feel safe where you currently live?", "do you feel safe where you currently live?"],
    // Not living with someone is living elsewhere, never "at home".
    ["do you have children who do not live with you?", "do you have children who living elsewhere?"],
    ["children who do n't live with the client", "children who living elsewhere"],
    ["children no longer living with their parents", "children living elsewhere"],
  ])("%j reads as %j", (text, read) => {
    expect(readCoResidence(text)).toBe(read);
  });

  const own = new Recogniser([
    { id: "caring", title: "Caring responsibilities", synonyms: ["children at home"] },
    { id: "abuse", title: "Domestic abuse", synonyms: ["afraid of anyone at home"] },
    { id: "relatives", title: "Children living with relatives", synonyms: ["children living with grandparents"] },
  ]);
  it.each([
    ["Do any children live with you?", "caring"],
    ["Are you afraid of anyone you live with?", "abuse"],
    ["Children living with grandparents", "relatives"],
    ["Where do you live?", null],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });
});

describe("living with someone is not being with them now", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Who the household is, not who came with the child (found on a court application's form):
    ["*First name(s) of the adult living with the child", null],
    ["Who does the child live with?", null],
    ["Relationship of adult living with child", null],
    // Being with the child today still is:
    ["Name of adult with the child", "accompanying-adult.name"],
    ["Who came with the child?", "accompanying-adult.name"],
    // A phrase about home still answers; so does one that is not about being with a person.
    ["Do any children live with you?", "caring-responsibilities"],
    ["Lived with anyone who had a problem with alcohol or drugs", "lifestyle.risk-factors"],
    // Not living with you is the opposite of at home (was read as the children at home).
    ["Do you have children who do not live with you?", "children.in-family"],
    ["Do you have any children who don't live with you?", "children.in-family"],
  ], "(the shipped pack)");

  it.each([
    ["name of adult with the child", false],
    ["who is with the child", false],
    ["children at home", true],
    ["children living in the household", true],
    ["problem with alcohol or drugs", true],
  ])("the phrase %j may answer a question about who lives with whom: %s", (phrase, may) => {
    expect(mayAnswerCoResidence(phrase)).toBe(may);
  });
});
