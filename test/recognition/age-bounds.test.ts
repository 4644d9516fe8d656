/**
 * An age bound after a group ("children under the age of 18") says which children count, not
 * that their age is asked (rules/recognition/age-bounds.ts). Tested on the reading, with a
 * vocabulary of its own, and on the shipped pack.
 */
import { describe, expect, it } from "vitest";
import { ageBoundTokens } from "../../rules/recognition/age-bounds";
import { mainClause, tokens } from "../../rules/recognition/normalise";
import { Recogniser } from "../../rules/recognition/recogniser";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

/** The words of a label the reading takes as an age bound, in order. */
function bound(label: string): string[] {
  const list = tokens(mainClause(label));
  const found = ageBoundTokens(list);
  return list.filter((_, k) => found.has(k)).map((t) => t.stem);
}

describe("an age bound after a group of young people", () => {
  it.each([
    ["How many children do you have under the age of 18?", ["under", "age", "18"]],
    ["Number of children and adolescents 0-17 years cared for", ["0", "17", "year"]],
    ["Are there any children aged 6–19 years in this household?", ["aged", "6", "19", "year"]],
    ["Do you have any children under 16?", ["under", "16"]],
    ["young people under 18 in the household", ["under", "18"]],
    // Round 14: after anyone unnamed, a helper's age ("18 years or older" is read as not under 18 before this).
    ["Does the mother have anyone, 18 years or older, who would be able to assist her?", ["under", "18"]],
    // Whose children they are narrows the group too (6 December 2026), with a bound or without.
    ["Do you have any children under 18 from a previous relationship living elsewhere?", ["under", "18", "previous", "relationship"]],
    ["Children from a previous relationship", ["previous", "relationship"]],
    ["Does the father have children by a former partner?", ["by", "former", "partner"]],
    // Not a relationship asked about on its own.
    ["Relationship to previous partner", []],
    // No number, no bound: "older children" and "children over there" are not ages.
    ["Are there children under your care?", []],
    // Not after a group: the age is what is asked.
    ["Is the patient under 18?", []],
    ["Age of child", []],
    ["Child's age in years", []],
  ])("%j: %j", (label, words) => {
    expect(bound(label)).toEqual(words);
  });

  const own = new Recogniser([
    { id: "count", title: "Number of children", synonyms: ["how many children"] },
    { id: "age", title: "Age of the child", synonyms: ["child's age"] },
    { id: "under-18", title: "The patient is under 18", synonyms: ["is the patient under 18"] },
  ]);
  it.each([
    ["How many children do you have under the age of 18?", "count"],
    ["Number of children aged 0-17 years", "count"],
    ["How many children do you have?", "count"],
    ["Is the patient under 18?", "under-18"],
    ["Child's age", "age"],
  ])("%j → %s", (label, concept) => {
    expect(own.recognise({ label })?.concept ?? null).toBe(concept);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    // Found on a UK benefit claim form (real-label set, tuning part).
    ["How many children do you have under the age of 18?", "children.count"],
    // A US child-welfare intake's question (real-label set, tuning part; not recognised before 6 December 2026).
    ["Do you have any children under 18 from a previous relationship living elsewhere?", "children.in-family"],
    // A phrase that names the bound itself still wins with it.
    ["Do you have any children under 18 living in the household?", "caring-responsibilities"],
    ["Is the patient a parent or carer of children under 18?", "caring-responsibilities"],
    ["Is the patient under 18?", "child.is-under-18"],
    // A helper's age is not the mother's (real-label set, tuning part).
    ["Does the mother have anyone, 18 years or older, who would be able to assist her during her pregnancy?", null],
    ["Is the mother under 18?", "mother.age"],
  ], "(the shipped pack)");

  it.each([
    ["Do you have any children under 18 who live with you?"],
    ["Number of children under 16 in the household"],
    // The patient and the children's bound far apart (set I's "Document whether …" fields, read as the patient's age).
    ["Document whether the patient looks after, or lives with, any children under 18"],
    ["The patient looks after any children under 18"],
  ])("%j: the group's age bound alone is not the question whether the patient is under 18", (label) => {
    expect(pack.recognise({ label })?.concept).not.toBe("child.is-under-18");
  });
});
