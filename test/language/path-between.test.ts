/**
 * How a message names another document (language/path-between.ts): near ones from the reporting
 * document's folder, far ones or other schemes in full.
 */
import { describe, expect, it } from "vitest";
import { pathBetween } from "../../language/path-between";

describe("pathBetween", () => {
  it.each([
    ["/w/forms/b.form", "/w/forms/a.form", "a.form"],
    ["/w/forms/intake/b.form", "/w/forms/a.form", "../a.form"],
    ["/w/forms/b.form", "/w/packs/local.formrules", "../packs/local.formrules"],
    ["/b.formrules", "/a.formrules", "a.formrules"],
    ["file:///w/forms/b.form", "file:///w/forms/a.form", "a.form"],
    // Far apart (a shipped pack seen from a user's form): the whole path.
    ["/home/u/p/forms/b.form", "/usr/lib/node_modules/formguard/rules/packs/cqc-dorset-2015.formrules", "/usr/lib/node_modules/formguard/rules/packs/cqc-dorset-2015.formrules"],
    ["/w/a/b/c/d.form", "/w/x.form", "/w/x.form"],
    // Not one file system.
    ["untitled:Untitled-1", "/w/a.form", "/w/a.form"],
    ["file:///w/b.form", "/w/a.form", "/w/a.form"],
  ])("from %s, %s is %s", (from, to, expected) => {
    expect(pathBetween(from, to)).toBe(expected);
  });
});
