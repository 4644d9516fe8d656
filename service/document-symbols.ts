/** Document outline: form → sections → fields; pack → services, audiences, concepts, rules, recommendations. */
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { Field, Section, TopLevel } from "../language/ast";
import type { Span } from "../language/diagnostic";
import type { Workspace } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import { walkMembers } from "../language/walk";

const KIND: Record<TopLevel["kind"], SymbolKind> = {
  form: SymbolKind.Module,
  pack: SymbolKind.Package,
  service: SymbolKind.Enum,
  audience: SymbolKind.Enum,
  concept: SymbolKind.Constant,
  rule: SymbolKind.Function,
  recommendation: SymbolKind.String,
  "extend-concept": SymbolKind.Constant,
};

export function documentSymbols(ws: Workspace, uri: string): DocumentSymbol[] {
  const doc = ws.get(uri);
  if (!doc) return [];
  const sym = (name: string, detail: string | undefined, kind: SymbolKind, span: Span, nameSpan: Span, children?: DocumentSymbol[]): DocumentSymbol => ({
    name: name || "(unnamed)",
    detail,
    kind,
    range: doc.lines.range(span),
    // The selection must lie inside the range, even for nodes recovery left odd.
    selectionRange: doc.lines.range(nameSpan.start >= span.start && nameSpan.end <= span.end ? nameSpan : span),
    children,
  });
  const member = (m: Section | Field): DocumentSymbol =>
    m.kind === "section"
      ? sym(m.name.text, m.title?.value, SymbolKind.Namespace, m.span, m.name.span, m.members.map(member))
      : sym(m.name.text, [m.type?.text, m.label?.value].filter(Boolean).join(" — ") || undefined, SymbolKind.Field, m.span, m.name.span);

  const out: DocumentSymbol[] = [];
  let pack: DocumentSymbol | undefined;
  for (const item of doc.ast.items) {
    let s: DocumentSymbol;
    switch (item.kind) {
      case "form":
        s = sym(item.name.text, item.title?.value, KIND.form, item.span, item.name.span, item.members.map(member));
        break;
      case "recommendation":
        s = sym(`recommendation ${item.ref.text}`, item.text?.value, KIND.recommendation, item.span, item.ref.span);
        break;
      case "rule":
        s = sym(item.name.text, item.title?.value, KIND.rule, item.span, item.name.span);
        break;
      case "extend-concept":
        s = sym(`extend ${item.name.text}`, undefined, KIND["extend-concept"], item.span, item.name.span);
        break;
      default:
        s = sym(item.name.text, item.title?.value, KIND[item.kind], item.span, item.name.span);
    }
    if (item.kind === "pack") {
      pack = { ...s, children: [] };
      out.push(pack);
    } else if (pack && item.kind !== "form") {
      // A pack's declarations follow its header: show them inside it.
      pack.children!.push(s);
      pack.range = { start: pack.range.start, end: s.range.end };
    } else out.push(s);
  }
  return out;
}

/** The document's symbols flattened, for workspace symbol search. */
export function flatSymbols(doc: ParsedDocument): Array<{ name: string; kind: SymbolKind; span: Span; container?: string }> {
  const out: Array<{ name: string; kind: SymbolKind; span: Span; container?: string }> = [];
  for (const item of doc.ast.items) {
    if (item.kind === "form") {
      out.push({ name: item.name.text, kind: KIND.form, span: item.name.span });
      walkMembers(item.members, (m) => out.push({ name: m.name.text, kind: m.kind === "section" ? SymbolKind.Namespace : SymbolKind.Field, span: m.name.span, container: item.name.text }));
    } else if (item.kind === "recommendation") {
      out.push({ name: `recommendation ${item.ref.text}`, kind: KIND.recommendation, span: item.ref.span });
    } else if (item.kind !== "extend-concept") {
      out.push({ name: item.name.text, kind: KIND[item.kind], span: item.name.span });
    }
  }
  return out.filter((s) => s.name);
}
