// The one edit distance: "did you mean …?" for unknown ids and the recogniser's misspellings
// both read it, so each case a user would meet is pinned here once.
import { describe, expect, it } from "vitest";
import { editDistance } from "../../language/edit-distance";
import { nearest } from "../../language/suggest";

describe("editDistance", () => {
  it.each([
    ["same word", "concept", "concept", 4, 0],
    ["one letter changed", "servise", "service", 4, 1],
    ["one letter dropped", "sevice", "service", 4, 1],
    ["one letter added", "servicce", "service", 4, 1],
    ["two letters swapped count as one edit", "sefvice", "sevfice", 4, 1],
    ["swapped pair in a misspelt word", "accompnaied", "accompanied", 2, 1],
    ["empty against a word", "", "abc", 4, 3],
    ["gives up past the limit: limit + 1", "safeguarding", "attendance", 2, 3],
    ["lengths too far apart: limit + 1 at once", "ed", "emergency-department", 3, 4],
  ])("%s", (_name, a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
    // Symmetric for every case above, as a distance should be.
    expect(editDistance(b, a, limit)).toBe(expected);
  });

  it("reuses its rows safely for a word longer than any before", () => {
    const long = "x".repeat(500);
    expect(editDistance(long, long.slice(1), 3)).toBe(1);
    expect(editDistance("kitten", "sitting", 5)).toBe(3);
  });
});

describe("nearest (did you mean)", () => {
  it.each([
    ["a typo of a known id", "accompanying-adult.nme", ["accompanying-adult.name", "accompanying-adult.relationship"], "accompanying-adult.name"],
    ["a dotted segment dropped", "name", ["accompanying-adult.name"], "accompanying-adult.name"],
    ["nothing close enough", "zzzz", ["attendance.count"], undefined],
    ["ties go to the alphabetically first", "cat", ["cbt", "cas"], "cas"],
  ])("%s", (_name, word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
});
