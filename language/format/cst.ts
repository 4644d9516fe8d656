/**
 * Small readers over chevrotain's CST, for the formatter: the formatter works on the concrete
 * tree because it must print every token the author wrote (duplicates, unknown ids and all),
 * in order, and the AST keeps meaning, not text.
 */
import type { CstElement, CstNode, IToken } from "chevrotain";

export function isToken(e: CstElement): e is IToken {
  return (e as IToken).image !== undefined;
}

/** A direct child of a CST node, with the label chevrotain filed it under. */
export interface Child {
  label: string;
  element: CstElement;
  start: number;
}

/** Every token under a node, in source order. */
export function tokensOf(n: CstNode, out: IToken[] = []): IToken[] {
  for (const list of Object.values(n.children)) {
    for (const e of list) {
      if (isToken(e)) {
        if (!e.isInsertedInRecovery && Number.isFinite(e.startOffset)) out.push(e);
      } else tokensOf(e, out);
    }
  }
  return out.sort((a, b) => a.startOffset - b.startOffset);
}

export function tokenEnd(t: IToken): number {
  return t.startOffset + t.image.length;
}

/** First token start and last token end under a node (both NaN for a node without tokens). */
export function extent(n: CstNode): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  const walk = (node: CstNode) => {
    for (const list of Object.values(node.children)) {
      for (const e of list) {
        if (isToken(e)) {
          if (e.isInsertedInRecovery || !Number.isFinite(e.startOffset)) continue;
          start = Math.min(start, e.startOffset);
          end = Math.max(end, tokenEnd(e));
        } else walk(e);
      }
    }
  };
  walk(n);
  return Number.isFinite(start) ? { start, end } : { start: NaN, end: NaN };
}

function startOf(e: CstElement): number {
  return isToken(e) ? e.startOffset : extent(e).start;
}

/** The direct children of a node in source order, each with its label. */
export function childrenInOrder(n: CstNode): Child[] {
  const out: Child[] = [];
  for (const [label, list] of Object.entries(n.children)) {
    for (const element of list) {
      if (isToken(element) && (element.isInsertedInRecovery || !Number.isFinite(element.startOffset))) continue;
      const start = startOf(element);
      if (Number.isFinite(start)) out.push({ label, element, start });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Sub-nodes filed under one label, in source order. */
export function subNodes(n: CstNode, label: string): CstNode[] {
  return (n.children[label] ?? []).filter((e): e is CstNode => !isToken(e));
}
