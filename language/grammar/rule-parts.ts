/** The parts of a rule: `applies` selectors, `require` requirements with constraints, `cites` citations. */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import type { Span } from "../diagnostic";
import { tokenSpan } from "../lexer";
import { Comma, Identifier, LParen, NumberLiteral, RParen, StringLiteral, kw } from "../tokens";
import { join, leftGrouped, operator, valueRule } from "./conditions";
import { duration, idList, name, num, str } from "./leaves";
import { AFTER, SITES, type Site } from "./sites";
import { type ParseState, matches } from "./state";

const K = (w: string) => kw(w as never).tokenTypeIdx!;
const [OR, AND, NOT, SERVICE, AUDIENCE, AGES, TAG] = ["or", "and", "not", "service", "audience", "ages", "tag"].map(K);
const [HEADER, ONE, OF, REQUIRED, SHOWN, WITH, LOOKBACK, TYPE, OPTIONS] = ["header", "one", "of", "required", "shown", "with", "lookback", "type", "options"].map(K);
const [PARAGRAPH, RECOMMENDATION, SECTION] = ["paragraph", "recommendation", "section"].map(K);
// What each rule's alternatives start with: a misspelt keyword among them is named ("did you mean").
const SELECTOR_FIRST = [kw("not"), LParen, kw("service"), kw("audience"), kw("ages"), kw("tag")];
const REQUIREMENT_FIRST = [kw("header"), kw("one"), Identifier];
const CONSTRAINT_FIRST = [kw("lookback"), kw("type"), kw("options")];
const LPAREN = LParen.tokenTypeIdx!;
const COMMA = Comma.tokenTypeIdx!;
const isWord = (t: IToken) => matches(t, Identifier);

// ---------------------------------------------------------------- selectors (`applies …`)

export function selector(s: ParseState, site: Site, out: A.Selector[]): void {
  const entry = s.enter(site);
  const operands: A.Selector[] = [];
  try {
    andSelector(s, SITES.orOperand, operands);
    while (s.next() === OR) {
      s.advance();
      andSelector(s, SITES.orOperand, operands);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    out.push(operands.length ? leftGrouped(operands, "or") : { kind: "service", services: [], span: s.spanFrom(entry) ?? s.empty });
  }
}

function andSelector(s: ParseState, site: Site, out: A.Selector[]): void {
  const entry = s.enter(site);
  const operands: A.Selector[] = [];
  try {
    unarySelector(s, SITES.andOperand, operands);
    while (s.next() === AND) {
      s.advance();
      unarySelector(s, SITES.andOperand, operands);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    out.push(operands.length ? leftGrouped(operands, "and") : { kind: "service", services: [], span: s.spanFrom(entry) ?? s.empty });
  }
}

function unarySelector(s: ParseState, site: Site, out: A.Selector[]): void {
  const entry = s.enter(site);
  const nesting = s.nesting;
  const idx = s.next();
  const inner: A.Selector[] = [];
  const services: A.Name[] = [];
  let value: IToken | undefined;
  try {
    const t = s.la1();
    switch (idx) {
      case NOT:
        s.deeper(t);
        s.advance();
        unarySelector(s, SITES.last, inner);
        break;
      case LPAREN:
        s.deeper(t);
        s.advance();
        selector(s, SITES.parenthesised, inner);
        s.consume(RParen, AFTER.last, "unarySelector");
        break;
      case SERVICE:
        s.advance();
        idList(s, SITES.last, services);
        break;
      case AUDIENCE:
      case TAG:
        s.advance();
        value = s.consume(Identifier, AFTER.last, "unarySelector");
        break;
      case AGES:
        s.advance();
        s.consume(kw("include"), AFTER.agesInclude, "unarySelector");
        value = s.consume(NumberLiteral, AFTER.last, "unarySelector");
        break;
      default:
        s.noViableAlt("unarySelector", SELECTOR_FIRST);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    s.nesting = nesting;
    const span = s.spanFrom(entry) ?? s.empty;
    out.push(selectorOf(s, idx, inner, services, value, span));
  }
}

function selectorOf(s: ParseState, idx: number, inner: A.Selector[], services: A.Name[], value: IToken | undefined, span: Span): A.Selector {
  switch (idx) {
    case NOT:
      if (inner.length) return { kind: "not", operand: inner[0], span };
      break;
    case LPAREN:
      if (inner.length) return { ...inner[0], span } as A.Selector;
      break;
    case SERVICE:
      return { kind: "service", services, span };
    case AUDIENCE: {
      const audience = name(value);
      if (audience) return { kind: "audience", audience, span };
      break;
    }
    case AGES: {
      const age = num(s, value, "an age");
      if (age) return { kind: "ages", age, span };
      break;
    }
    case TAG: {
      const tag = name(value);
      if (tag) return { kind: "tag", tag, span };
      break;
    }
  }
  return { kind: "service", services: [], span };
}

// ---------------------------------------------------------------- requirements (`require …`)

/** What a `require` line holds, filled as it is parsed (and kept when it fails part-way). */
export interface RequirementParts {
  header?: A.Name[];
  concepts: A.Name[];
  oneOf?: boolean;
  required?: boolean;
  shownConcept?: A.Name;
  shownOp?: IToken;
  shownValue?: A.Value;
  constraints: A.Constraint[];
}

export function requirement(s: ParseState, site: Site, p: RequirementParts): void {
  s.enter(site);
  try {
    const t = s.la1();
    const t2 = s.la(2);
    const i2 = t2.tokenTypeIdx;
    // `require header version`: `header` followed by a property word.
    if (t.tokenTypeIdx === HEADER && i2 !== REQUIRED && i2 !== SHOWN && i2 !== WITH && i2 !== COMMA && isWord(t2)) {
      s.advance();
      p.header = [];
      idList(s, SITES.last, p.header);
    } else if (isWord(t)) {
      if (t.tokenTypeIdx === ONE && i2 === OF) {
        s.advance();
        s.advance();
        p.oneOf = true;
      }
      idList(s, SITES.requiredConcepts, p.concepts);
      if (s.next() === REQUIRED) {
        s.advance();
        p.required = true;
      }
      if (s.next() === SHOWN) {
        s.advance();
        s.consume(kw("when"), AFTER.shownWhen, "requirement");
        p.shownConcept = name(s.consume(Identifier, AFTER.shownConcept, "requirement"));
        p.shownOp = operator(s, SITES.operatorThenValue);
        p.shownValue = valueRule(s, SITES.shownValue);
      }
      if (s.next() === WITH) {
        s.advance();
        constraint(s, SITES.constraint, p.constraints);
        while (s.next() === AND) {
          s.advance();
          constraint(s, SITES.constraint, p.constraints);
        }
      }
    } else s.noViableAlt("requirement", REQUIREMENT_FIRST);
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
  }
}

function constraint(s: ParseState, site: Site, out: A.Constraint[]): void {
  const entry = s.enter(site);
  const idx = s.next();
  let op: IToken | undefined;
  let d: A.Duration | undefined;
  const types: A.Name[] = [];
  let option: IToken | undefined;
  try {
    switch (idx) {
      case LOOKBACK:
        s.advance();
        op = operator(s, SITES.operatorThenDuration);
        d = duration(s, SITES.last);
        break;
      case TYPE:
        s.advance();
        idList(s, SITES.last, types);
        break;
      case OPTIONS:
        s.advance();
        s.consume(kw("include"), AFTER.include, "constraint");
        option = s.consume(StringLiteral, AFTER.last, "constraint");
        break;
      default:
        s.noViableAlt("constraint", CONSTRAINT_FIRST);
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry) ?? s.empty;
    if (idx === LOOKBACK && op && d) out.push({ kind: "lookback", op: op.image as A.CompareOp, duration: d, span });
    else if (idx === TYPE) out.push({ kind: "type", types, span });
    else if (idx === OPTIONS) {
      const o = str(s, option);
      if (o) out.push({ kind: "options-include", option: o, span });
    }
  }
}

// ---------------------------------------------------------------- citations (`cites …`)

const CITATION_FIRST = [kw("paragraph"), kw("recommendation"), kw("section")];

/** `paragraph 1.20, recommendation 3, section "…"`: at least one. */
export function citations(s: ParseState, out: A.CitationNode[]): void {
  const idx = s.next();
  if (idx !== PARAGRAPH && idx !== RECOMMENDATION && idx !== SECTION) s.earlyExit("ruleProp", CITATION_FIRST);
  citation(s, out);
  while (s.next() === COMMA) {
    s.advance();
    citation(s, out);
  }
}

function citation(s: ParseState, out: A.CitationNode[]): void {
  const site = SITES.citation;
  const entry = s.enter(site);
  let kind: IToken | undefined;
  let ref: IToken | undefined;
  let text: IToken | undefined;
  try {
    const idx = s.next();
    if (idx === PARAGRAPH || idx === RECOMMENDATION) {
      kind = s.advance();
      ref = s.consume(NumberLiteral, AFTER.last, "citation");
    } else if (idx === SECTION) {
      kind = s.advance();
      text = s.consume(StringLiteral, AFTER.last, "citation");
    } else s.noViableAlt("citation", CITATION_FIRST);
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const value = str(s, text);
    if (kind && (ref || value)) out.push({ kind: kind.image as A.CitationKind, ref: ref ? ref.image : value!.value, span: s.spanFrom(entry) ?? tokenSpan(kind) });
  }
}

export { join };
