/**
 * Known to a service is a status (rules/recognition/known-to-guard.ts): "Is the patient known to
 * drug and alcohol services?" is not a meeting's attendee from that service.
 */
import { describe, expect, it } from "vitest";
import { asksKnownTo, namesBeingKnown } from "../../rules/recognition/known-to-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("known to a service is a status", () => {
  it.each([
    ["Is the patient known to drug and alcohol services?", true],
    ["Known to social care?", true],
    ["Family known to CAMHS", true],
    // Known without "to" is not about a service.
    ["Is the father's identity known?", false],
    ["Known allergies", false],
    ["Drug and alcohol service represented", false],
  ])("%j asks whether someone is known to a service: %s", (text, asks) => {
    expect(asksKnownTo(text)).toBe(asks);
  });

  it.each([
    ["known to social care", true],
    ["open to children's social care", true],
    ["social worker involved", true],
    ["drug and alcohol service", false],
    ["health visitor", false],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesBeingKnown(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Is the patient known to drug and alcohol services?", null],
    ["Is the patient known to the health visitor?", null],
    ["Known to social care?", "child.protection-status"],
    ["Is the family known to social services?", "social-worker.known"],
    ["Drug and alcohol service represented", "attendees.substance-misuse"],
  ], "(the shipped pack)");
});
