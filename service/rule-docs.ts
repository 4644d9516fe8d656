/**
 * Markdown explanations of concepts and rules, shared by hover and completion documentation.
 */
import { markdownCode as code, markdownText as md } from "../language/safe-text";
import type { Citation } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import { builtinRule } from "../rules/builtin/metadata";
import { compiledRules, formatCitations, type CompiledRule } from "../rules/rule-set";

/** Rules that require a concept (in `require`, `require one of` or `shown when`). */
export function rulesRequiring(index: WorkspaceIndex, concept: string): CompiledRule[] {
  return compiledRules(index).filter((r) =>
    r.decl.requires.some((q) => q.concepts.some((c) => c.text === concept) || q.shownWhen?.concept.text === concept),
  );
}

function cites(citations: Citation[]): string {
  return formatCitations(citations) || "no citation";
}

export function conceptMarkdown(index: WorkspaceIndex, id: string): string | undefined {
  const decl = index.concepts.get(id)?.[0]?.node;
  if (!decl) return undefined;
  // Pack text is shown as text (language/safe-text.ts): a title cannot become an image or a link.
  const parts = [`**${md(decl.title?.value ?? id)}** — concept ${code(id)}`];
  // What packs add with `extend concept` shows with the concept's own words, each pack's help marked as its own.
  const extensions = index.conceptExtensions.get(id) ?? [];
  if (decl.help) parts.push(md(decl.help.value));
  for (const e of extensions) if (e.node.help) parts.push(`${md(e.node.help.value)} (${code(e.pack ?? "")})`);
  const synonyms = [...decl.synonyms, ...extensions.flatMap((e) => e.node.synonyms)];
  if (synonyms.length) parts.push(`Also called: ${synonyms.map((s) => `“${md(s.value)}”`).join(", ")}`);
  const rules = rulesRequiring(index, id);
  if (rules.length) {
    parts.push(
      "Required by:\n\n" +
        rules
          .map((r) => `- ${code(r.id)} (${r.level}): ${md(r.title)} — ${md(cites(r.citations))}${r.quotes[0] ? `\n\n  > ${md(r.quotes[0])}` : ""}`)
          .join("\n"),
    );
  }
  return parts.join("\n\n");
}

export function ruleMarkdown(rule: CompiledRule): string {
  const parts = [`**${md(rule.title)}** — ${code(rule.id)} (${rule.level})`, `Cites ${md(cites(rule.citations))}.`];
  if (rule.description) parts.push(md(rule.description));
  if (rule.fix) parts.push(`**How to fix:** ${md(rule.fix)}`);
  for (const q of rule.quotes) parts.push(`> ${md(q)}`);
  return parts.join("\n\n");
}

export function ruleById(index: WorkspaceIndex, id: string): CompiledRule | undefined {
  return compiledRules(index).find((r) => r.id === id);
}

/** A built-in check's one-line description, for hover on its diagnostics. */
export function builtinDescription(ruleId: string): string | undefined {
  return builtinRule(ruleId)?.description;
}
