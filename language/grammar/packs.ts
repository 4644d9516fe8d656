/** Rule packs: `pack`, declarations of services, audiences and concepts, rules, recommendations. */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import type { Span } from "../diagnostic";
import type { LexProblem } from "../lexer";
import { DateLiteral, Identifier, LBrace, NumberLiteral, RBrace, StringLiteral, kw } from "../tokens";
import { blockBody } from "./blocks";
import { mark } from "./forms";
import { date, idList, name, num, str, stringList } from "./leaves";
import { citations, requirement, selector, type RequirementParts } from "./rule-parts";
import { AFTER, SITES, type Site } from "./sites";
import type { ParseState } from "./state";

const K = (w: string) => kw(w as never).tokenTypeIdx!;
const STRING = StringLiteral.tokenTypeIdx!;
const LBRACE = LBrace.tokenTypeIdx!;

/** `kw name "title"`, then `{ body }` (required or optional): the tokens every declaration starts with. */
interface Head {
  nameTok?: IToken;
  titleTok?: IToken;
  open?: IToken;
  close?: IToken;
}

function head(s: ParseState, h: Head, rule: string, blockRequired: boolean): void {
  h.nameTok = s.consume(Identifier, blockRequired ? AFTER.nameThenBlock : AFTER.nameThenOptionalBlock, rule);
  if (s.next() === STRING) h.titleTok = s.advance();
}

export function pack(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  const h: Head = {};
  const props: PackProps = [];
  const marks: A.PropertyMark[] = [];
  try {
    head(s, h, "pack", false);
    if (s.next() === LBRACE) {
      h.open = s.advance();
      blockBody(s, "pack", SITES.pack, (s, idx) => packProp(s, idx, props, marks), s.problems, "in the pack: expected publisher, published, version, source, uses or source-text");
      h.close = s.consume(RBrace, AFTER.last, "pack");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    const p: A.Pack = { kind: "pack", name: name(h.nameTok) ?? { text: "", span }, title: str(s, h.titleTok), props: marks, uses: [], span };
    for (const [keyword, value, used, markSpan] of props) {
      switch (keyword) {
        case "source-text": p.sourceText = str(s, value); break;
        case "uses": {
          const pack = name(used);
          const range = str(s, value);
          if (pack && range) p.uses.push({ pack, range, span: markSpan });
          break;
        }
        case "publisher": p.publisher = str(s, value); break;
        case "published": p.published = date(s, value); break;
        case "version": p.version = str(s, value); break;
        case "source": p.source = str(s, value); break;
      }
    }
    out.push(p);
  }
}

const PACK_PROPS = new Map([
  [K("publisher"), StringLiteral],
  [K("published"), DateLiteral],
  [K("version"), StringLiteral],
  [K("source"), StringLiteral],
  [K("source-text"), StringLiteral],
  [K("uses"), StringLiteral],
]);
const USES = K("uses");

/** Each property line: its keyword, its value, the pack a `uses` names, and the line's span. */
type PackProps = Array<[string, IToken | undefined, IToken | undefined, Span]>;

function packProp(s: ParseState, idx: number, out: PackProps, marks: A.PropertyMark[]): boolean {
  const type = PACK_PROPS.get(idx);
  if (!type) return false;
  const entry = s.enter(SITES.pack);
  const keyword = s.advance();
  let value: IToken | undefined;
  let used: IToken | undefined;
  try {
    // `uses OTHER-PACK "RANGE"`: a dependency on another pack, in a semver range.
    if (idx === USES) used = s.consume(Identifier, AFTER.usesPack, "packProp");
    value = s.consume(type, AFTER.last, "packProp");
  } catch (e) {
    s.recover(e, SITES.pack);
  } finally {
    s.leave();
    const m = mark(s, keyword, entry);
    out.push([keyword.image, value, used, m.span]);
    marks.push(m);
  }
  return true;
}

/** `service id "title"` or `audience id "title"`. */
export function simpleDecl(s: ParseState, site: Site, kind: "service" | "audience", out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  let nameTok: IToken | undefined;
  let titleTok: IToken | undefined;
  try {
    nameTok = s.consume(Identifier, AFTER.nameThenTitle, kind === "service" ? "serviceDecl" : "audienceDecl");
    if (s.next() === STRING) titleTok = s.advance();
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    out.push({ kind, name: name(nameTok) ?? { text: "", span }, title: str(s, titleTok), span });
  }
}

const CONCEPT_JUNK = "in the concept: expected synonyms, codes, refines, suggest, options or help";

export function concept(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  const h: Head = {};
  const c: A.ConceptDecl = { kind: "concept", name: undefined!, title: undefined, synonyms: [], codes: [], refines: [], options: [], props: [], span: undefined! };
  // Header first (the title may be replaced by a `label` property): property values wait for the end.
  const finish: Array<() => void> = [];
  try {
    head(s, h, "conceptDecl", false);
    if (s.next() === LBRACE) {
      h.open = s.advance();
      blockBody(s, "concept", SITES.concept, (s, idx) => conceptProp(s, idx, c, finish), s.problems, CONCEPT_JUNK);
      h.close = s.consume(RBrace, AFTER.last, "conceptDecl");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    c.name = name(h.nameTok) ?? { text: "", span };
    c.title = str(s, h.titleTok);
    c.span = span;
    for (const f of finish) f();
    out.push(c);
  }
}

/**
 * `extend concept ID { synonyms … help … }`: adds to a concept another pack declares. Parsed
 * with the concept's own properties; the checks refuse any but `synonyms` and `help`.
 */
export function extendConcept(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  let nameTok: IToken | undefined;
  const c: A.ConceptDecl = { kind: "concept", name: undefined!, title: undefined, synonyms: [], codes: [], refines: [], options: [], props: [], span: undefined! };
  const finish: Array<() => void> = [];
  try {
    s.consume(kw("concept"), AFTER.extendConcept, "extendDecl");
    nameTok = s.consume(Identifier, AFTER.extendName, "extendDecl");
    s.consume(LBrace, AFTER.conceptOpen, "extendDecl");
    blockBody(s, "concept", SITES.concept, (s, idx) => conceptProp(s, idx, c, finish), s.problems, CONCEPT_JUNK);
    s.consume(RBrace, AFTER.last, "extendDecl");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    for (const f of finish) f();
    const refused = c.props.filter((m) => m.keyword !== "synonyms" && m.keyword !== "help");
    out.push({ kind: "extend-concept", name: name(nameTok) ?? { text: "", span }, synonyms: c.synonyms, help: c.help, refused, props: c.props, span });
  }
}

const [SYNONYMS, CODES, REFINES, OPTIONS, SUGGEST, HELP, LABEL, REQUIRED] = ["synonyms", "codes", "refines", "options", "suggest", "help", "label", "required"].map(K);
const CONCEPT_PROPS = new Set([SYNONYMS, CODES, REFINES, OPTIONS, SUGGEST, HELP, LABEL]);

function conceptProp(s: ParseState, idx: number, c: A.ConceptDecl, finish: Array<() => void>): boolean {
  if (!CONCEPT_PROPS.has(idx)) return false;
  const site = SITES.concept;
  const entry = s.enter(site);
  const keyword = s.advance();
  let value: IToken | undefined;
  let required: IToken | undefined;
  try {
    switch (idx) {
      case SYNONYMS: stringList(s, SITES.last, c.synonyms); break;
      case OPTIONS: stringList(s, SITES.last, c.options); break;
      case CODES: stringList(s, SITES.last, c.codes); break;
      case REFINES: idList(s, SITES.last, c.refines); break;
      case SUGGEST:
        value = s.consume(Identifier, AFTER.suggestType, "conceptProp");
        if (s.next() === REQUIRED) required = s.advance();
        break;
      default: value = s.consume(StringLiteral, AFTER.last, "conceptProp");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const m = mark(s, keyword, entry);
    c.props.push(m);
    finish.push(() => {
      switch (idx) {
        case HELP: c.help = str(s, value); break;
        case LABEL: c.title = str(s, value) ?? c.title; break;
        case SUGGEST: {
          const type = name(value);
          if (type) c.suggest = { type, required: !!required, span: m.span };
        }
      }
    });
  }
  return true;
}

export function rule(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  const h: Head = {};
  const r: A.RuleDecl = { kind: "rule", name: undefined!, title: undefined, requires: [], citations: [], quotes: [], implements: [], props: [], span: undefined! };
  const finish: Array<() => void> = [];
  try {
    head(s, h, "ruleDecl", true);
    h.open = s.consume(LBrace, AFTER.ruleOpen, "ruleDecl");
    blockBody(s, "rule", SITES.rule, (s, idx) => ruleProp(s, idx, r, finish), s.problems, "in the rule: expected title, severity, applies, require, cites, quote, implements, description or fix");
    h.close = s.consume(RBrace, AFTER.last, "ruleDecl");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    r.name = name(h.nameTok) ?? { text: "", span };
    r.title = str(s, h.titleTok);
    r.span = span;
    for (const f of finish) f();
    out.push(r);
  }
}

const [TITLE, SEVERITY, APPLIES, REQUIRE, CITES, QUOTE, IMPLEMENTS, DESCRIPTION, FIX] = ["title", "severity", "applies", "require", "cites", "quote", "implements", "description", "fix"].map(K);
const RULE_PROPS = new Set([TITLE, SEVERITY, APPLIES, REQUIRE, CITES, QUOTE, IMPLEMENTS, DESCRIPTION, FIX]);

function ruleProp(s: ParseState, idx: number, r: A.RuleDecl, finish: Array<() => void>): boolean {
  if (!RULE_PROPS.has(idx)) return false;
  const site = SITES.rule;
  const entry = s.enter(site);
  const keyword = s.advance();
  let value: IToken | undefined;
  const applies: A.Selector[] = [];
  let req: RequirementParts | undefined;
  const implemented: A.StringLit[] = [];
  const cited: A.CitationNode[] = [];
  try {
    switch (idx) {
      case SEVERITY: value = s.consume(Identifier, AFTER.last, "ruleProp"); break;
      case APPLIES: selector(s, SITES.last, applies); break;
      case REQUIRE:
        req = { concepts: [], constraints: [] };
        requirement(s, SITES.last, req);
        break;
      case CITES: citations(s, cited); break;
      case IMPLEMENTS: stringList(s, SITES.last, implemented); break;
      default: value = s.consume(StringLiteral, AFTER.last, "ruleProp");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const m = mark(s, keyword, entry);
    r.props.push(m);
    finish.push(() => {
      switch (idx) {
        case TITLE: r.title = str(s, value) ?? r.title; break;
        case SEVERITY: r.severity = name(value); break;
        case APPLIES: if (applies.length) r.applies = applies[0]; break;
        // A `require` that names nothing (cut short: its syntax error says so) requires nothing:
        // left out, so no consumer meets a requirement without a concept or header property.
        case REQUIRE: if (req!.concepts.length > 0 || req!.header) r.requires.push(buildRequirement(req!, m.span)); break;
        case CITES: r.citations.push(...cited); break;
        case QUOTE: {
          const q = str(s, value);
          if (q) r.quotes.push(q);
          break;
        }
        case IMPLEMENTS: r.implements.push(...implemented); break;
        case DESCRIPTION: r.description = str(s, value); break;
        case FIX: r.fix = str(s, value); break;
      }
    });
  }
  return true;
}

function buildRequirement(p: RequirementParts, span: Span): A.Requirement {
  const req: A.Requirement = { kind: "require", concepts: p.concepts, oneOf: p.oneOf === true, required: p.required === true, constraints: p.constraints, span };
  if (p.header) req.header = p.header;
  if (p.shownConcept && p.shownOp && p.shownValue) {
    const concept = p.shownConcept;
    req.shownWhen = { concept, op: p.shownOp.image as A.CompareOp, value: p.shownValue, span: { start: Math.min(concept.span.start, p.shownValue.span.start), end: Math.max(concept.span.end, p.shownValue.span.end) } };
  }
  return req;
}

const [NOT_CHECKABLE, PARTLY, GROUP] = ["not-checkable", "partly", "group"].map(K);

export function recommendation(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  s.advance();
  let refTok: IToken | undefined;
  let textTok: IToken | undefined;
  const keywords: IToken[] = [];
  const strs: IToken[] = [];
  const props: A.PropertyMark[] = [];
  // Reported only for a recommendation with a number: one without is dropped whole.
  const junk: LexProblem[] = [];
  try {
    refTok = s.consume(NumberLiteral, AFTER.nameThenOptionalBlock, "recommendationDecl");
    if (s.next() === STRING) textTok = s.advance();
    if (s.next() === LBRACE) {
      s.advance();
      blockBody(
        s,
        "recommendation",
        SITES.recommendation,
        (s, idx) => {
          if (idx !== NOT_CHECKABLE && idx !== PARTLY && idx !== GROUP) return false;
          const entry = s.pos;
          const keyword = s.advance();
          keywords.push(keyword);
          try {
            const t = s.consume(StringLiteral, AFTER.recommendationMember, "recommendationDecl");
            if (t) strs.push(t);
          } finally {
            props.push(mark(s, keyword, entry));
          }
          return true;
        },
        junk,
        "in the recommendation: expected not-checkable, partly or group",
      );
      s.consume(RBrace, AFTER.last, "recommendationDecl");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const ref = num(s, refTok, "a recommendation number");
    if (ref) {
      const rec: A.RecommendationDecl = { kind: "recommendation", ref, text: str(s, textTok), props, span: s.spanFrom(entry) ?? ref.span };
      keywords.forEach((k, i) => {
        const value = str(s, strs[i]);
        if (k.image === "not-checkable") rec.notCheckable = value;
        else if (k.image === "group") rec.group = value;
        else rec.partly = value;
      });
      s.problems.push(...junk);
      out.push(rec);
    }
  }
}
