/**
 * The RuleTester can fail: each wrong expectation below must be rejected, or a table of cases
 * through it would prove nothing.
 */
import { describe, expect, it } from "vitest";
import { RuleTester, type InvalidCase } from "./rule-tester";

const tester = new RuleTester();
const UNLABELLED = 'form f {\n  service emergency-department\n  audience child\n  field next_of_kin text\n}\n';
const right: InvalidCase = {
  name: "right",
  code: UNLABELLED,
  errors: [{ ruleId: "missing-label", level: "warning", line: 4, column: 9, message: /has no label/ }],
  output: { contains: ['field next_of_kin text {\n    label "Next of kin"\n  }'] },
};

describe("RuleTester", () => {
  it("passes a case that is right", () => {
    expect(() => tester.invalid(right)).not.toThrow();
  });

  it.each<[string, Partial<InvalidCase>]>([
    ["one error too many", { errors: [...right.errors, { ruleId: "missing-label" }] }],
    ["the wrong level", { errors: [{ ...right.errors[0], level: "error" }] }],
    ["the wrong column", { errors: [{ ...right.errors[0], column: 3 }] }],
    ["the wrong message", { errors: [{ ...right.errors[0], message: "Field `next_of_kin` has a label." }] }],
    ["the wrong output", { output: { contains: ['label "Kin"'] } }],
    ["no preferred fix claimed where there is one", { output: null }],
    ["a suggestion that is not offered", { suggestions: [{ title: "Remove the field", output: UNLABELLED }] }],
  ])("rejects %s", (_name, change) => {
    expect(() => tester.invalid({ ...right, ...change })).toThrow();
  });

  it("rejects a valid case that reports something", () => {
    expect(() => tester.valid({ name: "unlabelled", code: UNLABELLED }, ["missing-label"])).toThrow();
    expect(() => tester.valid({ name: "broken", code: "form f {" }, ["missing-label"])).toThrow();
  });
});
