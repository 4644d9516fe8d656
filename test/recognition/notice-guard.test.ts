/**
 * Telling someone is not hearing from them, nor their attending (rules/recognition/notice-guard.ts).
 */
import { describe, expect, it } from "vitest";
import { namesTelling, tellsSomeone } from "../../rules/recognition/notice-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("telling someone", () => {
  it.each([
    ["Health visitor informed", true],
    ["Information shared with GP", true],
    ["Copy to health visitor", true],
    ["Was the lead midwife notified?", true],
    ["Informed consent obtained", false],
    ["Information from GP", false],
    ["Health visitor", false],
  ])("%j tells someone: %s", (text, tells) => {
    expect(tellsSomeone(text)).toBe(tells);
  });

  it.each([
    ["school nurse informed", true],
    ["copy sent to", true],
    ["told information will be shared with GP", true],
    ["information from GP", false],
    ["GP information", false],
    ["health visitor", false],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(namesTelling(phrase)).toBe(may);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Told, not attending; sent to, not received from (each was the other before).
    ["Health visitor informed", null],
    ["Information shared with GP", null],
    ["Letter sent to GP", null],
    ["School nurse informed", "school-health.notified"],
    ["Parents informed of referral", "parent.informed"],
    ["Patient told information will be shared with GP", "information-sharing.notice"],
    ["Informed consent obtained", "consent.examination"],
    ["Information from GP", "information.from-gp"],
  ], "(the shipped pack)");
});
