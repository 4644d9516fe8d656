/**
 * Being in school is being enrolled in it (rules/recognition/in-school.ts).
 */
import { describe, expect, it } from "vitest";
import { readInSchool } from "../../rules/recognition/in-school";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { workspaceWithPacks } from "../helpers";
import { itReadsEachLabel } from "./reads-labels";

describe("in school is enrolled in school", () => {
  it.each([
    ["is the client in school?", "is the client enrolled in school?"],
    ["are you currently in school?", "are you currently enrolled in school?"],
    ["is the abym in school?", "is the abym enrolled in school?"],
    ["is your child in education", "is your child enrolled in education"],
    // How someone is in school, or something in school, is not whether they are enrolled.
    ["is the child happy in school?", "is the child happy in school?"],
    ["is the child being bullied in school?", "is the child being bullied in school?"],
    ["problems in school", "problems in school"],
    ["is the child in school uniform?", "is the child in school uniform?"],
    // Attending or going to school, asked yes or no, is being enrolled too.
    ["does the child attend school?", "does the child enrolled in school?"],
    ["has your child ever attended school?", "has your child ever enrolled in school?"],
    ["does she go to school?", "does she enrolled in school?"],
    ["which school does the child attend?", "which school does the child attend?"],
    ["does the child attend school regularly?", "does the child attend school regularly?"],
    ["is the child happy to attend school?", "is the child happy to attend school?"],
    // The household surveys' form: an item number, "or pre-school", the school year asked about.
    ["3. did the child attend school or pre-school at any time during the current school year?", "3. did the child enrolled in school?"],
    ["did she attend school in the last school year?", "did she enrolled in school?"],
    ["did the child attend school on the day of the incident?", "did the child attend school on the day of the incident?"],
    // The present said after it (round 36).
    ["is the child going to school at the moment?", "is the child enrolled in school?"],
    ["does she attend school at present?", "does she enrolled in school?"],
  ])("%j reads as %j", (text, read) => {
    expect(readInSchool(text)).toBe(read);
  });

  const pack = recogniserFor(workspaceWithPacks().index);
  itReadsEachLabel(pack, [
    ["Is the client in school?", "education.status"],
    ["Is the VCA in School?", "education.status"],
    ["Are you currently in school?", "education.status"],
    ["Schooling status", "education.status"],
    ["Does the child attend school?", "education.status"],
    ["Is the child going to school at the moment?", "education.status"],
    ["1. Has ${child_edu_name} ever attended school?", "education.status"],
    ["Which school does the child attend?", null],
    ["Is the child happy in school?", null],
    ["School", null],
    ["Name of school", null],
  ], "(the shipped pack)");
});
