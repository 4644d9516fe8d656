/**
 * Prints the formatter's tree in the canonical style, recording which output lines each
 * element became (range formatting replaces exactly those lines).
 *
 * Blank lines: never at the start or end of a block; runs of blank lines become one; a blank
 * line the author left between two members is kept; one is always put between top-level items
 * (except between one-line declarations of the same kind, such as a run of `service` lines,
 * where the author's choice stands) and around every section.
 */
import type { CommentElem, Elem, NodeElem, SrcComment } from "./tree";

export const INDENT = "  ";

type Context = "top" | "form" | "section" | "other";

export class Printer {
  readonly lines: string[] = [];
  /** Element → [first, last] output line (0-based, inclusive). */
  readonly ranges = new Map<Elem, [number, number]>();

  document(elems: Elem[]) {
    this.body(elems, "", "top");
  }

  private body(elems: Elem[], indent: string, context: Context) {
    elems.forEach((e, i) => {
      if (i > 0 && (e.blankBefore || forcedBlank(elems, i, context))) this.lines.push("");
      const first = this.lines.length;
      if (e.kind === "comment") this.commentLine(e, indent);
      else this.node(e, indent);
      this.ranges.set(e, [first, this.lines.length - 1]);
    });
  }

  private push(text: string) {
    for (const line of text.split("\n")) this.lines.push(line);
  }

  private commentLine(e: CommentElem, indent: string) {
    this.push(indent + e.comments.map((c, i) => commentText(c, i === 0 ? indent : undefined)).join(" "));
  }

  private node(n: NodeElem, indent: string) {
    for (const c of n.hoisted) this.push(indent + commentText(c, indent));
    const b = n.block;
    if (!b) {
      this.push(indent + n.line + trailing(n.trailing));
      return;
    }
    if (b.body.length === 0 && b.headerTrailing.length === 0) {
      this.push(`${indent}${n.line} { }${trailing(n.trailing)}`);
      return;
    }
    this.push(`${indent}${n.line} {${trailing(b.headerTrailing)}`);
    this.body(b.body, indent + INDENT, n.rule === "form" ? "form" : n.rule === "section" ? "section" : "other");
    this.push(`${indent}}${trailing(n.trailing)}`);
  }
}

function trailing(comments: SrcComment[]): string {
  return comments.length ? " " + comments.map((c) => commentText(c, undefined)).join(" ") : "";
}

function isOneLiner(e: NodeElem): boolean {
  return !e.block;
}

/** Is a blank line due before element `i` (after the member before it, ahead of any comments leading the next member)? */
function forcedBlank(elems: Elem[], i: number, context: Context): boolean {
  const prev = elems[i - 1];
  if (prev.kind !== "node" || context === "other") return false;
  let j = i;
  while (j < elems.length && elems[j].kind === "comment") j++;
  const next = elems[j] as NodeElem | undefined;
  if (!next) return false;
  if (context === "top") return !(isOneLiner(prev) && isOneLiner(next) && prev.rule === next.rule);
  return prev.rule === "section" || next.rule === "section";
}

/**
 * A comment as printed: trailing white space removed from every line; a block comment whose
 * continuation lines all start with `*` has them re-indented under its first line (when it
 * starts a line: `indent` given). Other block comments keep their lines exactly.
 */
export function commentText(c: SrcComment, indent: string | undefined): string {
  if (!c.block) return c.text.trimEnd();
  const lines = c.text.split(/\r\n|\r|\n/).map((l) => l.trimEnd());
  if (indent !== undefined && lines.length > 1 && lines.slice(1).every((l) => l.trimStart().startsWith("*"))) {
    return [lines[0], ...lines.slice(1).map((l) => `${indent} ${l.trimStart()}`)].join("\n");
  }
  return lines.join("\n");
}
