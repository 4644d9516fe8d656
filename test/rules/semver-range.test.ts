/** `uses OTHER-PACK "RANGE"`: npm's meaning of each range form a pack may write. */
import { describe, expect, it } from "vitest";
import { parseRange, satisfies } from "../../rules/semver-range";

describe("semver ranges for `uses`", () => {
  it.each([
    ["1.0.0", "^1.0.0", true],
    ["1.9.3", "^1.0.0", true],
    ["2.0.0", "^1.0.0", false],
    ["0.2.5", "^0.2.1", true],
    ["0.3.0", "^0.2.1", false],
    ["1.2.9", "~1.2.0", true],
    ["1.3.0", "~1.2.0", false],
    ["1.5.0", ">=1.2.0 <2.0.0", true],
    ["2.0.0", ">=1.2.0 <2.0.0", false],
    ["3.0.0", "^1.0.0 || ^3.0.0", true],
    ["1.4.0", "1.x", true],
    ["2.4.0", "1.x", false],
    ["5.0.0", "*", true],
    ["1.0.0", "1.0.0", true],
    ["1.0.1", "1.0.0", false],
    ["1.2.0", "1.2", true],
    ["1.0", "^1.0.0", false],
  ] as const)("%s in %j: %s", (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it.each(["banana", "^1.0.0-", ">=x.y"])("refuses the unreadable range %j", (range) => {
    expect(parseRange(range)).toBeUndefined();
  });
});
