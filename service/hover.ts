/**
 * Hover: what the thing under the cursor means for the person filling in the form, with the
 * report's words where a rule is involved.
 */
import { markdownCode as code, markdownText as md } from "../language/safe-text";
import type { Hover, Position } from "vscode-languageserver";
import type { Diagnostic } from "../language/diagnostic";
import type { CitationNode, RuleDecl, TopLevel } from "../language/ast";
import type { Span } from "../language/diagnostic";
import { recommendationKey, WorkspaceIndex, type Workspace } from "../language/model/workspace";
import { keywordMarkdown } from "./keyword-docs";
import { occurrenceAt } from "./occurrences";
import { builtinDescription, conceptMarkdown, ruleById, ruleMarkdown } from "./rule-docs";

export function hover(ws: Workspace, uri: string, position: Position, diagnostics: readonly Diagnostic[] = []): Hover | null {
  const doc = ws.get(uri);
  if (!doc) return null;
  const index = ws.index;
  const offset = doc.lines.offset(position);
  const parts: string[] = [];
  const at = occurrenceAt(doc, index, offset);
  let range = at ? doc.lines.range(at.span) : undefined;

  if (at) {
    switch (at.kind) {
      case "concept": {
        const md = conceptMarkdown(index, at.id);
        if (md) parts.push(md);
        break;
      }
      case "rule": {
        const rule = ruleById(index, at.id);
        if (rule) parts.push(ruleMarkdown(rule));
        break;
      }
      case "field": {
        const form = index.forms.get(at.formId ?? "")?.find((f) => f.uri === uri)?.node;
        const info = form ? index.formModel(form).byId.get(at.id) : undefined;
        if (info) {
          const f = info.field;
          // Form text is shown as text (language/safe-text.ts): a label cannot become an image or a link.
          const lines = [`**${md(f.label?.value ?? at.id)}** — field ${code(at.id)}: ${md(f.type?.text ?? "untyped")}${f.required ? ", required" : ""}`];
          if (f.options.length) lines.push(`Options: ${f.options.map((o) => `“${md(o.value)}”`).join(", ")}`);
          if (f.covers.length) lines.push(`Covers: ${f.covers.map((c) => code(c.text)).join(", ")}`);
          parts.push(lines.join("\n\n"));
        }
        break;
      }
      case "service":
      case "audience": {
        const table = at.kind === "service" ? index.services : index.audiences;
        const decl = table.get(at.id)?.[0];
        if (decl) parts.push(`**${md(decl.node.title?.value ?? at.id)}** — ${at.kind} ${code(at.id)}`);
        break;
      }
      case "recommendation": {
        const def = index.recommendations.get(at.id)?.[0];
        if (def?.node.text) parts.push(`**Recommendation ${md(def.node.ref.text)}** of \`${def.pack}\`: ${md(def.node.text.value)}`);
        break;
      }
    }
  }

  if (!at) {
    const cited = citationAt(doc.ast.items, offset);
    if (cited) {
      parts.push(citationMarkdown(index, WorkspaceIndex.packNameOf(doc), cited.citation, cited.rule));
      range = doc.lines.range(cited.citation.span);
    } else {
      // A keyword under the cursor (ids were handled above as the things they name).
      const inComment = doc.ast.comments.some((c) => c.span.start <= offset && offset <= c.span.end);
      const word = inComment ? undefined : wordAt(doc.text, offset);
      const md = word && keywordMarkdown(word.text);
      if (md && word) {
        parts.push(md);
        range = doc.lines.range(word.span);
      }
    }
  }

  // A finding under the cursor: explain the rule behind it.
  for (const d of diagnostics) {
    if (d.span.start > offset || offset > d.span.end) continue;
    const rule = ruleById(index, d.ruleId);
    const text = rule ? ruleMarkdown(rule) : builtinDescription(d.ruleId) ? `${code(d.ruleId)}: ${md(builtinDescription(d.ruleId)!)}` : undefined;
    if (text && !parts.includes(text)) parts.push(text);
    range ??= d.range;
  }

  if (parts.length === 0) return null;
  return { contents: { kind: "markdown", value: parts.join("\n\n---\n\n") }, range };
}

function citationAt(items: TopLevel[], offset: number): { citation: CitationNode; rule: RuleDecl } | undefined {
  for (const item of items) {
    if (item.kind !== "rule" || offset < item.span.start || offset > item.span.end) continue;
    const citation = item.citations.find((c) => c.span.start <= offset && offset <= c.span.end);
    if (citation) return { citation, rule: item };
  }
  return undefined;
}

/** A citation explained: which part of whose source, with the rule's quotes from it. */
function citationMarkdown(index: WorkspaceIndex, pack: string, c: CitationNode, rule: RuleDecl): string {
  const p = index.packs.get(pack)?.[0]?.node;
  const source = p?.title ? `*${p.title.value}*` : `the \`${pack}\` pack's source`;
  const what = c.kind === "section" ? `Section "${c.ref}"` : `${c.kind === "paragraph" ? "Paragraph" : "Recommendation"} ${c.ref}`;
  const lines = [`**${what}** of ${source}`];
  if (c.kind === "recommendation") {
    const text = index.recommendations.get(recommendationKey(pack, c.ref))?.[0]?.node.text?.value;
    if (text) lines.push(text);
  }
  for (const q of rule.quotes) lines.push(`> ${q.value}`);
  return lines.join("\n\n");
}

function wordAt(text: string, offset: number): { text: string; span: Span } | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && /[a-z-]/.test(text[start - 1])) start--;
  while (end < text.length && /[a-z-]/.test(text[end])) end++;
  return end > start ? { text: text.slice(start, end), span: { start, end } } : undefined;
}
