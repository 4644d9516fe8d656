/**
 * The AST's leaves, made from tokens the rules consumed: names, strings, numbers, dates, and
 * the small lists and durations several rules share. Problems only the value shows (a bad
 * escape, a date that does not exist) go to the parse's problems.
 */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import { tokenSpan } from "../lexer";
import { unquoteString } from "../strings";
import { Comma, Identifier, NumberLiteral, StringLiteral } from "../tokens";
import { type ParseState, matches } from "./state";
import { AFTER, type Site } from "./sites";

const STRING_IDX = StringLiteral.tokenTypeIdx!;
const COMMA_IDX = Comma.tokenTypeIdx!;

export function name(t: IToken | undefined): A.Name | undefined {
  return t ? { text: t.image, span: tokenSpan(t) } : undefined;
}

export function str(s: ParseState, t: IToken | undefined): A.StringLit | undefined {
  if (!t || t.tokenTypeIdx !== STRING_IDX) return undefined;
  // Most strings have no escape: no callback to make.
  if (t.image.indexOf("\\") === -1) return { value: t.image.slice(1, -1), span: tokenSpan(t) };
  const value = unquoteString(t.image, (at, next) => {
    const offset = t.startOffset + at;
    s.problems.push({
      message: `\`\\${next}\` is not an escape the language knows: use \`\\"\`, \`\\\\\` or \`\\n\`.`,
      span: { start: offset, end: offset + 2 },
    });
  });
  return { value, span: tokenSpan(t) };
}

const NUMBER = /^\d+(\.\d+)?$/;

export function num(s: ParseState, t: IToken | undefined, context: string): A.NumberLit | undefined {
  if (!t) return undefined;
  const value = Number(t.image);
  if (!NUMBER.test(t.image)) {
    s.problems.push({ message: `\`${t.image}\` is not a number: ${context} must be a whole or decimal number.`, span: tokenSpan(t) });
  }
  return { value: Number.isFinite(value) ? value : NaN, text: t.image, span: tokenSpan(t) };
}

export function date(s: ParseState, t: IToken | undefined): A.DateLit | undefined {
  if (!t) return undefined;
  const d = new Date(t.image + "T00:00:00Z");
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t.image) {
    s.problems.push({ message: `\`${t.image}\` is not a real calendar date.`, span: tokenSpan(t) });
  }
  return { value: t.image, span: tokenSpan(t) };
}

/** `a, b, c` (at least one id), appended to `out` as parsed. */
export function idList(s: ParseState, site: Site, out: A.Name[]): void {
  s.enter(site);
  try {
    if (!matches(s.la1(), Identifier)) s.earlyExit("idList", [Identifier]);
    out.push(name(s.advance())!);
    while (s.next() === COMMA_IDX) {
      s.advance();
      const t = s.consume(Identifier, AFTER.listItem, "idList");
      if (t) out.push(name(t)!);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
}

/** `"a", "b"` (at least one string), appended to `out` as parsed. */
export function stringList(s: ParseState, site: Site, out: A.StringLit[]): void {
  const first = s.enter(site);
  try {
    if (s.next() !== STRING_IDX) s.earlyExit("stringList", [StringLiteral]);
    out.push(str(s, s.advance())!);
    while (s.next() === COMMA_IDX) {
      s.advance();
      const t = s.consume(StringLiteral, AFTER.listItem, "stringList");
      if (t) out.push(str(s, t)!);
    }
    s.listDone(first);
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
}

/** `12 months`; undefined unless both parts are there. */
export function duration(s: ParseState, site: Site): A.Duration | undefined {
  const entry = s.enter(site);
  let amount: IToken | undefined;
  let unit: IToken | undefined;
  try {
    amount = s.consume(NumberLiteral, AFTER.durationAmount, "duration");
    unit = s.consume(Identifier, AFTER.last, "duration");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
  // Runs on the way out of an error too: what was parsed is kept, as for every rule.
  return amount && unit ? { amount: num(s, amount, "a duration")!.value, unit: name(unit)!, span: s.spanFrom(entry) ?? tokenSpan(amount) } : undefined;
}
