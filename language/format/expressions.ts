/**
 * Conditions (`when …`) and selectors (`applies …`) printed with the fewest parentheses that
 * keep the same tree: `not` binds tighter than `and`, which binds tighter than `or`. Both
 * operators group to the left, so a right operand of the same operator keeps its parentheses
 * (`a and (b and c)` is another tree than `a and b and c`, and the formatter never changes
 * the tree).
 */
import type { Condition, Selector, Value } from "../ast";
import { quoteString } from "../strings";

type Expr = Condition | Selector;
/** A comparison (`x = yes`, `x answered`) or a selector term (`service a, b`). */
export type Atom = Exclude<Expr, { kind: "and" | "or" | "not" }>;

const PRECEDENCE = { or: 1, and: 2, not: 3, atom: 4 } as const;

function precedence(e: Expr): number {
  return e.kind === "or" || e.kind === "and" || e.kind === "not" ? PRECEDENCE[e.kind] : PRECEDENCE.atom;
}

/** `printAtom` prints a comparison or a selector term (the formatter prints its tokens as written). */
export function printExpression(e: Expr, printAtom: (atom: Atom) => string): string {
  switch (e.kind) {
    case "not":
      return `not ${wrap(e.operand, precedence(e.operand) < PRECEDENCE.not, printAtom)}`;
    case "and":
    case "or": {
      const p = PRECEDENCE[e.kind];
      return `${wrap(e.left, precedence(e.left) < p, printAtom)} ${e.kind} ${wrap(e.right, precedence(e.right) <= p, printAtom)}`;
    }
    default:
      return printAtom(e);
  }
}

function wrap(e: Expr, parens: boolean, printAtom: (atom: Atom) => string): string {
  return parens ? `(${printExpression(e, printAtom)})` : printExpression(e, printAtom);
}

/**
 * A `when` condition from the AST, printed exactly as the formatter prints it: the one printer
 * of conditions, used by messages, fixes and the FHIR export alike (a message that dropped the
 * brackets of `not (a = yes and b = yes)` once said the opposite of the form).
 */
export function printCondition(c: Condition): string {
  return printExpression(c, (atom) => {
    const a = atom as Extract<Condition, { kind: "answered" | "compare" }>;
    return a.kind === "answered" ? `${a.field.text} answered` : `${a.field.text} ${a.op} ${printValue(a.value)}`;
  });
}

/** A value as form-language source: `yes`, `12`, or a string literal the parser reads back. */
export function printValue(v: Value): string {
  return v.kind === "string" ? quoteString(v.value) : v.text;
}
