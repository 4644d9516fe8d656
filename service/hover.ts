/**
 * Hover: what the thing under the cursor means for the person filling in the form, with the
 * report's words where a rule is involved.
 */
import { markdownCode as code, markdownText as md } from "../language/safe-text";
import type { Hover, Position } from "vscode-languageserver";
import type { Diagnostic } from "../language/diagnostic";
import type { Workspace } from "../language/model/workspace";
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
        const decl = index.recommendations.get(at.id)?.[0]?.node;
        if (decl?.text) parts.push(`**Recommendation ${md(at.id)}**: ${md(decl.text.value)}`);
        break;
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
