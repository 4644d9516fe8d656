/**
 * Living with you is at home (rules/recognition/co-residence.ts): a question put to the person
 * says "live with you" where a phrase written about them says "at home". Tested on the reading
 * and with a vocabulary of its own.
 */
import { describe, expect, it } from "vitest";
import { readCoResidence } from "../../rules/recognition/co-residence";
import { Recogniser } from "../../rules/recognition/recogniser";

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
