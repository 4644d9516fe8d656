/**
 * A built-in check whose every rule id is switched off is not run at all (its findings could not
 * be shown), and one with any id still on runs as before. What a user notices: the findings are
 * exactly those of a run that checked and then dropped, and `recognised-concept: off` takes
 * recognition's time out of the run (docs/performance.md).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../rule-tester";
import { BUILTIN_CHECKS } from "../../rules/builtin/registry";
import type { ResolvedSeverity } from "../../rules/severity";

/** An ED form missing the accompanying adult, one untagged field asking for it, and a bad condition. */
const FORM = `form ed "ED" {
  service emergency-department
  audience child
  section s "Arrival" {
    field who text { label "Name of the adult accompanying the child" }
    field later text when nowhere = yes { label "Notes" }
  }
}`;

const checkOf = (id: string) => BUILTIN_CHECKS.find((c) => c.ids.includes(id))!;

afterEach(() => vi.restoreAllMocks());

describe("built-in checks switched off", () => {
  const cases: Array<{ name: string; severity: ResolvedSeverity; check: string; runs: boolean }> = [
    { name: "recognition, its only id off", severity: { "recognised-concept": "off" }, check: "recognised-concept", runs: false },
    { name: "recognition, re-levelled rather than off", severity: { "recognised-concept": "warning" }, check: "recognised-concept", runs: true },
    { name: "conditions, one of its three ids off", severity: { "unknown-field": "off" }, check: "unknown-field", runs: true },
    { name: "conditions, all three ids off", severity: { "unknown-field": "off", "invalid-condition-value": "off", "condition-cycle": "off" }, check: "unknown-field", runs: false },
    { name: "no overrides at all", severity: {}, check: "recognised-concept", runs: true },
  ];

  it.each(cases)("$name: run = $runs", ({ severity, check: id, runs }) => {
    const spy = vi.spyOn(checkOf(id), "run");
    check(FORM, { options: { severity } });
    expect(spy.mock.calls.length > 0).toBe(runs);
  });

  it.each(cases)("$name: the findings are those of a run that checked everything and dropped what is off", ({ severity }) => {
    const shown = check(FORM, { options: { severity } }).diagnostics;
    const all = check(FORM).diagnostics;
    const expected = all.filter((d) => severity[d.ruleId] !== "off").map((d) => ({ ...d, level: (severity[d.ruleId] as typeof d.level | undefined) ?? d.level }));
    expect(shown).toEqual(expected);
    // The form really has findings of the checks under test, so dropping them is seen.
    expect(all.map((d) => d.ruleId)).toEqual(expect.arrayContaining(["recognised-concept", "unknown-field"]));
  });
});

describe("recognition switched off as a hint, with inference on", () => {
  it("still counts the recognised field towards the rules (--infer recognises for itself)", () => {
    const off = { "recognised-concept": "off" } as const;
    const missing = (infer: boolean) =>
      check(FORM, { options: { severity: off, infer } }).diagnostics.filter((d) => d.data?.kind === "missing-concept" && d.data.concept === "accompanying-adult.name");
    expect(missing(false)).toHaveLength(1);
    expect(missing(true)).toHaveLength(0);
  });
});
