/**
 * Re-parsing after an edit without parsing the whole document again. Typing in a large form
 * changes one field at a time; lexing and parsing 5,000 lines for each keystroke was most of
 * the editor's latency and nearly all of its garbage.
 *
 * When the edit lies strictly inside the braces of one field or section of a document that
 * parsed cleanly, only that member's text is lexed and parsed (as a field or a section), and the
 * rest of the AST is kept: nodes before the edit are shared, nodes after it are copied with
 * their offsets moved. The result is exactly what a full parse gives, or this returns undefined
 * and the caller parses in full. It refuses whenever it cannot be sure: the document or the new
 * member has any syntax or lexical problem, the member's text does not come out as exactly one
 * member (an edit that adds a `}` or opens a string), or nesting would pass the limit.
 */
import type * as A from "./ast";
import type { Span } from "./diagnostic";
import { parseMemberTokens } from "./grammar/document";
import { detached } from "./detached";
import { lex } from "./lexer";
import { LineIndex } from "./line-index";
import { MAX_NESTING, type ParsedDocument } from "./parse";
import { LBrace, RBrace } from "./tokens";

/** The smallest replacement turning `before` into `after`: old range [start, end) and its new text. */
export function textChange(before: string, after: string): { start: number; end: number; text: string } {
  const max = Math.min(before.length, after.length);
  const start = agreeingLength(max, (from, to) => before.slice(from, to) === after.slice(from, to));
  const room = max - start;
  const tail = agreeingLength(room, (from, to) => before.slice(before.length - to, before.length - from) === after.slice(after.length - to, after.length - from));
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

/**
 * How many characters, at most `max`, two texts agree on, given `same(from, to)`: whether they
 * agree on characters [from, to) counted from where the agreement is measured. Galloping: blocks
 * of doubling length while they agree, then of halving length inside the one that does not, so a
 * keystroke in a 5,000-line form costs a few dozen comparisons of slices (each one memory
 * comparison in V8), not one per character (a millisecond) nor one per 256-character block
 * (a third of one).
 */
function agreeingLength(max: number, same: (from: number, to: number) => boolean): number {
  let length = 0;
  let step = 64;
  let growing = true;
  while (step > 0) {
    if (length + step <= max && same(length, length + step)) {
      length += step;
      if (growing) step *= 2;
    } else {
      growing = false;
      step >>= 1;
    }
  }
  return length;
}

type Member = A.Field | A.Section;

/** The innermost field or section whose braces strictly enclose [start, end), with its depth in blocks. */
function enclosingMember(doc: ParsedDocument, start: number, end: number): { member: Member; depth: number } | undefined {
  const inside = (m: Member) => m.body !== undefined && m.body.start < start && end < m.body.end;
  let found: { member: Member; depth: number } | undefined;
  const visit = (members: Member[], depth: number) => {
    for (const m of members) {
      if (m.span.end <= start) continue;
      if (m.span.start > end) return;
      if (!inside(m)) continue;
      found = { member: m, depth };
      if (m.kind === "section") visit(m.members, depth + 1);
      return;
    }
  };
  // Depth counts the blocks open around a member: 1 for a form's own members.
  for (const item of doc.ast.items) if (item.kind === "form" && item.span.start < start && end < item.span.end) visit(item.members, 1);
  return found;
}

/**
 * The parse of `text`, made from `before` and the change between them; undefined when not sure
 * (then `before` is untouched). When it succeeds, `before` is used up: its nodes now belong to
 * the result (a workspace replaces the document it re-parses; nothing else may keep it).
 */
export function reparse(before: ParsedDocument, text: string): ParsedDocument | undefined {
  if (before.syntaxErrors.length > 0) return undefined;
  const change = textChange(before.text, text);
  // `end` is exclusive; the member's closing brace (at body.end - 1) must stay outside the change.
  const enclosing = enclosingMember(before, change.start, change.end);
  if (!enclosing) return undefined;
  const old = enclosing.member;
  const delta = change.text.length - (change.end - change.start);
  const from = old.span.start;
  const to = old.span.end + delta;

  // Lexed from a copy of the member's text, not a slice of the document's: every string of the
  // new node is cut from what it lexes, and a node cut from the whole text kept that version of
  // the document alive as long as the node lived. Typing in one field after another kept one
  // version of the document per field edited (test/recognition/kept-by-field.test.ts).
  const lexed = lex(detached(text.slice(from, to)));
  if (lexed.problems.length > 0) return undefined;
  let depth = enclosing.depth;
  for (const t of lexed.tokens) {
    if (t.tokenType === LBrace && ++depth > MAX_NESTING) return undefined;
    if (t.tokenType === RBrace) depth--;
    t.startOffset += from;
  }
  // The form's own block is not a section: the sections around are one fewer than the blocks.
  const fresh = parseMemberTokens(lexed.tokens, text, old.kind, enclosing.depth - 1);
  if (!fresh || fresh.kind !== old.kind || fresh.span.start !== from || fresh.span.end !== to) return undefined;

  // `before` is used up: its nodes become the new document's. Those wholly before the change are
  // left alone, the member is replaced, and every span after the change is moved in place. Copying
  // them instead (to leave `before` intact) made typing near the top of a 5,000-line form copy
  // 30,000 objects per keystroke, and collecting them again took as long as the checks. The AST is
  // a tree (no node or span is reachable twice), so each span is moved exactly once.
  const items = before.ast.items;
  new SpanMover(change.start, change.end, delta, old, fresh).moveInPlace(items);

  const comments = [
    ...before.ast.comments.filter((c) => c.span.end <= old.span.start),
    ...lexed.comments.map((c) => ({ ...c, span: { start: c.span.start + from, end: c.span.end + from } })),
    ...before.ast.comments.filter((c) => c.span.start >= old.span.end).map((c) => ({ ...c, span: { start: c.span.start + delta, end: c.span.end + delta } })),
  ];
  return {
    uri: before.uri,
    text,
    ast: { items, comments },
    lines: LineIndex.afterChange(before.lines, text, change.start, change.end, change.text.length),
    syntaxErrors: [],
  };
}

/**
 * Moves, in place, every span of the nodes after a change by `delta`, and puts `fresh` where
 * `old` was. Fields and sections are nearly every node after an edit: they are moved property by
 * property (a field's shape is fixed by the parser), several times faster than enumerating each
 * object's keys. Anything else (a form, a condition, a pack declaration) is moved generically.
 * The 4,000-edit test in test/language/incremental-parse.test.ts compares every result with a
 * full parse, and another test fails if a field or section gains a property this does not move.
 */
class SpanMover {
  constructor(
    /** Where the change starts and ends in the text before it (end exclusive). */
    private readonly start: number,
    private readonly end: number,
    private readonly delta: number,
    private readonly old: A.SectionMember,
    private readonly fresh: A.SectionMember,
  ) {}

  private shift(offset: number): number {
    return offset >= this.end ? offset + this.delta : offset;
  }

  moveSpan(span: Span | undefined): void {
    if (span !== undefined && span.end > this.start) {
      span.start = this.shift(span.start);
      span.end = this.shift(span.end);
    }
  }

  private moveAll(nodes: ReadonlyArray<{ span: Span }>): void {
    for (let i = 0; i < nodes.length; i++) this.moveSpan(nodes[i].span);
  }

  private moveField(f: A.Field): void {
    if (f.span.end <= this.start) return;
    this.moveSpan(f.name.span);
    if (f.type) this.moveSpan(f.type.span);
    this.moveSpan(f.required);
    this.moveSpan(f.hidden);
    if (f.when) this.moveInPlace(f.when);
    this.moveSpan(f.whenSpan);
    if (f.label) this.moveSpan(f.label.span);
    if (f.help) this.moveSpan(f.help.span);
    this.moveAll(f.covers);
    this.moveAll(f.codes);
    this.moveAll(f.options);
    if (f.lookback) {
      this.moveSpan(f.lookback.unit.span);
      this.moveSpan(f.lookback.span);
    }
    if (f.min) this.moveSpan(f.min.span);
    if (f.max) this.moveSpan(f.max.span);
    for (let i = 0; i < f.props.length; i++) {
      this.moveSpan(f.props[i].keywordSpan);
      this.moveSpan(f.props[i].span);
    }
    this.moveSpan(f.headerSpan);
    this.moveSpan(f.body);
    this.moveSpan(f.span);
  }

  private moveSection(s: A.Section): void {
    if (s.span.end <= this.start) return;
    this.moveSpan(s.name.span);
    if (s.title) this.moveSpan(s.title.span);
    this.moveMembers(s.members);
    this.moveSpan(s.headerSpan);
    this.moveSpan(s.body);
    this.moveSpan(s.span);
  }

  private moveMembers(members: A.SectionMember[]): void {
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      if (m === this.old) members[i] = this.fresh;
      else if (m.kind === "field") this.moveField(m);
      else this.moveSection(m);
    }
  }

  /** Any node, array or span: the AST is a tree (no node or span is reachable twice), so each span moves once. */
  moveInPlace(value: unknown): void {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item === this.old) value[i] = this.fresh;
        else if (typeof item === "object" && item !== null) this.moveInPlace(item);
      }
      return;
    }
    const node = value as Record<string, unknown>;
    if (isSpan(node)) return this.moveSpan(node);
    const span = node.span;
    // A node wholly before the change is unchanged.
    if (span !== undefined && isSpan(span) && span.end <= this.start) return;
    const isForm = node.kind === "form";
    if (isForm) this.moveMembers((node as unknown as A.Form).members);
    // Only objects are visited: a node's strings and numbers (most of its properties) cost no call.
    for (const k in node) {
      if (isForm && k === "members") continue;
      const child = node[k];
      if (typeof child === "object" && child !== null) this.moveInPlace(child);
    }
  }
}

/**
 * A span: the only object of the AST with a numeric `start` and `end` (a number literal has
 * `value`; test/language/incremental-parse.test.ts checks every example's AST for any other).
 * Asked of every object after an edit, so it reads two properties and counts no keys.
 */
export function isSpan(v: unknown): v is Span {
  return typeof (v as Span).start === "number" && typeof (v as Span).end === "number";
}
