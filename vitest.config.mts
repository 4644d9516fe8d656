import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The language server and browser suites spawn processes; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
