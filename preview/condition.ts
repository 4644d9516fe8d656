/**
 * A field's `when`, as plain data a page can carry, and the one evaluator of it. The preview's
 * page script embeds `evaluateCondition` itself (its source, by `toString`), so the browser and
 * the tests run the very same function: it must stay self-contained (no imports, no helpers
 * outside its body) and use only syntax every browser runs.
 *
 * Semantics, as LANGUAGE.md gives them: a field with a `when` is shown only while the condition
 * holds. An unanswered (or hidden) field has no answer: `=` and ordered comparisons are false,
 * `!=` is true, `answered` is false. A multichoice answer equals an option it includes. An
 * `expression` (FHIRPath) is not evaluated: it counts as holding, so the question is never lost
 * from the page.
 */
import type { Condition } from "../language/ast";

export type ConditionTree =
  | { op: "and" | "or"; left: ConditionTree; right: ConditionTree }
  | { op: "not"; operand: ConditionTree }
  | { op: "answered"; field: string }
  | { op: "expression"; text: string }
  | { op: "=" | "!=" | "<" | "<=" | ">" | ">="; field: string; value: string | number };

/** What a field holds in the preview: yes/no as "yes"/"no", numbers as numbers, multichoice as a list. */
export type Answer = string | number | string[] | undefined;

export function toConditionTree(c: Condition): ConditionTree {
  switch (c.kind) {
    case "and":
    case "or":
      return { op: c.kind, left: toConditionTree(c.left), right: toConditionTree(c.right) };
    case "not":
      return { op: "not", operand: toConditionTree(c.operand) };
    case "answered":
      return { op: "answered", field: c.field.text };
    case "compare":
      return { op: c.op, field: c.field.text, value: c.value.kind === "word" ? c.value.text : c.value.value };
    case "expression":
      return { op: "expression", text: c.text };
  }
}

export function evaluateCondition(tree: ConditionTree, answerOf: (field: string) => Answer): boolean {
  function has(a: Answer): boolean {
    if (a === undefined || a === null) return false;
    if (typeof a === "string") return a.trim() !== "";
    if (typeof a === "number") return !isNaN(a);
    return a.length > 0;
  }
  function equals(a: Answer, v: string | number): boolean {
    if (Array.isArray(a)) return a.indexOf(String(v)) !== -1;
    if (typeof v === "number") return typeof a === "number" ? a === v : Number(a) === v;
    return a === v;
  }
  function walk(t: ConditionTree): boolean {
    switch (t.op) {
      case "and":
        return walk(t.left) && walk(t.right);
      case "or":
        return walk(t.left) || walk(t.right);
      case "not":
        return !walk(t.operand);
      case "answered":
        return has(answerOf(t.field));
      case "expression":
        return true; // not evaluated: the question stays in view, and its hint says when it is asked
    }
    const a = answerOf(t.field);
    if (!has(a)) return t.op === "!=";
    if (t.op === "=") return equals(a, t.value);
    if (t.op === "!=") return !equals(a, t.value);
    const x = typeof a === "number" ? a : Number(a);
    const y = typeof t.value === "number" ? t.value : Number(t.value);
    if (isNaN(x) || isNaN(y)) return false;
    if (t.op === "<") return x < y;
    if (t.op === "<=") return x <= y;
    if (t.op === ">") return x > y;
    return x >= y;
  }
  return walk(tree);
}
