/**
 * Conditions (`when …`) and selectors (`applies …`) printed with the fewest parentheses that
 * keep the same tree: `not` binds tighter than `and`, which binds tighter than `or`. Both
 * operators group to the left, so a right operand of the same operator keeps its parentheses
 * (`a and (b and c)` is another tree than `a and b and c`, and the formatter never changes
 * the tree).
 */
import type { CstNode } from "chevrotain";
import type { Condition, Value } from "../ast";
import { quoteString } from "../strings";
import { subNodes } from "./cst";

type Expr = (
  | { op: "and" | "or"; left: Expr; right: Expr }
  | { op: "not"; operand: Expr }
  | { op: "atom"; text: string }
) & {
  /** Written in parentheses in an `applies` selector: kept where they help reading (below). */
  written?: boolean;
};

const PRECEDENCE = { or: 1, and: 2, not: 3, atom: 4 } as const;

/** `printAtom` prints a comparison or a selector term (`service a, b`) from its tokens. */
export function printExpression(n: CstNode, printAtom: (n: CstNode) => string): string {
  return print(toExpr(n, printAtom));
}

function toExpr(n: CstNode, printAtom: (n: CstNode) => string): Expr {
  switch (n.name) {
    case "condition":
    case "selector":
    case "andCondition":
    case "andSelector": {
      const op = n.name === "condition" || n.name === "selector" ? "or" : "and";
      const operands = subNodes(n, "operands").map((o) => toExpr(o, printAtom));
      if (operands.length === 0) return { op: "atom", text: printAtom(n) };
      return operands.reduce((left, right) => ({ op, left, right }));
    }
    case "unaryCondition":
    case "unarySelector": {
      const operand = subNodes(n, "operand")[0];
      if (operand) return { op: "not", operand: toExpr(operand, printAtom) };
      const inner = subNodes(n, "inner")[0];
      if (inner) return n.name === "unarySelector" ? { ...toExpr(inner, printAtom), written: true } : toExpr(inner, printAtom);
      return { op: "atom", text: printAtom(n) };
    }
    default:
      return { op: "atom", text: printAtom(n) };
  }
}

function print(e: Expr): string {
  switch (e.op) {
    case "atom":
      return e.text;
    case "not":
      return `not ${wrap(e.operand, PRECEDENCE[e.operand.op] < PRECEDENCE.not)}`;
    default: {
      const p = PRECEDENCE[e.op];
      return `${wrap(e.left, PRECEDENCE[e.left.op] < p || helpsReading(e.left, e.op))} ${e.op} ${wrap(e.right, PRECEDENCE[e.right.op] <= p || helpsReading(e.right, e.op))}`;
    }
  }
}

/**
 * Parentheses the author wrote in an `applies` that the tree does not need but a reader does:
 * around a list (`(service a, b) and audience child`: the comma does not reach past `and`) and
 * around an `and` inside an `or` (`x or (y and z)`). Others are dropped as before.
 */
function helpsReading(e: Expr, parent: "and" | "or"): boolean {
  if (!e.written) return false;
  return (e.op === "atom" && e.text.includes(",")) || (e.op === "and" && parent === "or");
}

function wrap(e: Expr, parens: boolean): string {
  return parens ? `(${print(e)})` : print(e);
}

/**
 * A `when` condition from the AST, printed exactly as the formatter prints it: the one printer
 * of conditions, used by messages, fixes and the FHIR export alike (a message that dropped the
 * brackets of `not (a = yes and b = yes)` once said the opposite of the form).
 */
export function printCondition(c: Condition): string {
  return print(conditionExpr(c));
}

/** A value as form-language source: `yes`, `12`, or a string literal the parser reads back. */
export function printValue(v: Value): string {
  return v.kind === "string" ? quoteString(v.value) : v.text;
}

function conditionExpr(c: Condition): Expr {
  switch (c.kind) {
    case "and":
    case "or":
      return { op: c.kind, left: conditionExpr(c.left), right: conditionExpr(c.right) };
    case "not":
      return { op: "not", operand: conditionExpr(c.operand) };
    case "answered":
      return { op: "atom", text: `${c.field.text} answered` };
    case "compare":
      return { op: "atom", text: `${c.field.text} ${c.op} ${printValue(c.value)}` };
  }
}
