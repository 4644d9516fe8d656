/**
 * Being with the child is accompanying them (rules/recognition/accompanying.ts): with "with" read
 * as "accompanying", "who … the child" no longer matches any question about the child.
 */
import { describe, expect, it } from "vitest";
import { readAccompanying } from "../../rules/recognition/accompanying";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("being with the child is accompanying them", () => {
  it.each([
    ["who is with the child today?", "who accompanying the child today?"],
    ["who is here with the child", "who accompanying the child"],
    ["name of adult with the child", "name of adult accompanying the child"],
    ["name of adult with child", "name of adult accompanying child"],
    // How someone is related to the child is their relationship to the child.
    ["how is the person with you today related to the child?", "how is the person accompanying you today relationship to the child?"],
    ["is the injury related to the incident?", "is the injury related to the incident?"],
    ["alcohol-related problems", "alcohol-related problems"],
    ["is anyone with you?", "is anyone accompanying you?"],
    ["attended with:", "accompanied by:"],
    ["who has the child come with?", "who has the child accompanied by?"],
    ["attended with mother", "accompanied by mother"],
    // Coming with a complaint is why the child came, not with whom.
    ["attended with a head injury", "attended with a head injury"],
    ["presented with abdominal pain", "presented with abdominal pain"],
    // Brought by a vehicle is how the child came, not who brought them.
    ["was the child brought by ambulance?", "was the child arrived by ambulance?"],
    // Not being with the child now.
    ["who does the child live with?", "who does the child live with?"],
    ["person with parental responsibility", "person with parental responsibility"],
    ["children with disabilities", "children with disabilities"],
  ])("%j reads as %j", (text, read) => {
    expect(readAccompanying(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Who is with the child today?", "accompanying-adult.name"],
    ["Who is here with the child", "accompanying-adult.name"],
    ["Name of adult with the child", "accompanying-adult.name"],
    ["Name of adult with child", "accompanying-adult.name"],
    ["How is the person with you today related to the child?", "accompanying-adult.relationship"],
    ["Person with child today: relationship", "accompanying-adult.relationship"],
    ["Who came with the child?", "accompanying-adult.name"],
    ["Attended with", "accompanying-adult.name"],
    ["Who has the child come with?", "accompanying-adult.name"],
    ["Arrived with:", "accompanying-adult.name"],
    ["Attended with a head injury", null],
    // A bare "child" after "attending with", where the label ends (a paraphrase written on 4 December was recognised as nothing).
    ["Name of adult attending with child", "accompanying-adult.name"],
    ["Attended with child protection concerns", "safeguarding.concerns"],
    ["Was the child brought by ambulance?", null],
    ["Who has come with your child today?", "accompanying-adult.name"],
    ["Has the child come with a letter?", null],
    // A bare slot after a dash is the slot of what comes before it (recogniser.ts bySentence).
    ["Name of adult with the child — relationship to child", "accompanying-adult.relationship"],
    ["Accompanying adult - phone number", null],
    ["Accompanying adult - name", "accompanying-adult.name"],
    ["Brought in by", "accompanying-adult.name"],
    // Any other question about the child is not who accompanies them (it was, on "who" and "child").
    ["Who referred the child?", null],
    ["Who is the child's GP?", null],
    ["Who does the child live with?", null],
  ], "(the shipped pack)");
});
