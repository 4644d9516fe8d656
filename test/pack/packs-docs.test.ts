/**
 * The authoring guide is inside the project: docs/language.md refers to nothing outside the
 * repository, and docs/packs.md shows every declaration, every `applies` and `require` form,
 * and how to test, version, publish and combine a pack.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./sources";

const read = (f: string) => fs.readFileSync(path.join(PROJECT_ROOT, "docs", f), "utf8");

describe("docs/language.md", () => {
  it("is self-contained: no link or path outside the repository", () => {
    const text = read("language.md");
    expect(text).not.toMatch(/\.\.\/shared|shared\/spec|LANGUAGE\.md|REQUIREMENTS\.md/);
    for (const [, target] of text.matchAll(/\]\(([^)#]+)/g)) {
      expect(fs.existsSync(path.resolve(PROJECT_ROOT, "docs", target)), target).toBe(true);
    }
  });
});

describe("docs/packs.md", () => {
  const text = read("packs.md");
  it.each([
    "pack ", "service ", "audience ", "concept ", "extend concept ", "rule ", "recommendation ", "uses ", "source-text ",
    "service a, b", "audience child", "ages include 16", "tag urgent", "not S",
    "require c required", "shown when", "with lookback >= 12 months", "with type number, date", 'options include "X"', "require one of", "require header version, owner",
    "formguard test", "--update", "// expect:", "\"formguard\": { \"packs\"", "\"cqc-dorset-2015/*\": \"off\"", "rules --docs", "FORMGUARD_SOURCE_TEXT_PATH",
  ])("shows %j", (needle) => {
    expect(text).toContain(needle);
  });
});
