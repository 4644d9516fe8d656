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
/** A comparison (`x = yes`, `x answered`, `expression "…"`) or a selector term (`service a, b`). */
export type Atom = Exclude<Expr, { kind: "and" | "or" | "not" }>;

const PRECEDENCE = { or: 1, and: 2, not: 3, atom: 4 } as const;

function precedence(e: Expr): number {
  return e.kind === "or" || e.kind === "and" || e.kind === "not" ? PRECEDENCE[e.kind] : PRECEDENCE.atom;
}

/**
 * `printAtom` prints a comparison or a selector term (the formatter prints its tokens as written).
 * `written` says whether the author put an operand in parentheses (the formatter knows from the
 * text; a selector's span then includes them): some such are kept, see `helpsReading`.
 */
export function printExpression(e: Expr, printAtom: (atom: Atom) => string, written: (e: Expr) => boolean = () => false): string {
  switch (e.kind) {
    case "not":
      return `not ${wrap(e.operand, precedence(e.operand) < PRECEDENCE.not, printAtom, written)}`;
    case "and":
    case "or": {
      const p = PRECEDENCE[e.kind];
      const left = precedence(e.left) < p || helpsReading(e.left, e.kind, written);
      const right = precedence(e.right) <= p || helpsReading(e.right, e.kind, written);
      return `${wrap(e.left, left, printAtom, written)} ${e.kind} ${wrap(e.right, right, printAtom, written)}`;
    }
    default:
      return printAtom(e);
  }
}

/**
 * Parentheses the author wrote in an `applies` that the tree does not need but a reader does:
 * around a list (`(service a, b) and audience child`: the comma does not reach past `and`) and
 * around an `and` inside an `or` (`x or (y and z)`). Others are dropped.
 */
function helpsReading(e: Expr, parent: "and" | "or", written: (e: Expr) => boolean): boolean {
  if (!written(e)) return false;
  return (e.kind === "service" && e.services.length > 1) || (e.kind === "and" && parent === "or");
}

function wrap(e: Expr, parens: boolean, printAtom: (atom: Atom) => string, written: (e: Expr) => boolean): string {
  return parens ? `(${printExpression(e, printAtom, written)})` : printExpression(e, printAtom, written);
}

/**
 * A `when` condition from the AST, printed exactly as the formatter prints it: the one printer
 * of conditions, used by messages, fixes and the FHIR export alike (a message that dropped the
 * brackets of `not (a = yes and b = yes)` once said the opposite of the form).
 */
export function printCondition(c: Condition): string {
  return printExpression(c, (atom) => {
    const a = atom as Extract<Condition, { kind: "answered" | "compare" | "expression" }>;
    if (a.kind === "expression") return `expression ${quoteString(a.text)}`;
    return a.kind === "answered" ? `${a.field.text} answered` : `${a.field.text} ${a.op} ${printValue(a.value)}`;
  });
}

/** A value as form-language source: `yes`, `12`, or a string literal the parser reads back. */
export function printValue(v: Value): string {
  return v.kind === "string" ? quoteString(v.value) : v.text;
}
