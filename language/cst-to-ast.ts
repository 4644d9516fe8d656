/**
 * CST → AST. One visit method per grammar rule. Input the parser recovered from can leave a
 * node without some children (and chevrotain marks tokens it invented with
 * `isInsertedInRecovery`): every read here tolerates that, and invented tokens count as absent.
 */
import { nearest } from "./suggest";
import type { CstElement, CstNode, IToken } from "chevrotain";
import type * as A from "./ast";
import type { Span } from "./diagnostic";
import { tokenSpan, type LexProblem } from "./lexer";
import { unquoteString } from "./strings";

type Children = Record<string, CstElement[] | undefined>;

function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

function real(t: IToken | undefined): IToken | undefined {
  return t && !t.isInsertedInRecovery && Number.isFinite(t.startOffset) ? t : undefined;
}

function tok(c: Children, label: string, i = 0): IToken | undefined {
  const e = c[label]?.[i];
  return e && isToken(e) ? real(e) : undefined;
}

function toks(c: Children, label: string): IToken[] {
  const out: IToken[] = [];
  for (const e of c[label] ?? []) if (isToken(e) && real(e)) out.push(e);
  return out;
}

function node(c: Children, label: string, i = 0): CstNode | undefined {
  const e = c[label]?.[i];
  return e && !isToken(e) ? e : undefined;
}

function nodes(c: Children, label: string): CstNode[] {
  return (c[label] ?? []).filter((e): e is CstNode => !isToken(e));
}

/**
 * First and last real token under a node, whatever their labels. Each label's array is in
 * source order, so only its ends need looking at (scanning inwards past tokens invented by
 * recovery): this keeps span computation proportional to depth, not to the subtree's size.
 */
function bounds(n: CstNode): [IToken | undefined, IToken | undefined] {
  return [firstOf(n), lastOf(n)];
}

// Each end is found by its own walk: computing both ends at every level would visit a subtree
// once per ancestor per end, which doubles with each level of nesting.
function firstOf(n: CstNode): IToken | undefined {
  let first: IToken | undefined;
  for (const list of Object.values(n.children)) {
    for (let i = 0; i < list.length; i++) {
      const f = firstReal(list[i]);
      if (f) {
        if (!first || f.startOffset < first.startOffset) first = f;
        break;
      }
    }
  }
  return first;
}

function lastOf(n: CstNode): IToken | undefined {
  let last: IToken | undefined;
  for (const list of Object.values(n.children)) {
    for (let i = list.length - 1; i >= 0; i--) {
      const l = lastReal(list[i]);
      if (l) {
        if (!last || l.startOffset > last.startOffset) last = l;
        break;
      }
    }
  }
  return last;
}

function firstReal(e: CstElement): IToken | undefined {
  return isToken(e) ? real(e) : firstOf(e);
}

function lastReal(e: CstElement): IToken | undefined {
  return isToken(e) ? real(e) : lastOf(e);
}

function spanOf(n: CstNode, fallback: Span): Span {
  // The parser tracks each node's offsets as it goes; only nodes the recovery left with a hole
  // (an invented token at an end) need the walk.
  const loc = n.location;
  if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset)) {
    // `| 0`: chevrotain starts these fields at NaN, so they hold boxed doubles; copied as they
    // are, every span object in the AST would store its two numbers as boxes too (≈ 13 MB in a
    // 1,000-form workspace).
    return { start: loc.startOffset | 0, end: ((loc.endOffset as number) + 1) | 0 };
  }
  const [f, l] = bounds(n);
  if (!f || !l) return fallback;
  return { start: f.startOffset, end: l.startOffset + l.image.length };
}

/** Where a node starts: the parser's tracked offset, or the walk when recovery left a hole. */
function startOf(n: CstNode): number {
  const at = n.location?.startOffset;
  return at !== undefined && Number.isFinite(at) ? at : (firstOf(n)?.startOffset ?? 0);
}

/**
 * An array filled by `push` keeps room to grow (17 slots for one element); a workspace holds
 * tens of thousands of these AST lists, so each is stored at its exact length once complete.
 */
function fit<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

function join(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

export class AstBuilder {
  readonly problems: LexProblem[] = [];
  private readonly empty: Span;

  constructor(private readonly text: string) {
    this.empty = { start: text.length, end: text.length };
  }

  // ------------------------------------------------------------------ leaves

  private name(t: IToken | undefined): A.Name | undefined {
    return t ? { text: t.image, span: tokenSpan(t) } : undefined;
  }

  private str(t: IToken | undefined): A.StringLit | undefined {
    if (!t || t.tokenType.name !== "StringLiteral") return undefined;
    const value = unquoteString(t.image, (at, next) => {
      const offset = t.startOffset + at;
      this.problems.push({
        message: `\`\\${next}\` is not an escape the language knows: use \`\\"\`, \`\\\\\` or \`\\n\`.`,
        span: { start: offset, end: offset + 2 },
      });
    });
    return { value, span: tokenSpan(t) };
  }

  private num(t: IToken | undefined, context: string): A.NumberLit | undefined {
    if (!t) return undefined;
    const value = Number(t.image);
    if (!/^\d+(\.\d+)?$/.test(t.image)) {
      this.problems.push({ message: `\`${t.image}\` is not a number: ${context} must be a whole or decimal number.`, span: tokenSpan(t) });
    }
    return { value: Number.isFinite(value) ? value : NaN, text: t.image, span: tokenSpan(t) };
  }

  private date(t: IToken | undefined): A.DateLit | undefined {
    if (!t) return undefined;
    const d = new Date(t.image + "T00:00:00Z");
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t.image) {
      this.problems.push({ message: `\`${t.image}\` is not a real calendar date.`, span: tokenSpan(t) });
    }
    return { value: t.image, span: tokenSpan(t) };
  }

  private keywordMark(n: CstNode): A.PropertyMark | undefined {
    const k = tok(n.children, "keyword");
    if (!k) return undefined;
    return { keyword: k.image, keywordSpan: tokenSpan(k), span: spanOf(n, tokenSpan(k)) };
  }

  private idList(n: CstNode | undefined): A.Name[] {
    if (!n) return [];
    return toks(n.children, "ids").map((t) => this.name(t)!);
  }

  private stringList(n: CstNode | undefined): A.StringLit[] {
    if (!n) return [];
    return toks(n.children, "strs")
      .map((t) => this.str(t))
      .filter((s): s is A.StringLit => !!s);
  }

  private duration(n: CstNode | undefined): A.Duration | undefined {
    if (!n) return undefined;
    const amount = tok(n.children, "amount");
    const unit = this.name(tok(n.children, "unit"));
    if (!amount || !unit) return undefined;
    return { amount: this.num(amount, "a duration")!.value, unit, span: spanOf(n, tokenSpan(amount)) };
  }

  private junk(n: CstNode, where: string) {
    const span = spanOf(n, this.empty);
    const first = bounds(n)[0];
    const shown = first ? (first.image.length > 30 ? first.image.slice(0, 30) + "…" : first.image) : "";
    // The keywords `where` lists ("expected title, severity … or fix"): a misspelt one is named.
    const keywords = where.replace(/^.*expected /, "").split(/, | or /).filter((w) => /^[a-z-]+$/.test(w));
    const s = first ? nearest(first.image, keywords) : undefined;
    this.problems.push({ message: `Unexpected \`${shown}\` ${where}${s && s !== first?.image ? `: did you mean \`${s}\`?` : "."}`, span });
  }

  // ------------------------------------------------------------------ document

  /** One field or section on its own (incremental re-parsing). */
  member(cst: CstNode): A.Field | A.Section {
    return cst.name === "field" ? this.field(cst) : this.section(cst);
  }

  document(cst: CstNode): A.TopLevel[] {
    const items: A.TopLevel[] = [];
    const c = cst.children;
    // Children are grouped by rule name; put them back in source order.
    const all: CstNode[] = [];
    for (const key of Object.keys(c)) all.push(...nodes(c, key));
    const start = new Map(all.map((n) => [n, startOf(n)]));
    all.sort((a, b) => start.get(a)! - start.get(b)!);
    for (const n of all) {
      switch (n.name) {
        case "form": items.push(this.form(n)); break;
        case "pack": items.push(this.pack(n)); break;
        case "serviceDecl": items.push(this.simpleDecl(n, "service")); break;
        case "audienceDecl": items.push(this.simpleDecl(n, "audience")); break;
        case "conceptDecl": items.push(this.concept(n)); break;
        case "ruleDecl": items.push(this.rule(n)); break;
        case "recommendationDecl": {
          const r = this.recommendation(n);
          if (r) items.push(r);
          break;
        }
        case "extendDecl": items.push(this.extendConcept(n)); break;
        case "topJunk":
          this.junk(n, "here: expected a form, pack, service, audience, concept, rule or recommendation");
          break;
      }
    }
    return items;
  }

  // ------------------------------------------------------------------ forms

  private form(n: CstNode): A.Form {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const nameTok = tok(c, "name");
    const form: A.Form = {
      kind: "form",
      name: this.name(nameTok) ?? { text: "", span: { start: span.start, end: span.start } },
      title: this.str(tok(c, "title")),
      audiences: [],
      tags: [],
      headerProps: [],
      members: [],
      waivers: [],
      headerSpan: this.headerSpan(c, span),
      body: this.bodySpan(c),
      span,
    };
    for (const h of nodes(c, "headerProp")) this.headerProp(h, form);
    form.headerProps = fit(form.headerProps);
    form.audiences = fit(form.audiences);
    form.tags = fit(form.tags);
    form.members = this.members(c);
    form.waivers = nodes(c, "waiver").map((w) => this.waiver(w));
    for (const j of nodes(c, "formJunk")) this.junk(j, "in the form: expected a section, a field, a waiver or a form property");
    return form;
  }

  private headerSpan(c: Children, fallback: Span): Span {
    const first = [...toks(c, "Kw_form"), ...toks(c, "Kw_section"), ...toks(c, "Kw_field"), ...toks(c, "Kw_rule"), ...toks(c, "Kw_concept")][0];
    const last = tok(c, "title") ?? tok(c, "name") ?? first;
    if (!first || !last) return fallback;
    return { start: first.startOffset, end: last.startOffset + last.image.length };
  }

  private bodySpan(c: Children): Span | undefined {
    const l = tok(c, "LBrace");
    const r = tok(c, "RBrace");
    if (!l) return undefined;
    return { start: l.startOffset, end: r ? r.startOffset + 1 : l.startOffset + 1 };
  }

  private headerProp(n: CstNode, form: A.Form) {
    const c = n.children;
    const mark = this.keywordMark(n);
    if (!mark) return;
    form.headerProps.push(mark);
    switch (mark.keyword) {
      case "service": form.service = this.name(tok(c, "ids")) ?? form.service; break;
      case "audience": form.audiences.push(...this.idList(node(c, "idList"))); break;
      case "tags": form.tags.push(...this.idList(node(c, "idList"))); break;
      case "version": form.version = this.str(tok(c, "str")) ?? form.version; break;
      case "owner": form.owner = this.str(tok(c, "str")) ?? form.owner; break;
      case "ages": {
        const min = this.num(tok(c, "min"), "an age");
        const max = this.num(tok(c, "max"), "an age");
        if (min && max) form.ages = { min, max, span: mark.span };
        break;
      }
    }
  }

  /** Sections and fields of a form or section body, in source order. */
  private members(c: Children): A.SectionMember[] {
    const out: A.SectionMember[] = [
      ...nodes(c, "section").map((s) => this.section(s)),
      ...nodes(c, "field").map((f) => this.field(f)),
    ];
    return fit(out.sort((a, b) => a.span.start - b.span.start));
  }

  private section(n: CstNode): A.Section {
    const c = n.children;
    const span = spanOf(n, this.empty);
    for (const j of nodes(c, "sectionJunk")) this.junk(j, "in the section: expected a field or a section");
    return {
      kind: "section",
      name: this.name(tok(c, "name")) ?? { text: "", span: { start: span.start, end: span.start } },
      title: this.str(tok(c, "title")),
      members: this.members(c),
      headerSpan: this.headerSpan(c, span),
      body: this.bodySpan(c),
      span,
    };
  }

  private field(n: CstNode): A.Field {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const kwField = tok(c, "Kw_field");
    const requiredTok = tok(c, "Kw_required");
    const whenTok = tok(c, "Kw_when");
    const condNode = node(c, "condition");
    const field: A.Field = {
      kind: "field",
      name: this.name(tok(c, "name")) ?? { text: "", span: { start: span.start, end: span.start } },
      type: this.name(tok(c, "type")),
      required: requiredTok ? tokenSpan(requiredTok) : undefined,
      covers: [],
      codes: [],
      options: [],
      props: [],
      headerSpan: span,
      body: this.bodySpan(c),
      span,
    };
    if (whenTok && condNode) {
      field.when = this.condition(condNode);
      field.whenSpan = join(tokenSpan(whenTok), spanOf(condNode, tokenSpan(whenTok)));
    }
    const headerEnd = field.whenSpan?.end ?? field.required?.end ?? field.type?.span.end ?? field.name.span.end;
    field.headerSpan = { start: kwField?.startOffset ?? span.start, end: Math.max(headerEnd, span.start) };
    if (!field.type && field.name.text) {
      this.problems.push({
        message: `Field \`${field.name.text}\` has no type: write one of text, longtext, number, date, datetime, yesno, choice, multichoice, person, signature after its id.`,
        span: field.name.span,
      });
    }
    for (const p of nodes(c, "fieldProp")) {
      const mark = this.keywordMark(p);
      if (!mark) continue;
      field.props.push(mark);
      const pc = p.children;
      switch (mark.keyword) {
        case "label": field.label = this.str(tok(pc, "str")) ?? field.label; break;
        case "help": field.help = this.str(tok(pc, "str")) ?? field.help; break;
        case "covers": field.covers.push(...this.idList(node(pc, "idList"))); break;
        case "options": field.options.push(...this.stringList(node(pc, "stringList"))); break;
        case "codes": field.codes.push(...this.stringList(node(pc, "stringList"))); break;
        case "lookback": field.lookback = this.duration(node(pc, "duration")) ?? field.lookback; break;
        case "min": field.min = this.num(tok(pc, "num"), "min") ?? field.min; break;
        case "max": field.max = this.num(tok(pc, "num"), "max") ?? field.max; break;
      }
    }
    for (const j of nodes(c, "fieldJunk")) this.junk(j, "in the field: expected label, help, covers, codes, options, lookback, min or max");
    field.props = fit(field.props);
    field.covers = fit(field.covers);
    field.options = fit(field.options);
    field.codes = fit(field.codes);
    return field;
  }

  private waiver(n: CstNode): A.Waiver {
    const c = n.children;
    const span = spanOf(n, this.empty);
    return {
      kind: "waiver",
      rule: this.name(tok(c, "rule")) ?? { text: "", span: { start: span.start, end: span.start } },
      reason: this.str(tok(c, "reason")),
      by: this.str(tok(c, "by")),
      until: this.date(tok(c, "until")),
      span,
    };
  }

  // ------------------------------------------------------------------ conditions

  private condition(n: CstNode): A.Condition {
    return this.binary(nodes(n.children, "operands").map((o) => this.andCondition(o)), "or", n);
  }

  private andCondition(n: CstNode): A.Condition {
    return this.binary(nodes(n.children, "operands").map((o) => this.unaryCondition(o)), "and", n);
  }

  private binary(operands: A.Condition[], kind: "and" | "or", n: CstNode): A.Condition {
    if (operands.length === 0) return this.placeholder(n);
    return operands.reduce((left, right) => ({ kind, left, right, span: join(left.span, right.span) }));
  }

  /** A condition the parser could not make sense of: `answered` on an empty name never matches. */
  private placeholder(n: CstNode): A.Condition {
    const span = spanOf(n, this.empty);
    return { kind: "answered", field: { text: "", span }, span };
  }

  private unaryCondition(n: CstNode): A.Condition {
    const c = n.children;
    const operand = node(c, "operand");
    if (operand) {
      const inner = this.unaryCondition(operand);
      return { kind: "not", operand: inner, span: spanOf(n, inner.span) };
    }
    const inner = node(c, "inner");
    if (inner) {
      const cond = this.condition(inner);
      return { ...cond, span: spanOf(n, cond.span) } as A.Condition;
    }
    const cmp = node(c, "comparison");
    if (!cmp) return this.placeholder(n);
    const cc = cmp.children;
    const field = this.name(tok(cc, "field"));
    const span = spanOf(cmp, this.empty);
    if (!field) return this.placeholder(n);
    if (tok(cc, "Kw_answered")) return { kind: "answered", field, span };
    const opNode = node(cc, "operator");
    const opTok = opNode ? tok(opNode.children, "op") : undefined;
    const value = this.value(node(cc, "value"));
    if (!opTok || !value) return { kind: "answered", field: { text: "", span }, span };
    return { kind: "compare", field, op: opTok.image as A.CompareOp, opSpan: tokenSpan(opTok), value, span };
  }

  private value(n: CstNode | undefined): A.Value | undefined {
    if (!n) return undefined;
    const c = n.children;
    const s = this.str(tok(c, "str"));
    if (s) return { kind: "string", value: s.value, span: s.span };
    const numTok = tok(c, "num");
    if (numTok) {
      const v = this.num(numTok, "a value")!;
      return { kind: "number", value: v.value, text: v.text, span: v.span };
    }
    const w = tok(c, "word");
    if (!w) return undefined;
    if (w.image !== "yes" && w.image !== "no") {
      this.problems.push({
        message: `\`${w.image}\` is not a value: compare with yes, no, a quoted option such as "${w.image}", or a number.`,
        span: tokenSpan(w),
      });
    }
    return { kind: "word", text: w.image, span: tokenSpan(w) };
  }

  // ------------------------------------------------------------------ rule packs

  private pack(n: CstNode): A.Pack {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const pack: A.Pack = {
      kind: "pack",
      name: this.name(tok(c, "name")) ?? { text: "", span },
      title: this.str(tok(c, "title")),
      uses: [],
      span,
    };
    for (const p of nodes(c, "packProp")) {
      const mark = this.keywordMark(p);
      const pc = p.children;
      switch (mark?.keyword) {
        case "publisher": pack.publisher = this.str(tok(pc, "str")); break;
        case "published": pack.published = this.date(tok(pc, "date")); break;
        case "version": pack.version = this.str(tok(pc, "str")); break;
        case "source": pack.source = this.str(tok(pc, "str")); break;
        case "source-text": pack.sourceText = this.str(tok(pc, "str")); break;
        case "uses": {
          const used = this.name(tok(pc, "pack"));
          const range = this.str(tok(pc, "str"));
          if (used && range) pack.uses.push({ pack: used, range, span: mark.span });
          break;
        }
      }
    }
    for (const j of nodes(c, "packJunk")) this.junk(j, "in the pack: expected publisher, published, version, source, uses or source-text");
    return pack;
  }

  private simpleDecl<K extends "service" | "audience">(n: CstNode, kind: K): A.ServiceDecl | A.AudienceDecl {
    const c = n.children;
    const span = spanOf(n, this.empty);
    return { kind, name: this.name(tok(c, "name")) ?? { text: "", span }, title: this.str(tok(c, "title")), span } as
      | A.ServiceDecl
      | A.AudienceDecl;
  }

  private concept(n: CstNode): A.ConceptDecl {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const concept: A.ConceptDecl = {
      kind: "concept",
      name: this.name(tok(c, "name")) ?? { text: "", span },
      title: this.str(tok(c, "title")),
      synonyms: [],
      codes: [],
      refines: [],
      options: [],
      span,
    };
    for (const p of nodes(c, "conceptProp")) {
      const mark = this.keywordMark(p);
      const pc = p.children;
      switch (mark?.keyword) {
        case "synonyms": concept.synonyms.push(...this.stringList(node(pc, "stringList"))); break;
        case "options": concept.options.push(...this.stringList(node(pc, "stringList"))); break;
        case "codes": concept.codes.push(...this.stringList(node(pc, "stringList"))); break;
        case "refines": concept.refines.push(...this.idList(node(pc, "idList"))); break;
        case "help": concept.help = this.str(tok(pc, "str")); break;
        case "label": concept.title = this.str(tok(pc, "str")) ?? concept.title; break;
        case "suggest": {
          const type = this.name(tok(pc, "type"));
          if (type) concept.suggest = { type, required: !!tok(pc, "Kw_required"), span: mark.span };
          break;
        }
      }
    }
    for (const j of nodes(c, "conceptJunk")) this.junk(j, "in the concept: expected synonyms, codes, refines, suggest, options or help");
    return concept;
  }

  private extendConcept(n: CstNode): A.ExtendConceptDecl {
    const concept = this.concept(n);
    const refused = nodes(n.children, "conceptProp")
      .map((p) => this.keywordMark(p))
      .filter((m): m is A.PropertyMark => !!m && m.keyword !== "synonyms" && m.keyword !== "help");
    return { kind: "extend-concept", name: concept.name, synonyms: concept.synonyms, help: concept.help, refused, span: concept.span };
  }

  private rule(n: CstNode): A.RuleDecl {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const rule: A.RuleDecl = {
      kind: "rule",
      name: this.name(tok(c, "name")) ?? { text: "", span },
      title: this.str(tok(c, "title")),
      requires: [],
      citations: [],
      quotes: [],
      implements: [],
      props: [],
      span,
    };
    for (const p of nodes(c, "ruleProp")) {
      const mark = this.keywordMark(p);
      if (!mark) continue;
      rule.props.push(mark);
      const pc = p.children;
      switch (mark.keyword) {
        case "title": rule.title = this.str(tok(pc, "str")) ?? rule.title; break;
        case "severity": rule.severity = this.name(tok(pc, "word")); break;
        case "applies": {
          const sel = node(pc, "selector");
          if (sel) rule.applies = this.selector(sel);
          break;
        }
        case "require": {
          const r = node(pc, "requirement");
          if (r) rule.requires.push(this.requirement(r, mark.span));
          break;
        }
        case "cites":
          for (const ci of nodes(pc, "citation")) {
            const cc = ci.children;
            const kind = tok(cc, "kind");
            const ref = tok(cc, "ref");
            const s = this.str(tok(cc, "str"));
            if (kind && (ref || s)) {
              rule.citations.push({ kind: kind.image as A.CitationKind, ref: ref ? ref.image : s!.value, span: spanOf(ci, tokenSpan(kind)) });
            }
          }
          break;
        case "quote": {
          const q = this.str(tok(pc, "str"));
          if (q) rule.quotes.push(q);
          break;
        }
        case "implements": rule.implements.push(...this.stringList(node(pc, "stringList"))); break;
        case "description": rule.description = this.str(tok(pc, "str")); break;
        case "fix": rule.fix = this.str(tok(pc, "str")); break;
      }
    }
    for (const j of nodes(c, "ruleJunk")) this.junk(j, "in the rule: expected title, severity, applies, require, cites, quote, implements, description or fix");
    return rule;
  }

  private requirement(n: CstNode, span: Span): A.Requirement {
    const c = n.children;
    const req: A.Requirement = {
      kind: "require",
      concepts: this.idList(node(c, "concepts")),
      oneOf: !!tok(c, "Kw_one"),
      required: !!tok(c, "Kw_required"),
      constraints: nodes(c, "constraint").map((k) => this.constraint(k)).filter((k): k is A.Constraint => !!k),
      span,
    };
    const header = node(c, "header");
    if (header) req.header = this.idList(header);
    const concept = this.name(tok(c, "shownConcept"));
    const opNode = node(c, "shownOp");
    const opTok = opNode ? tok(opNode.children, "op") : undefined;
    const value = this.value(node(c, "shownValue"));
    if (concept && opTok && value) {
      req.shownWhen = { concept, op: opTok.image as A.CompareOp, value, span: join(concept.span, value.span) };
    }
    return req;
  }

  private constraint(n: CstNode): A.Constraint | undefined {
    const c = n.children;
    const kind = tok(c, "kind");
    const span = spanOf(n, this.empty);
    switch (kind?.image) {
      case "lookback": {
        const opNode = node(c, "operator");
        const opTok = opNode ? tok(opNode.children, "op") : undefined;
        const duration = this.duration(node(c, "duration"));
        if (!opTok || !duration) return undefined;
        return { kind: "lookback", op: opTok.image as A.CompareOp, duration, span };
      }
      case "type":
        return { kind: "type", types: this.idList(node(c, "idList")), span };
      case "options": {
        const option = this.str(tok(c, "str"));
        return option ? { kind: "options-include", option, span } : undefined;
      }
    }
    return undefined;
  }

  private selector(n: CstNode): A.Selector {
    return this.binarySel(nodes(n.children, "operands").map((o) => this.andSelector(o)), "or", n);
  }

  private andSelector(n: CstNode): A.Selector {
    return this.binarySel(nodes(n.children, "operands").map((o) => this.unarySelector(o)), "and", n);
  }

  private binarySel(operands: A.Selector[], kind: "and" | "or", n: CstNode): A.Selector {
    if (operands.length === 0) return { kind: "service", services: [], span: spanOf(n, this.empty) };
    return operands.reduce((left, right) => ({ kind, left, right, span: join(left.span, right.span) }));
  }

  private unarySelector(n: CstNode): A.Selector {
    const c = n.children;
    const span = spanOf(n, this.empty);
    const operand = node(c, "operand");
    if (operand) return { kind: "not", operand: this.unarySelector(operand), span };
    const inner = node(c, "inner");
    if (inner) return { ...this.selector(inner), span } as A.Selector;
    switch (tok(c, "kind")?.image) {
      case "service": return { kind: "service", services: this.idList(node(c, "idList")), span };
      case "audience": {
        const audience = this.name(tok(c, "id"));
        if (audience) return { kind: "audience", audience, span };
        break;
      }
      case "ages": {
        const age = this.num(tok(c, "num"), "an age");
        if (age) return { kind: "ages", age, span };
        break;
      }
      case "tag": {
        const tag = this.name(tok(c, "id"));
        if (tag) return { kind: "tag", tag, span };
        break;
      }
    }
    return { kind: "service", services: [], span };
  }

  private recommendation(n: CstNode): A.RecommendationDecl | undefined {
    const c = n.children;
    const ref = this.num(tok(c, "ref"), "a recommendation number");
    if (!ref) return undefined;
    const rec: A.RecommendationDecl = { kind: "recommendation", ref, text: this.str(tok(c, "text")), span: spanOf(n, ref.span) };
    const keywords = toks(c, "keyword");
    const strs = toks(c, "str");
    keywords.forEach((k, i) => {
      const s = this.str(strs[i]);
      if (k.image === "not-checkable") rec.notCheckable = s;
      else if (k.image === "group") rec.group = s;
      else rec.partly = s;
    });
    for (const j of nodes(c, "recommendationJunk")) this.junk(j, "in the recommendation: expected not-checkable, partly or group");
    return rec;
  }
}
