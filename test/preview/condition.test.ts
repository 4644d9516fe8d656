/**
 * The one evaluator of `when` conditions, as the preview page runs it: each case parsed from
 * the language, turned into the page's condition tree, and evaluated against answers.
 */
import { describe, expect, it } from "vitest";
import type { Form } from "../../language/ast";
import { parseDocument } from "../../language/parse";
import { evaluateCondition, toConditionTree, type Answer } from "../../preview/condition";
import { PREVIEW_JS } from "../../preview/assets";

function tree(when: string) {
  const doc = parseDocument("/t.form", `form t {\n  field a yesno\n  field b number\n  field c multichoice { options "X", "Y" }\n  field d choice { options "P", "Q" }\n  field e text\n  field z text when ${when}\n}\n`);
  expect(doc.syntaxErrors).toEqual([]);
  const form = doc.ast.items[0] as Form;
  const z = form.members.find((m) => m.kind === "field" && m.name.text === "z")!;
  return toConditionTree((z as Extract<typeof z, { kind: "field" }>).when!);
}

const CASES: Array<[string, Record<string, Answer>, boolean]> = [
  ["a = yes", {}, false],
  ["a = yes", { a: "yes" }, true],
  ["a = yes", { a: "no" }, false],
  ["a != yes", {}, true],
  ["a != yes", { a: "yes" }, false],
  ["a answered", {}, false],
  ["a answered", { a: "no" }, true],
  ["e answered", { e: "   " }, false],
  ["b > 3", {}, false],
  ["b > 3", { b: 4 }, true],
  ["b > 3", { b: 3 }, false],
  ["b >= 3", { b: 3 }, true],
  ["b < 3", { b: 2 }, true],
  ["b <= 3", { b: 4 }, false],
  ["b = 3", { b: 3 }, true],
  ['c = "X"', { c: ["Y", "X"] }, true],
  ['c = "X"', { c: ["Y"] }, false],
  ['c != "X"', { c: ["Y"] }, true],
  ['c answered', { c: [] }, false],
  ['d = "P"', { d: "P" }, true],
  ['d = "P" and a = yes', { d: "P", a: "no" }, false],
  ['d = "P" or a = yes', { d: "Q", a: "yes" }, true],
  ["not a = yes", { a: "no" }, true],
  ["not (a = yes or b > 1)", { b: 2 }, false],
  ['e = "Aunt"', { e: "Aunt" }, true],
];

describe("condition evaluator", () => {
  it.each(CASES)("when %s with %j → %s", (when, answers, expected) => {
    expect(evaluateCondition(tree(when), (id) => answers[id])).toBe(expected);
  });

  it("is the very function the page runs (its source is embedded in the page script)", () => {
    expect(PREVIEW_JS).toContain(`var evaluateCondition = ${evaluateCondition.toString()};`);
    // and it stands alone: evaluated from its source, it answers as the original does
    const fromSource = new Function(`return (${evaluateCondition.toString()});`)() as typeof evaluateCondition;
    for (const [when, answers, expected] of CASES) expect(fromSource(tree(when), (id: string) => answers[id])).toBe(expected);
  });

  it("is plain data: a condition tree survives JSON", () => {
    const t = tree('not (a = yes or b > 1) and c = "X"');
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});
