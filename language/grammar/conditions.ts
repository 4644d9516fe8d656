/**
 * Conditions (`when a = yes and not (b answered)`): `or` over `and` over `not`, `( )` and
 * comparisons, grouped to the left. Decisions follow the LL(3) choices the grammar always made:
 * `not` followed by an operator or `answered` is a field called `not`; `expression` followed by
 * a string is an expression (`expression "%age < 18"`), by an operator a field called so.
 */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import type { Span } from "../diagnostic";
import { tokenSpan } from "../lexer";
import { COMPARISON_TOKENS, Identifier, LParen, NumberLiteral, RParen, StringLiteral, kw } from "../tokens";
import { name, num, str } from "./leaves";
import { AFTER, SITES, type Site } from "./sites";
import { type ParseState, matches } from "./state";

/** What a condition's alternatives start with: a misspelt `not` is named ("did you mean"). */
const CONDITION_FIRST = [kw("not"), LParen, Identifier];

const OR = kw("or").tokenTypeIdx!;
const AND = kw("and").tokenTypeIdx!;
const NOT = kw("not").tokenTypeIdx!;
const ANSWERED = kw("answered").tokenTypeIdx!;
const EXPRESSION = kw("expression").tokenTypeIdx!;
const LPAREN = LParen.tokenTypeIdx!;
const STRING = StringLiteral.tokenTypeIdx!;
const NUMBER = NumberLiteral.tokenTypeIdx!;
const OPERATOR_IDX = new Set(COMPARISON_TOKENS.map((t) => t.tokenTypeIdx!));

export const isOperator = (t: IToken) => OPERATOR_IDX.has(t.tokenTypeIdx);
const isWord = (t: IToken) => matches(t, Identifier);
/** `expression "…"` starts at `t` (a field called `expression` is followed by an operator or `answered`). */
const startsExpression = (t: IToken, next: IToken) => t.tokenTypeIdx === EXPRESSION && next.tokenTypeIdx === STRING;

/** Operands joined by one operator, grouped to the left. */
export function leftGrouped<T extends { span: Span }>(operands: T[], kind: "and" | "or"): T {
  let left = operands[0];
  for (let i = 1; i < operands.length; i++) {
    const right = operands[i];
    left = { kind, left, right, span: join(left.span, right.span) } as unknown as T;
  }
  return left;
}

export function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** A condition the parser could not make sense of: `answered` on an empty name never matches. */
function placeholder(span: Span): A.Condition {
  return { kind: "answered", field: { text: "", span }, span };
}

/** A whole condition, appended to `out` (also when it fails part-way: what was parsed is kept). */
export function condition(s: ParseState, site: Site, out: A.Condition[]): void {
  const entry = s.enter(site);
  const operands: A.Condition[] = [];
  try {
    andCondition(s, SITES.orOperand, operands);
    while (s.next() === OR) {
      s.advance();
      andCondition(s, SITES.orOperand, operands);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    out.push(operands.length ? leftGrouped(operands, "or") : placeholder(s.spanFrom(entry) ?? s.empty));
  }
}

function andCondition(s: ParseState, site: Site, out: A.Condition[]): void {
  const entry = s.enter(site);
  const operands: A.Condition[] = [];
  try {
    unaryCondition(s, SITES.andOperand, operands);
    while (s.next() === AND) {
      s.advance();
      unaryCondition(s, SITES.andOperand, operands);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    out.push(operands.length ? leftGrouped(operands, "and") : placeholder(s.spanFrom(entry) ?? s.empty));
  }
}

function unaryCondition(s: ParseState, site: Site, out: A.Condition[]): void {
  const entry = s.enter(site);
  const nesting = s.nesting;
  let alt = 0;
  const inner: A.Condition[] = [];
  let cmp: A.Condition | undefined;
  try {
    const t = s.la1();
    const idx = t.tokenTypeIdx;
    const t2 = s.la(2);
    if (idx === NOT && !isOperator(t2) && t2.tokenTypeIdx !== ANSWERED && (t2.tokenTypeIdx === NOT || t2.tokenTypeIdx === LPAREN || startsExpression(t2, s.la(3)) || (isWord(t2) && (isOperator(s.la(3)) || s.la(3).tokenTypeIdx === ANSWERED)))) {
      alt = 1;
      s.deeper(t);
      s.advance();
      unaryCondition(s, SITES.last, inner);
    } else if (idx === LPAREN) {
      alt = 2;
      s.deeper(t);
      s.advance();
      condition(s, SITES.parenthesised, inner);
      s.consume(RParen, AFTER.last, "unaryCondition");
    } else if (isWord(t) && (isOperator(t2) || t2.tokenTypeIdx === ANSWERED)) {
      alt = 3;
      s.enter(SITES.last);
      try {
        cmp = comparison(s);
      } catch (e) {
        s.recover(e, SITES.last);
      } finally {
        s.leave();
        cmp ??= s.partial as A.Condition;
      }
    } else if (startsExpression(t, t2)) {
      alt = 4;
      const keyword = s.advance();
      const text = str(s, s.advance())!;
      cmp = { kind: "expression", text: text.value, textSpan: text.span, span: join(tokenSpan(keyword), text.span) };
    } else s.noViableAlt("unaryCondition", CONDITION_FIRST);
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    s.nesting = nesting;
    const span = s.spanFrom(entry);
    if (alt === 1 && inner.length) out.push({ kind: "not", operand: inner[0], span: span ?? inner[0].span });
    else if (alt === 2 && inner.length) out.push({ ...inner[0], span: span ?? inner[0].span } as A.Condition);
    else if ((alt === 3 || alt === 4) && cmp) out.push(cmp);
    else out.push(placeholder(span ?? s.empty));
  }
}

/** `field answered` or `field op value`; leaves what it parsed in `s.partial` when it fails. */
function comparison(s: ParseState): A.Condition {
  const fieldTok = s.advance(); // a word: the alternative was chosen on it
  const field = name(fieldTok)!;
  let opTok: IToken | undefined;
  let value: A.Value | undefined;
  let answered = false;
  const entry = s.pos - 1;
  const build = (): A.Condition => {
    const span = s.spanFrom(entry)!;
    if (answered) return { kind: "answered", field, span };
    if (!opTok || !value) return { kind: "answered", field: { text: "", span }, span };
    return { kind: "compare", field, op: opTok.image as A.CompareOp, opSpan: tokenSpan(opTok), value, span };
  };
  try {
    if (s.next() === ANSWERED) {
      s.advance();
      answered = true;
    } else {
      opTok = operator(s, SITES.operatorThenValue);
      value = valueRule(s, SITES.last);
    }
  } finally {
    s.partial = build();
  }
  return s.partial as A.Condition;
}

/** `=`, `!=`, `<`, `<=`, `>` or `>=`. */
export function operator(s: ParseState, site: Site): IToken | undefined {
  s.enter(site);
  try {
    if (isOperator(s.la1())) return s.advance();
    s.noViableAlt("operator");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
  return undefined;
}

/** `yes`, `no`, a quoted option or a number. */
export function valueRule(s: ParseState, site: Site): A.Value | undefined {
  s.enter(site);
  let t: IToken | undefined;
  try {
    const idx = s.next();
    if (idx === STRING || idx === NUMBER || isWord(s.la1())) t = s.advance();
    else s.noViableAlt("value");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
  return t ? value(s, t) : undefined;
}

function value(s: ParseState, t: IToken): A.Value {
  if (t.tokenTypeIdx === STRING) {
    const v = str(s, t)!;
    return { kind: "string", value: v.value, span: v.span };
  }
  if (t.tokenTypeIdx === NUMBER) {
    const v = num(s, t, "a value")!;
    return { kind: "number", value: v.value, text: v.text, span: v.span };
  }
  if (t.image !== "yes" && t.image !== "no") {
    s.problems.push({
      message: `\`${t.image}\` is not a value: compare with yes, no, a quoted option such as "${t.image}", or a number.`,
      span: tokenSpan(t),
    });
  }
  return { kind: "word", text: t.image, span: tokenSpan(t) };
}
