/**
 * The formatter's tree: the document as lines and blocks, with every comment attached to the
 * place it belongs. Built from the AST (where each item and member is), the token stream (every
 * token the author wrote) and the lexer's comments.
 *
 * Where a comment goes:
 * - on the line of a `{`, after it: a trailing comment of the block's opening line;
 * - after the last token of a member (or a `}`), on the same line: a trailing comment of it;
 * - on lines of its own: a comment element of the enclosing body, printed in place (comments
 *   after the last member of a block stay inside the block, above its `}`);
 * - inside a member that is printed on one line (between `field` and `{`, or between the
 *   tokens of a property written over several lines): moved above that member, since the
 *   member's line cannot hold it.
 */
import type { IToken } from "chevrotain";
import type { Condition, Selector, TopLevel } from "../ast";
import type { Span } from "../diagnostic";
import { LBrace, LParen, RBrace, RParen, StringLiteral } from "../tokens";
import { printExpression } from "./expressions";
import { type Layout, layoutOf } from "./layout";
import { canonicalString } from "./strings";

const LBRACE = LBrace.tokenTypeIdx;
const RBRACE = RBrace.tokenTypeIdx;
const LPAREN = LParen.tokenTypeIdx;
const RPAREN = RParen.tokenTypeIdx;
const STRING = StringLiteral.tokenTypeIdx;

export interface SrcComment {
  text: string;
  block: boolean;
  start: number;
  end: number;
}

export interface Block {
  /** Offset of the `{`. */
  open: number;
  /** Offset of the `}`. */
  close: number;
  /** Comments after the `{` on its line. */
  headerTrailing: SrcComment[];
  body: Elem[];
}

export interface NodeElem {
  kind: "node";
  /** What the member is: an item's kind (`form`, `rule`, …), `section`, `field`, `waiver` or `prop`. */
  rule: string;
  /** First token start and last token end in the source (the `}` for a block). */
  start: number;
  end: number;
  /** The member's line as printed (for a block: its header, without the `{`). */
  line: string;
  /** Comments from inside the member's line, printed above it. */
  hoisted: SrcComment[];
  block?: Block;
  trailing: SrcComment[];
  blankBefore: boolean;
}

export interface CommentElem {
  kind: "comment";
  /** One or more comments that shared a line. */
  comments: SrcComment[];
  start: number;
  end: number;
  blankBefore: boolean;
}

export type Elem = NodeElem | CommentElem;

/** A member of a body before it is built: an item or member of the AST, with its extent. */
type Member = { node: Layout; start: number; end: number };

interface Piece {
  start: number;
  text: string;
}

/** Line breaks in a stretch of text (`\r\n` counts once). */
export function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (s.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

export class TreeBuilder {
  constructor(
    private readonly text: string,
    /** Every token of the document, in order. */
    private readonly tokens: IToken[],
    private readonly comments: SrcComment[],
  ) {}

  document(items: TopLevel[]): Elem[] {
    const members: Member[] = items.map((item) => this.memberOf(layoutOf(item)));
    return this.body(members, this.comments, 0, "start").elems;
  }

  private memberOf(node: Layout): Member {
    return { node, start: node.start, end: node.end };
  }

  /**
   * The elements of one body: its members and the comments between them. `openEnd` is where
   * the body starts (just after `{`, or 0 for the document).
   */
  private body(members: Member[], comments: SrcComment[], openEnd: number, opener: "start" | "open"): { headerTrailing: SrcComment[]; elems: Elem[] } {
    const headerTrailing: SrcComment[] = [];
    const elems: Elem[] = [];
    const own = new Map<Member, SrcComment[]>();
    const loose: SrcComment[] = [];
    let mi = 0;
    for (const c of comments) {
      while (mi < members.length && members[mi].end <= c.start) mi++;
      const m = members[mi];
      if (m && m.start < c.start && c.start < m.end) {
        const list = own.get(m);
        if (list) list.push(c);
        else own.set(m, [c]);
      } else loose.push(c);
    }

    type Item = { kind: "member"; m: Member; start: number } | { kind: "comment"; c: SrcComment; start: number };
    const items: Item[] = [...members.map((m) => ({ kind: "member" as const, m, start: m.start })), ...loose.map((c) => ({ kind: "comment" as const, c, start: c.start }))];
    items.sort((a, b) => a.start - b.start);

    let lastEnd = openEnd;
    let last: "start" | "open" | "node" | "comment" = opener;
    let lastNode: NodeElem | undefined;
    let lastComment: CommentElem | undefined;
    for (const item of items) {
      const breaks = lineBreaks(this.text.slice(lastEnd, item.start));
      if (item.kind === "comment") {
        const c = item.c;
        if (breaks === 0 && last === "open") headerTrailing.push(c);
        else if (breaks === 0 && last === "node") lastNode!.trailing.push(c);
        else if (breaks === 0 && last === "comment") {
          lastComment!.comments.push(c);
          lastComment!.end = c.end;
        } else {
          lastComment = { kind: "comment", comments: [c], start: c.start, end: c.end, blankBefore: breaks >= 2 };
          elems.push(lastComment);
          last = "comment";
        }
        lastEnd = c.end;
      } else {
        const node = this.member(item.m, own.get(item.m) ?? []);
        node.blankBefore = breaks >= 2;
        elems.push(node);
        last = "node";
        lastNode = node;
        lastEnd = node.end;
      }
    }
    return { headerTrailing, elems };
  }

  private member(m: Member, comments: SrcComment[]): NodeElem {
    const node = m.node;
    const from = this.tokenAt(m.start);
    const to = this.tokenAt(m.end); // one past the member's last token
    // A block: the member's first `{` opens it and its last token closes it.
    let open = -1;
    for (let i = from; i < to; i++) {
      if (this.tokens[i].tokenTypeIdx === LBRACE) {
        open = i;
        break;
      }
    }
    if (open < 0 || this.tokens[to - 1].tokenTypeIdx !== RBRACE) {
      return { kind: "node", rule: node.rule, start: m.start, end: m.end, line: this.line(this.pieces(from, to, node)), hoisted: comments, trailing: [], blankBefore: false };
    }
    const openAt = this.tokens[open].startOffset;
    const closeAt = this.tokens[to - 1].startOffset;
    const body = this.body(
      node.inner.map((n) => this.memberOf(n)),
      comments.filter((c) => c.start > openAt),
      openAt + 1,
      "open",
    );
    return {
      kind: "node",
      rule: node.rule,
      start: m.start,
      end: m.end,
      line: this.line(this.pieces(from, open, node)),
      hoisted: comments.filter((c) => c.start < openAt),
      block: { open: openAt, close: closeAt, headerTrailing: body.headerTrailing, body: body.elems },
      trailing: [],
      blankBefore: false,
    };
  }

  /** Index of the first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tokens[mid].startOffset < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  // ---------------------------------------------------------------- one line of tokens

  private tokenPiece(t: IToken): Piece {
    return { start: t.startOffset, text: t.tokenTypeIdx === STRING ? canonicalString(t.image) : t.image };
  }

  /** Tokens [from, to) as pieces; a condition or selector among them is one piece, printed as an expression. */
  private pieces(from: number, to: number, node: Layout): Piece[] {
    const out: Piece[] = [];
    const expr = node.expr;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i];
      if (expr && t.startOffset >= expr.span.start && t.startOffset < expr.span.end) {
        if (t.startOffset === expr.span.start) {
          out.push({ start: t.startOffset, text: printExpression(expr, (atom) => this.atom(atom.span), (e) => isSelector(e) && wrappedInParens(this.text, e.span)) });
        }
        continue;
      }
      out.push(this.tokenPiece(t));
    }
    return out;
  }

  /**
   * A comparison or selector term. Its span includes any parentheses written around it (the
   * AST keeps the tree, not the parentheses): those go, the expression printer puts back the
   * ones needed. No term starts with `(` of its own.
   */
  private atom(span: { start: number; end: number }): string {
    let from = this.tokenAt(span.start);
    let to = this.tokenAt(span.end);
    while (to - from >= 2 && this.tokens[from].tokenTypeIdx === LPAREN && this.tokens[to - 1].tokenTypeIdx === RPAREN) {
      from++;
      to--;
    }
    return this.line(this.pieces(from, to, NO_EXPR));
  }

  /** Tokens joined by single spaces; none before `,`, none around `..`, none inside `( )`. */
  private line(pieces: Piece[]): string {
    pieces.sort((a, b) => a.start - b.start);
    let out = "";
    let prev = "";
    for (const p of pieces) {
      const glue = out === "" || p.text === "," || p.text === ".." || prev === ".." || prev === "(" || p.text === ")" ? "" : " ";
      out += glue + p.text;
      prev = p.text;
    }
    return out;
  }
}

const NO_EXPR: Layout = { rule: "atom", start: 0, end: 0, inner: [] };

/** A selector (`applies`) rather than a condition (`when`): its leftmost term says which. */
function isSelector(e: Condition | Selector): boolean {
  let leaf = e;
  while (leaf.kind === "and" || leaf.kind === "or" || leaf.kind === "not") leaf = leaf.kind === "not" ? leaf.operand : leaf.left;
  return leaf.kind !== "answered" && leaf.kind !== "compare" && leaf.kind !== "expression";
}

/** The span is one bracketed group, `( … )` (not `(a) and (b)`); selectors hold no strings. */
function wrappedInParens(text: string, span: Span): boolean {
  if (text[span.start] !== "(" || text[span.end - 1] !== ")") return false;
  let depth = 0;
  for (let i = span.start; i < span.end - 1; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0) return false;
  }
  return true;
}
