/**
 * A whole pack switched off or re-levelled with one key, in the configuration and in the
 * editor's `formguard.rules` setting (project/check-options.ts, the one place check options are
 * made): every rule of the pack follows, including the rules without `applies` that fire on
 * every form.
 */
import { describe, expect, it } from "vitest";
import { knownRuleIds, makeCheckOptions } from "../../project/check-options";
import { checkText, workspaceWithPacks } from "../helpers";

const known = knownRuleIds(workspaceWithPacks().index);
/** A form of a service no shipped rule names: only the shipped rules without `applies` fire. */
const FORM = `form f "F" {
  service none-of-theirs
  field a text { label "A" }
}
`;
const shippedFindings = (severity: Record<string, string> | undefined) =>
  checkText(FORM, { severity: severity as never }).diagnostics.filter((d) => d.ruleId.startsWith("cqc-dorset-2015/"));

describe("a pack as a whole", () => {
  it("fires its rules without `applies` on any form while on", () => {
    expect(shippedFindings(undefined).length).toBeGreaterThan(0);
  });

  it.each([
    ["the configuration", { config: { rules: { "cqc-dorset-2015/*": "off" as const } }, knownRuleIds: known }],
    ["the editor setting", { config: {}, settingsRules: { "cqc-dorset-2015/*": "off" as const }, knownRuleIds: known }],
  ])("is switched off with one line in %s, rules without `applies` included", (_where, input) => {
    const made = makeCheckOptions(input);
    expect([...made.configProblems, ...made.settingsProblems]).toEqual([]);
    expect(shippedFindings(made.options.severity)).toEqual([]);
  });

  it("is re-levelled as a whole, and a qualified key still wins over the pack's", () => {
    const made = makeCheckOptions({ config: { rules: { "cqc-dorset-2015/*": "info", "cqc-dorset-2015/all-version-and-owner": "error" } }, knownRuleIds: known });
    const found = shippedFindings(made.options.severity);
    expect(found.length).toBeGreaterThan(1);
    for (const d of found) expect(d.level).toBe(d.ruleId === "cqc-dorset-2015/all-version-and-owner" ? "error" : "info");
  });

  it("names the nearest pack for a misspelt one", () => {
    const made = makeCheckOptions({ config: { rules: { "cqc-dorset-2016/*": "off" } }, knownRuleIds: known });
    expect(made.configProblems[0].message).toContain('did you mean "cqc-dorset-2015/*"');
  });
});
