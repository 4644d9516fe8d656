/**
 * Where and how a fix writes into a document: indentation, line breaks, and inserting lines
 * into a block without touching anything around them. Every helper returns plain TextEdits.
 */
import type { Field, Form } from "../language/ast";
import type { Span } from "../language/diagnostic";
import { lineEnding } from "../language/format/index";
import { INDENT } from "../language/format/print";
import type { ParsedDocument } from "../language/parse";
import { allFields } from "../language/walk";
import type { TextEdit } from "../language/text-edit";

const isBreak = (c: string | undefined) => c === "\n" || c === "\r";
const isBlank = (c: string | undefined) => c === " " || c === "\t" || c === "\uFEFF";

export class DocText {
  readonly text: string;
  readonly eol: string;
  readonly unit: string;

  constructor(readonly doc: ParsedDocument) {
    this.text = doc.text;
    this.eol = lineEnding(doc.text);
    this.unit = detectUnit(this);
  }

  lineStart(offset: number): number {
    let i = Math.min(offset, this.text.length);
    while (i > 0 && !isBreak(this.text[i - 1])) i--;
    return i;
  }

  /** The white space that starts the line holding `offset`. */
  indentAt(offset: number): string {
    const start = this.lineStart(offset);
    let i = start;
    while (i < this.text.length && isBlank(this.text[i])) i++;
    return this.text.slice(start, i).replace(/\uFEFF/g, "");
  }

  /** Nothing but white space between the start of its line and `offset`. */
  startsLine(offset: number): boolean {
    return !/\S/.test(this.text.slice(this.lineStart(offset), offset).replace(/\uFEFF/g, ""));
  }

  /**
   * Where a new line can follow the text ending at `offset`: the end of its line, past any
   * comments on it. Undefined when more code follows on that line.
   */
  cleanLineEnd(offset: number): number | undefined {
    let i = offset;
    for (;;) {
      while (i < this.text.length && isBlank(this.text[i])) i++;
      if (i >= this.text.length || isBreak(this.text[i])) return i;
      const c = this.doc.ast.comments.find((k) => k.span.start === i);
      if (!c) return undefined;
      i = c.span.end;
    }
  }

  /** Indentation of a block's members: as the first member that starts a line, else one level in. */
  memberIndent(blockStart: number, members: Array<{ span: Span }>): string {
    const first = [...members].sort((a, b) => a.span.start - b.span.start).find((m) => this.startsLine(m.span.start));
    return first ? this.indentAt(first.span.start) : this.indentAt(blockStart) + this.unit;
  }

  /** Lines (already indented relative to each other) prefixed with `indent` and joined. */
  block(lines: string[], indent: string): string {
    return lines.map((l) => indent + l).join(this.eol);
  }

  /** New lines after the member ending at `anchorEnd` (past comments on its line). */
  insertAfter(anchorEnd: number, lines: string[], indent: string, opts: { blankBefore?: boolean; blankAfter?: boolean; restIndent?: string } = {}): TextEdit {
    const clean = this.cleanLineEnd(anchorEnd);
    const at = clean ?? anchorEnd;
    let newText = this.eol + (opts.blankBefore ? this.eol : "") + this.block(lines, indent);
    if (clean === undefined) newText += this.eol + (opts.restIndent ?? this.indentAt(anchorEnd));
    else if (opts.blankAfter && at < this.text.length) newText += this.eol;
    return { span: { start: at, end: at }, newText };
  }

  /** New lines at the end of a block, just above its `}` (at offset `close`). */
  insertBeforeClose(close: number, lines: string[], indent: string, opts: { blankBefore?: boolean } = {}): TextEdit {
    const blank = opts.blankBefore ? this.eol : "";
    if (this.startsLine(close)) {
      const at = this.lineStart(close);
      return { span: { start: at, end: at }, newText: blank + this.block(lines, indent) + this.eol };
    }
    // `}` shares its line with code (`{ }`, `{ label "x" }`): open a line before it.
    let from = close;
    while (from > 0 && isBlank(this.text[from - 1])) from--;
    return { span: { start: from, end: close }, newText: this.eol + blank + this.block(lines, indent) + this.eol + this.indentAt(close) };
  }
}

/** The document's indentation step: as its first nested member shows, else two spaces. */
function detectUnit(t: DocText): string {
  for (const item of t.doc.ast.items) {
    if (item.kind !== "form") continue;
    const members = [...item.headerProps, ...item.members, ...item.waivers];
    const first = members.sort((a, b) => a.span.start - b.span.start).find((m) => t.startsLine(m.span.start));
    if (!first || !t.startsLine(item.span.start)) continue;
    const outer = t.indentAt(item.span.start);
    const inner = t.indentAt(first.span.start);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return INDENT;
}

// ---------------------------------------------------------------- finding nodes

export function formAt(doc: ParsedDocument, offset: number): Form | undefined {
  return doc.ast.items.find((i): i is Form => i.kind === "form" && i.span.start <= offset && offset <= i.span.end);
}

/** The field a diagnostic is about: named `name`, preferably the one the diagnostic sits in. */
export function fieldAt(form: Form, name: string | undefined, offset: number): Field | undefined {
  const fields = allFields(form.members);
  const named = name === undefined ? fields : fields.filter((f) => f.name.text === name);
  return named.find((f) => f.span.start <= offset && offset <= f.span.end) ?? (name === undefined ? undefined : named[0]);
}

/** Members of a form in source order: header properties, sections, fields and waivers. */
export function formMembers(form: Form): Array<{ span: Span; kind: string }> {
  return [
    ...form.headerProps.map((p) => ({ span: p.span, kind: "header" })),
    ...form.members.map((m) => ({ span: m.span, kind: m.kind })),
    ...form.waivers.map((w) => ({ span: w.span, kind: "waiver" })),
  ].sort((a, b) => a.span.start - b.span.start);
}

/** Are there only white space and no comments between two offsets? */
export function nothingBetween(doc: ParsedDocument, from: number, to: number): boolean {
  return !/\S/.test(doc.text.slice(from, to));
}
