/** The fuzz budget adds up: at least 10^5 inputs per run, spread over every target (issue 8). */
import { describe, expect, it } from "vitest";
import { FUZZ_BUDGET, fuzzTotal, targetTotal, type FuzzTarget } from "./budget";

describe("fuzz budget", () => {
  it(`feeds at least 100,000 inputs in one run (now ${fuzzTotal().toLocaleString("en")})`, () => {
    expect(fuzzTotal()).toBeGreaterThanOrEqual(100_000);
  });
  it.each(Object.keys(FUZZ_BUDGET) as FuzzTarget[])("%s gets inputs in every batch", (target) => {
    expect(targetTotal(target)).toBeGreaterThan(0);
    for (const n of Object.values(FUZZ_BUDGET[target] as Record<string, number>)) expect(n).toBeGreaterThan(0);
  });
});
