/** A heading that only names people says whose the fields under it are (rules/recognition/people-headings.ts). */
import { describe, expect, it } from "vitest";
import { namesOnlyPeople } from "../../rules/recognition/people-headings";

describe("headings that only name people", () => {
  it.each([
    ["Mother / main carer", true],
    ["Father / partner", true],
    ["Parent 2", true],
    ["Birth mother", true],
    ["Carer details", true],
    // The person the form is about is not someone else.
    ["About the young person", false],
    ["Child's details", false],
    // A topic is not a person.
    ["Parental mental health", false],
    ["Mother's health in pregnancy", false],
    ["Domestic abuse", false],
  ])("%s → %s", (title, people) => {
    expect(namesOnlyPeople(title as string)).toBe(people);
  });
});
