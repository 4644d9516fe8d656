/**
 * The formatter's tree: the document as lines and blocks, with every comment attached to the
 * place it belongs. Built from the CST (which holds every token) and the lexer's comments.
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
import type { CstNode, IToken } from "chevrotain";
import { childrenInOrder, extent, isToken, tokenEnd, tokensOf, type Child } from "./cst";
import { printExpression } from "./expressions";
import { canonicalString } from "./strings";

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
  /** The CST rule (`form`, `section`, `field`, `fieldProp`, …); `prop` for a loose property. */
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

/** A member of a body before it is built: a CST node, or loose tokens (`partly "…"`). */
type Member = { kind: "node"; node: CstNode; start: number; end: number } | { kind: "tokens"; tokens: IToken[]; start: number; end: number };

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
    private readonly comments: SrcComment[],
  ) {}

  document(cst: CstNode): Elem[] {
    const members: Member[] = childrenInOrder(cst)
      .filter((c) => !isToken(c.element))
      .map((c) => this.memberOf(c.element as CstNode));
    return this.body(members, this.comments, 0, "start").elems;
  }

  private memberOf(node: CstNode): Member {
    const { start, end } = extent(node);
    return { kind: "node", node, start, end };
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
    if (m.kind === "tokens") {
      return { kind: "node", rule: "prop", start: m.start, end: m.end, line: this.line(m.tokens.map((t) => this.tokenPiece(t))), hoisted: comments, trailing: [], blankBefore: false };
    }
    const children = childrenInOrder(m.node);
    const open = children.find((c) => c.label === "LBrace" && isToken(c.element));
    const close = children.find((c) => c.label === "RBrace" && isToken(c.element));
    if (!open || !close) {
      return { kind: "node", rule: m.node.name, start: m.start, end: m.end, line: this.line(this.pieces(children)), hoisted: comments, trailing: [], blankBefore: false };
    }
    const openAt = open.start;
    const closeAt = close.start;
    const header = children.filter((c) => c.start < openAt);
    const inside = children.filter((c) => c.start > openAt && c.start < closeAt);
    const members: Member[] = [];
    for (const c of inside) {
      if (!isToken(c.element)) {
        members.push(this.memberOf(c.element));
        continue;
      }
      // Loose tokens (a recommendation's `partly "…"`): a `keyword` token starts a member.
      const t = c.element;
      const prev = members[members.length - 1];
      if (c.label !== "keyword" && prev?.kind === "tokens") {
        prev.tokens.push(t);
        prev.end = tokenEnd(t);
      } else members.push({ kind: "tokens", tokens: [t], start: t.startOffset, end: tokenEnd(t) });
    }
    const body = this.body(
      members,
      comments.filter((c) => c.start > openAt),
      openAt + 1,
      "open",
    );
    return {
      kind: "node",
      rule: m.node.name,
      start: m.start,
      end: m.end,
      line: this.line(this.pieces(header)),
      hoisted: comments.filter((c) => c.start < openAt),
      block: { open: openAt, close: closeAt, headerTrailing: body.headerTrailing, body: body.elems },
      trailing: [],
      blankBefore: false,
    };
  }

  // ---------------------------------------------------------------- one line of tokens

  private tokenPiece(t: IToken): Piece {
    return { start: t.startOffset, text: t.tokenType.name === "StringLiteral" ? canonicalString(t.image) : t.image };
  }

  private pieces(children: Child[], out: Piece[] = []): Piece[] {
    for (const c of children) {
      const e = c.element;
      if (isToken(e)) out.push(this.tokenPiece(e));
      else if (e.name === "condition" || e.name === "selector") {
        out.push({ start: c.start, text: printExpression(e, (n) => this.line(tokensOf(n).map((t) => this.tokenPiece(t)))) });
      } else this.pieces(childrenInOrder(e), out);
    }
    return out;
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
