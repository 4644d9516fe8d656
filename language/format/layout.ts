/**
 * What the formatter needs of a parsed document: each item and member with its extent, the
 * members inside its `{ … }` (properties, fields, sections, waivers), and the conditions and
 * selectors to print with the fewest parentheses. Read off the AST; the tokens themselves
 * come from the token stream (tree.ts), so every token the author wrote is printed.
 */
import type * as A from "../ast";

export interface Layout {
  /** `form` and `section` set the blank-line rules of their bodies; top-level items of one kind group. */
  rule: string;
  start: number;
  end: number;
  /** Members inside the item's `{ … }`, in source order. */
  inner: Layout[];
  /** A condition or selector inside the member's line, printed as an expression. */
  expr?: A.Condition | A.Selector;
}

const byStart = (a: Layout, b: Layout) => a.start - b.start;

function prop(p: A.PropertyMark, expr?: A.Condition | A.Selector): Layout {
  return { rule: "prop", start: p.span.start, end: p.span.end, inner: [], expr };
}

function leaf(rule: string, span: A.PropertyMark["span"], expr?: A.Condition | A.Selector): Layout {
  return { rule, start: span.start, end: span.end, inner: [], expr };
}

function member(m: A.SectionMember): Layout {
  if (m.kind === "section") return { rule: "section", start: m.span.start, end: m.span.end, inner: m.members.map(member) };
  return { rule: "field", start: m.span.start, end: m.span.end, inner: m.props.map((p) => prop(p)), expr: m.when };
}

export function layoutOf(item: A.TopLevel): Layout {
  const node = (inner: Layout[]): Layout => ({ rule: item.kind, start: item.span.start, end: item.span.end, inner: inner.sort(byStart) });
  switch (item.kind) {
    case "form":
      return node([...item.headerProps.map((p) => prop(p)), ...item.members.map(member), ...item.waivers.map((w) => leaf("waiver", w.span))]);
    case "rule": {
      // The selector printed is the one the AST keeps (the last `applies`); any other is printed as written.
      const applies = item.applies;
      return node(item.props.map((p) => prop(p, applies && p.keyword === "applies" && p.span.start <= applies.span.start && applies.span.end <= p.span.end ? applies : undefined)));
    }
    case "pack":
    case "concept":
    case "recommendation":
    case "extend-concept":
      return node(item.props.map((p) => prop(p)));
    default:
      return node([]);
  }
}
