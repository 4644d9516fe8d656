import * as path from "node:path";
import { defineConfig } from "vitest/config";

// Where the shipped pack's `source-text` (the CQC report, never copied into the project) is found
// in this checkout and in CI: beside the project, or wherever FORMGUARD_REPORT_TEXT says.
const reportDir = process.env.FORMGUARD_REPORT_TEXT ? path.dirname(path.resolve(process.env.FORMGUARD_REPORT_TEXT)) : path.resolve(process.cwd(), "..", "shared", "seed") // vitest runs from the project root;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The language server and browser suites spawn processes; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // fast-check's seed: fixed in CI, given by FUZZ_SEED, else fresh (test/setup/property-seed.ts).
    setupFiles: ["test/setup/property-seed.ts"],
    env: { FORMGUARD_SOURCE_TEXT_PATH: process.env.FORMGUARD_SOURCE_TEXT_PATH ?? reportDir },
  },
});
