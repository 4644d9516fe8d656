import { defineConfig } from "vitest/config";

// The VS Code end-to-end suite: run by `npm run test:e2e`, never by `npm test` (its files are
// *.e2e.ts, which the main config does not include). One file at a time: it drives a browser.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    testTimeout: 180_000,
    hookTimeout: 900_000,
    pool: "forks",
    fileParallelism: false,
  },
});
