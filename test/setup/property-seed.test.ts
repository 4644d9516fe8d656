import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, propertySeed } from "./property-seed";

describe("the seed of the property and fuzz tests", () => {
  it.each([
    ["FUZZ_SEED replays a failure's seed", { FUZZ_SEED: "-1234567" }, -1234567],
    ["FUZZ_SEED wins over CI", { FUZZ_SEED: "42", CI: "true" }, 42],
    ["CI draws the same inputs on every run", { CI: "true" }, CI_SEED],
    ["elsewhere a fresh seed each run", {}, undefined],
    ["an empty FUZZ_SEED is no seed", { FUZZ_SEED: " " }, undefined],
  ])("%s", (_, env, seed) => {
    expect(propertySeed(env)).toBe(seed);
  });

  it("refuses a FUZZ_SEED that is not an integer, saying what it must be", () => {
    expect(() => propertySeed({ FUZZ_SEED: "0x1f" })).not.toThrow(); // Number() reads hex: an integer
    expect(() => propertySeed({ FUZZ_SEED: "1.5" })).toThrow(/FUZZ_SEED must be an integer.*"1\.5"/);
    expect(() => propertySeed({ FUZZ_SEED: "seed" })).toThrow(/FUZZ_SEED must be an integer/);
  });

  it("is the seed fast-check uses in this run (set for every test file by vitest.config.mts)", () => {
    const expected = propertySeed(process.env);
    expect(fc.readConfigureGlobal().seed).toBe(expected);
    if (expected === undefined) return;
    // Two draws with no seed of their own take the run's seed: the same inputs each time.
    const draw = () => fc.sample(fc.integer(), 5);
    expect(draw()).toEqual(draw());
  });
});
