/** Form specs: `form`, its header properties, sections, fields and waivers. */
import type { IToken } from "chevrotain";
import type * as A from "../ast";
import type { Span } from "../diagnostic";
import { tokenSpan } from "../lexer";
import { DateLiteral, DotDot, Identifier, LBrace, NumberLiteral, RBrace, StringLiteral, kw } from "../tokens";
import { blockBody } from "./blocks";
import { condition, join } from "./conditions";
import { date, duration, idList, name, num, str, stringList } from "./leaves";
import { AFTER, SITES, type Site } from "./sites";
import { type ParseState, matches } from "./state";

const K = (w: Parameters<typeof kw>[0]) => kw(w).tokenTypeIdx!;
const STRING = StringLiteral.tokenTypeIdx!;
const LBRACE = LBrace.tokenTypeIdx!;
const [SERVICE, AUDIENCE, TAGS, AGES, VERSION, OWNER, SECTION, FIELD, WAIVE] = ["service", "audience", "tags", "ages", "version", "owner", "section", "field", "waive"].map((w) => K(w as never));
const [LABEL, HELP, COVERS, CODES, OPTIONS, LOOKBACK, MIN, MAX] = ["label", "help", "covers", "codes", "options", "lookback", "min", "max"].map((w) => K(w as never));
const [REQUIRED, HIDDEN, WHEN, BY, UNTIL] = ["required", "hidden", "when", "by", "until"].map((w) => K(w as never));

/** An id missing where the grammar needs one: empty, at the node's start. */
const noName = (span: Span): A.Name => ({ text: "", span: { start: span.start, end: span.start } });

/** `{` … `}` as written; a `}` recovery had to assume ends the body one past the `{`. */
export function bodySpan(open: IToken | undefined, close: IToken | undefined): Span | undefined {
  if (!open) return undefined;
  return { start: open.startOffset, end: close ? close.startOffset + 1 : open.startOffset + 1 };
}

/** The keyword through the title (or name) of a form or section. */
function headerSpan(keyword: IToken, nameTok: IToken | undefined, titleTok: IToken | undefined): Span {
  const last = titleTok ?? nameTok ?? keyword;
  return { start: keyword.startOffset, end: last.startOffset + last.image.length };
}

/** A property line: its keyword and its whole extent. */
export function mark(s: ParseState, keyword: IToken, entry: number): A.PropertyMark {
  return { keyword: keyword.image, keywordSpan: tokenSpan(keyword), span: s.spanFrom(entry) ?? tokenSpan(keyword) };
}

export function form(s: ParseState, site: Site, out: A.TopLevel[]): void {
  const entry = s.enter(site);
  const keyword = s.advance();
  let nameTok: IToken | undefined;
  let titleTok: IToken | undefined;
  let open: IToken | undefined;
  let close: IToken | undefined;
  const f: A.Form = { kind: "form", name: undefined!, title: undefined, audiences: [], tags: [], headerProps: [], members: [], waivers: [], headerSpan: undefined!, body: undefined, span: undefined! };
  try {
    nameTok = s.consume(Identifier, AFTER.nameThenBlock, "form");
    if (s.next() === STRING) titleTok = s.advance();
    open = s.consume(LBrace, AFTER.formOpen, "form");
    blockBody(s, "form", SITES.form, (s, idx) => formMember(s, idx, f), s.problems, "in the form: expected a section, a field, a waiver or a form property");
    close = s.consume(RBrace, AFTER.last, "form");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    f.name = name(nameTok) ?? noName(span);
    f.title = str(s, titleTok);
    f.headerSpan = headerSpan(keyword, nameTok, titleTok);
    f.body = bodySpan(open, close);
    f.span = span;
    out.push(f);
  }
}

function formMember(s: ParseState, idx: number, f: A.Form): boolean {
  switch (idx) {
    case SERVICE:
    case AUDIENCE:
    case TAGS:
    case AGES:
    case VERSION:
    case OWNER:
      headerProp(s, f);
      return true;
    case SECTION:
      section(s, SITES.form, f.members);
      return true;
    case FIELD:
      field(s, SITES.form, f.members);
      return true;
    case WAIVE:
      waiver(s, f.waivers);
      return true;
  }
  return false;
}

function headerProp(s: ParseState, f: A.Form): void {
  const site = SITES.form;
  const entry = s.enter(site);
  const keyword = s.advance();
  let value: IToken | undefined;
  let max: IToken | undefined;
  const ids: A.Name[] = [];
  try {
    switch (keyword.tokenTypeIdx) {
      case SERVICE:
        value = s.consume(Identifier, AFTER.last, "headerProp");
        break;
      case AUDIENCE:
      case TAGS:
        idList(s, SITES.last, ids);
        break;
      case AGES:
        value = s.consume(NumberLiteral, AFTER.agesMin, "headerProp");
        s.consume(DotDot, AFTER.agesDots, "headerProp");
        max = s.consume(NumberLiteral, AFTER.last, "headerProp");
        break;
      default:
        value = s.consume(StringLiteral, AFTER.last, "headerProp");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const m = mark(s, keyword, entry);
    f.headerProps.push(m);
    switch (keyword.tokenTypeIdx) {
      case SERVICE: f.service = name(value) ?? f.service; break;
      case AUDIENCE: f.audiences.push(...ids); break;
      case TAGS: f.tags.push(...ids); break;
      case VERSION: f.version = str(s, value) ?? f.version; break;
      case OWNER: f.owner = str(s, value) ?? f.owner; break;
      case AGES: {
        const lo = num(s, value, "an age");
        const hi = num(s, max, "an age");
        if (lo && hi) f.ages = { min: lo, max: hi, span: m.span };
      }
    }
  }
}

/** A section, appended to `out`. Exported for re-parsing one member (incremental-parse.ts). */
export function section(s: ParseState, site: Site, out: A.SectionMember[]): void {
  const entry = s.enter(site);
  const keyword = s.advance();
  let nameTok: IToken | undefined;
  let titleTok: IToken | undefined;
  let open: IToken | undefined;
  let close: IToken | undefined;
  const members: A.SectionMember[] = [];
  const nesting = s.nesting;
  try {
    nameTok = s.consume(Identifier, AFTER.nameThenBlock, "section");
    if (s.next() === STRING) titleTok = s.advance();
    open = s.consume(LBrace, AFTER.sectionOpen, "section");
    // A condition inside counts the sections around it: every stage recurses through both.
    s.nesting++;
    blockBody(s, "section", SITES.section, sectionMember(members), s.problems, "in the section: expected a field or a section");
    close = s.consume(RBrace, AFTER.last, "section");
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    s.nesting = nesting;
    const span = s.spanFrom(entry)!;
    out.push({ kind: "section", name: name(nameTok) ?? noName(span), title: str(s, titleTok), members, headerSpan: headerSpan(keyword, nameTok, titleTok), body: bodySpan(open, close), span });
  }
}

function sectionMember(members: A.SectionMember[]) {
  return (s: ParseState, idx: number): boolean => {
    if (idx === SECTION) section(s, SITES.section, members);
    else if (idx === FIELD) field(s, SITES.section, members);
    else return false;
    return true;
  };
}

/** A field, appended to `out`. Exported for re-parsing one member (incremental-parse.ts). */
export function field(s: ParseState, site: Site, out: A.SectionMember[]): void {
  const entry = s.enter(site);
  const keyword = s.advance();
  let nameTok: IToken | undefined;
  let typeTok: IToken | undefined;
  let requiredTok: IToken | undefined;
  let hiddenTok: IToken | undefined;
  let whenTok: IToken | undefined;
  let whenEntry = 0;
  let condSpan: Span | undefined;
  const when: A.Condition[] = [];
  let open: IToken | undefined;
  let close: IToken | undefined;
  // Every property a field can have is in the literal, so that every field has one hidden class:
  // added later, the optional ones made a shape per combination written (eight in the 1,000-form
  // bench), and every reader of fields (checks, recognition, symbols) went polymorphic.
  const f: A.Field = {
    kind: "field", name: undefined!, type: undefined, required: undefined, hidden: undefined, covers: [], codes: [], options: [], props: [], headerSpan: undefined!, body: undefined, span: undefined!,
    label: undefined, help: undefined, lookback: undefined, min: undefined, max: undefined, when: undefined, whenSpan: undefined,
  };
  try {
    nameTok = s.consume(Identifier, AFTER.fieldName, "field");
    // The type is optional in the grammar so that `field x required` reports a missing type
    // precisely instead of reading `required` as the type name.
    let t = s.la1();
    if (t.tokenTypeIdx !== REQUIRED && t.tokenTypeIdx !== HIDDEN && t.tokenTypeIdx !== WHEN && matches(t, Identifier)) typeTok = s.advance();
    // `required` and `hidden`, each at most once, in either order.
    for (let idx = s.next(); (idx === REQUIRED && !requiredTok) || (idx === HIDDEN && !hiddenTok); idx = s.next()) {
      if (idx === REQUIRED) requiredTok = s.advance();
      else hiddenTok = s.advance();
    }
    if (s.next() === WHEN) {
      whenTok = s.advance();
      whenEntry = s.pos;
      condition(s, SITES.fieldCondition, when);
      condSpan = s.spanFrom(whenEntry);
    }
    t = s.la1();
    if (t.tokenTypeIdx === LBRACE) {
      open = s.advance();
      blockBody(s, "field", SITES.field, (s, idx) => fieldProp(s, idx, f), s.problems, "in the field: expected label, help, covers, codes, options, lookback, min or max");
      close = s.consume(RBrace, AFTER.last, "field");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    f.name = name(nameTok) ?? noName(span);
    f.type = name(typeTok);
    f.required = requiredTok ? tokenSpan(requiredTok) : undefined;
    f.hidden = hiddenTok ? tokenSpan(hiddenTok) : undefined;
    f.body = bodySpan(open, close);
    f.span = span;
    if (whenTok && when.length) {
      f.when = when[0];
      const whenSpan = tokenSpan(whenTok);
      // After a failed condition nothing more was consumed: its span is what it took.
      f.whenSpan = join(whenSpan, condSpan ?? s.spanFrom(whenEntry) ?? whenSpan);
    }
    const headerEnd = f.whenSpan?.end ?? Math.max(f.required?.end ?? 0, f.hidden?.end ?? 0, f.type?.span.end ?? 0, f.name.span.end);
    f.headerSpan = { start: keyword.startOffset, end: Math.max(headerEnd, span.start) };
    if (!f.type && f.name.text) {
      s.problems.push({
        message: `Field \`${f.name.text}\` has no type: write one of text, longtext, number, date, datetime, yesno, choice, multichoice, person, signature after its id.`,
        span: f.name.span,
      });
    }
    out.push(f);
  }
}

function fieldProp(s: ParseState, idx: number, f: A.Field): boolean {
  if (idx !== LABEL && idx !== HELP && idx !== COVERS && idx !== CODES && idx !== OPTIONS && idx !== LOOKBACK && idx !== MIN && idx !== MAX) return false;
  const site = SITES.field;
  const entry = s.enter(site);
  const keyword = s.advance();
  let value: IToken | undefined;
  let lookback: A.Duration | undefined;
  try {
    switch (idx) {
      case COVERS: idList(s, SITES.last, f.covers); break;
      case OPTIONS: stringList(s, SITES.last, f.options); break;
      case CODES: stringList(s, SITES.last, f.codes); break;
      case LOOKBACK: lookback = duration(s, SITES.last); break;
      case MIN:
      case MAX: value = s.consume(NumberLiteral, AFTER.last, "fieldProp"); break;
      default: value = s.consume(StringLiteral, AFTER.last, "fieldProp");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    f.props.push(mark(s, keyword, entry));
    switch (idx) {
      case LABEL: f.label = str(s, value) ?? f.label; break;
      case HELP: f.help = str(s, value) ?? f.help; break;
      case LOOKBACK: f.lookback = lookback ?? f.lookback; break;
      case MIN: f.min = num(s, value, "min") ?? f.min; break;
      case MAX: f.max = num(s, value, "max") ?? f.max; break;
    }
  }
  return true;
}

function waiver(s: ParseState, out: A.Waiver[]): void {
  const site = SITES.form;
  const entry = s.enter(site);
  s.advance();
  let rule: IToken | undefined;
  let reason: IToken | undefined;
  let by: IToken | undefined;
  let until: IToken | undefined;
  try {
    rule = s.consume(Identifier, AFTER.waiverRule, "waiver");
    reason = s.consume(StringLiteral, AFTER.waiverReason, "waiver");
    if (s.next() === BY) {
      s.advance();
      by = s.consume(StringLiteral, AFTER.waiverBy, "waiver");
    }
    if (s.next() === UNTIL) {
      s.advance();
      until = s.consume(DateLiteral, AFTER.last, "waiver");
    }
  } catch (e) {
    s.recover(e, site);
  } finally {
    s.leave();
    const span = s.spanFrom(entry)!;
    out.push({ kind: "waiver", rule: name(rule) ?? noName(span), reason: str(s, reason), by: str(s, by), until: date(s, until), span });
  }
}
