/**
 * A rating of a risk to the client is not the rating of the risk to the children
 * (rules/recognition/risk-to-self-guard.ts), and a rating scale named alone rates what the part
 * before it names (rules/recognition/rating-scales.ts).
 */
import { describe, expect, it } from "vitest";
import { namesOnlyARatingScale } from "../../rules/recognition/rating-scales";
import { ratesRiskToSelf, speaksOfRiskToSelf } from "../../rules/recognition/risk-to-self-guard";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("a rating of a risk to the client", () => {
  it.each([
    ["Current risk of self-harm or suicide - red, amber or green rating", true],
    ["Client's risk of overdose (RAG)", true],
    ["Risk to self: low / medium / high", true],
    // Round 29: a nursing assessment's graded risks to the patient's own body.
    ["Grading of falls risk", true],
    ["Pressure ulcer risk - RAG", true],
    ["Falls risk score", false],
    // Not rated: a question about self-harm is not a rating of it.
    ["Has the client ever self-harmed?", false],
    // Rated, but a risk to the children.
    ["Risk to children - red, amber or green rating", false],
  ])("%j rates a risk to the client: %s", (text, rates) => {
    expect(ratesRiskToSelf(text)).toBe(rates);
  });

  it.each([
    ["red amber green", false],
    ["risk to children rating", false],
    ["risk of self-harm", true],
    ["thoughts of suicide", true],
  ])("the phrase %j may answer it: %s", (phrase, may) => {
    expect(speaksOfRiskToSelf(phrase)).toBe(may);
  });

  it.each([
    ["red, amber or green rating", true],
    ["RAG", true],
    ["Low / Medium / High", true],
    ["rating", false],
    ["risk to children", false],
    ["red book", false],
  ])("%j names only a rating scale: %s", (text, only) => {
    expect(namesOnlyARatingScale(text)).toBe(only);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["1.4 Client's risk of overdose - red, amber or green rating", null],
    ["Risk to children - RAG", "risk-to-children.rag"],
    ["Overall risk to children (RAG)", "risk-to-children.rag"],
    ["Grading of falls risk", null],
    ["Graded risk to the children", "risk-to-children.rag"],
  ], "(the shipped pack)");
});
