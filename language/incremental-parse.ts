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
import { lex } from "./lexer";
import { LineIndex } from "./line-index";
import { MAX_NESTING, type ParsedDocument } from "./parse";
import { LBrace, RBrace } from "./tokens";

/** The smallest replacement turning `before` into `after`: old range [start, end) and its new text. */
export function textChange(before: string, after: string): { start: number; end: number; text: string } {
  const max = Math.min(before.length, after.length);
  // Whole blocks first (V8 compares two slices in one memory comparison), then the characters of
  // the block that differs: comparing a 5,000-line form a character at a time on every keystroke
  // took a millisecond.
  let start = 0;
  while (start + BLOCK <= max && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = max - start;
  let tail = 0;
  while (tail + BLOCK <= room && before.slice(before.length - tail - BLOCK, before.length - tail) === after.slice(after.length - tail - BLOCK, after.length - tail)) tail += BLOCK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) };
}

const BLOCK = 256;

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

  const lexed = lex(text.slice(from, to));
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
  const shift = (offset: number) => (offset >= change.end ? offset + delta : offset);
  const moveInPlace = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (value[i] === old) value[i] = fresh;
        else moveInPlace(value[i]);
      }
      return;
    }
    if (isSpan(value)) {
      if (value.end > change.start) {
        value.start = shift(value.start);
        value.end = shift(value.end);
      }
      return;
    }
    const span = (value as { span?: unknown }).span;
    // A node wholly before the change is unchanged.
    if (isSpan(span) && span.end <= change.start) return;
    for (const k in value) moveInPlace((value as Record<string, unknown>)[k]);
  };
  const items = before.ast.items;
  moveInPlace(items);

  const comments = [
    ...before.ast.comments.filter((c) => c.span.end <= old.span.start),
    ...lexed.comments.map((c) => ({ ...c, span: { start: c.span.start + from, end: c.span.end + from } })),
    ...before.ast.comments.filter((c) => c.span.start >= old.span.end).map((c) => ({ ...c, span: { start: c.span.start + delta, end: c.span.end + delta } })),
  ];
  return {
    uri: before.uri,
    text,
    ast: { items, comments },
    lines: new LineIndex(text),
    syntaxErrors: [],
  };
}

/** A span is an object of exactly two numbers, start and end (a number literal has `value`, not these). */
function isSpan(v: unknown): v is Span {
  if (typeof v !== "object" || v === null || typeof (v as Span).start !== "number" || typeof (v as Span).end !== "number") return false;
  let keys = 0;
  for (const _ in v) keys++;
  return keys === 2;
}
