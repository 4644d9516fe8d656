/**
 * Which random inputs the property and fuzz tests (fast-check) draw, for every test file.
 *
 * - `FUZZ_SEED=N`: that seed, to replay a failure (fast-check prints the seed and path of any
 *   counterexample it finds).
 * - In CI (`CI` set, as .ci/run sets it): a fixed seed, so whether a commit lands depends on the
 *   commit alone. With a fresh seed per run, a rare input could fail one CI run of a commit and
 *   pass the next, and a hand-in was accepted or refused by chance.
 * - Anywhere else: a fresh seed per run, so running the suite locally keeps exploring new inputs;
 *   what such a run finds is kept as a regression row (test/fuzz/regressions.test.ts and the
 *   "found by a random run" rows of each fuzz file), which CI then replays on every run.
 */
import * as fc from "fast-check";

/** CI's seed: any fixed number would do; this one is the report's publication month, 2015-11. */
export const CI_SEED = 201511;

export function propertySeed(env: NodeJS.ProcessEnv): number | undefined {
  const given = env.FUZZ_SEED?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer (fast-check prints the seed of a failure), not ${JSON.stringify(given)}`);
    return seed;
  }
  return env.CI ? CI_SEED : undefined;
}

const seed = propertySeed(process.env);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
