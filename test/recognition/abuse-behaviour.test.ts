/**
 * The domestic abuse enquiry asked as the behaviour, by a partner or someone at home, towards the
 * one asked (rules/recognition/abuse-behaviour.ts), read only where nothing else recognises the
 * label. The rows were written for round 34, not taken from any labelled set.
 */
import { describe, expect, it } from "vitest";
import { abuseBehaviour } from "../../rules/recognition/abuse-behaviour";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("abusive behaviour towards the one asked", () => {
  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Each was recognised as nothing before this reading.
    ["Does your partner check your phone or control where you go?", "domestic-abuse.enquiry"],
    ["Have you ever felt frightened of someone close to you?", "domestic-abuse.enquiry"],
    ["Has anyone at home made you feel unsafe?", "domestic-abuse.enquiry"],
    // You acting, no one it is done to, or affairs managed for you.
    ["Are you afraid you might hurt someone close to you?", null],
    ["Is your partner supportive?", null],
    ["Has anyone at home controlled any money on your behalf?", null],
    // The harm the other way round: the enquiry's phrases ("has your partner ever hurt you") do not
    // recognise it, though the words are the same (each was read as the enquiry before).
    ["Have you ever hurt your partner?", null],
    ["Has your partner been hurt?", null],
    // …and the enquiry itself still is, however the harm is turned.
    ["Has an ex-partner hurt you?", "domestic-abuse.enquiry"],
    ["Have you ever been hurt by your partner?", "domestic-abuse.enquiry"],
    ["Ask the woman whether anyone has hurt, threatened or controlled her", "domestic-abuse.enquiry"],
    // Round 36 (written for it): shouting and name-calling, jealousy, being kept from people.
    ["Does your partner shout at you or call you names?", "domestic-abuse.enquiry"],
    ["Is your partner jealous of who you see?", "domestic-abuse.enquiry"],
    ["Within the last year, have you been kept from seeing friends or family by your partner?", "domestic-abuse.enquiry"],
    ["Do you shout at your partner?", null],
  ]);

  it("names the act and the person", () => {
    expect(abuseBehaviour("Has anyone at home made you feel unsafe?")).toEqual({ phrase: "domestic abuse", evidence: ["unsafe", "anyone at home"], topic: "abusive behaviour towards the one asked" });
    expect(abuseBehaviour("Does your partner ever make you feel scared?")?.evidence).toEqual(["scared", "partner"]);
    for (const label of ["Have you ever hurt your partner?", "Has your partner been hurt?", "Does your partner smoke?", "Has anyone ever hurt the child?"])
      expect(abuseBehaviour(label), label).toBeUndefined();
  });

  it("explains a recognition by the label's own words", () => {
    expect(pack.recognise({ label: "Have you ever felt frightened of someone close to you?" })).toMatchObject({ concept: "domestic-abuse.enquiry", evidence: ["frightened", "someone close to you"] });
  });
});
