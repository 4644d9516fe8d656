/**
 * What the preview shows, as plain serialisable data: each form of a document as the person
 * filling it in sees it (sections, fields, live conditions), with the linter's layer laid on
 * it — each field's findings beside it, and each missing prompt as a placeholder exactly where
 * the quick fix would insert it (the fix's own edit says where). The CLI renders it to a page;
 * the language server sends it to the editor's preview. Pure: parsed document and findings in.
 */
import type { Field, Form, Section } from "../language/ast";
import type { Diagnostic, Level, Span } from "../language/diagnostic";
import { formatDuration } from "../language/durations";
import { printCondition } from "../language/format/expressions";
import type { WorkspaceIndex } from "../language/model/workspace";
import type { ParsedDocument } from "../language/parse";
import type { TextEdit } from "../language/text-edit";
import type { FieldSkeleton } from "../rules/engine/evaluate-form";
import { compiledRules, formatCitations } from "../rules/rule-set";
import { toConditionTree, type ConditionTree } from "./condition";

export const PREVIEW_MODEL_VERSION = 1;

export interface PreviewFinding {
  level: Level;
  ruleId: string;
  message: string;
  /** "recommendation 2.7; paragraph 2.2", or "" for built-in checks. */
  cites: string;
  /** The report's own words, as the rule quotes them. */
  quotes: string[];
  /** 0-based line of the finding. */
  line: number;
}

export interface PreviewField {
  kind: "field";
  id: string;
  type: string;
  label: string;
  help?: string;
  required: boolean;
  options: string[];
  /** As written: "12 months". */
  lookback?: string;
  min?: number;
  max?: number;
  when?: ConditionTree;
  /** The condition as the language writes it, for people. */
  whenText?: string;
  /** Never shown to the person completing the form (`hidden`): drawn only to carry findings about it. */
  hidden: boolean;
  concepts: Array<{ id: string; title?: string }>;
  findings: PreviewFinding[];
  line: number;
}

/** A prompt the form lacks, drawn where the quick fix would add it. */
export interface PreviewMissing {
  kind: "missing";
  concept: string;
  concepts: string[];
  label: string;
  type: string;
  required: boolean;
  options: string[];
  lookback?: string;
  whenText?: string;
  finding: PreviewFinding;
  /** 0-based line the quick fix inserts at. */
  line: number;
}

export interface PreviewSection {
  kind: "section";
  id: string;
  title: string;
  items: PreviewItem[];
  line: number;
}

export type PreviewItem = PreviewSection | PreviewField | PreviewMissing;

export interface PreviewForm {
  id: string;
  title: string;
  line: number;
  summary: { errors: number; warnings: number; infos: number; waived: number; verdict: "fails" | "passes" };
  /** Findings about the form as a whole (header, waivers…), not one of its fields. */
  findings: PreviewFinding[];
  items: PreviewItem[];
}

export interface PreviewModel {
  version: typeof PREVIEW_MODEL_VERSION;
  /** The document's URI or path, as the host names it. */
  uri: string;
  forms: PreviewForm[];
  /** Syntax errors and findings outside any form. */
  findings: PreviewFinding[];
}

/** The fixes of a finding (fixes/index.ts `fixesFor`, injected so this module does not depend on fixes/). */
export type PreviewFixes = (doc: ParsedDocument, d: Diagnostic, index: WorkspaceIndex) => Array<{ edits: TextEdit[]; preferred: boolean }>;

export interface PreviewInput {
  doc: ParsedDocument;
  index: WorkspaceIndex;
  diagnostics: readonly Diagnostic[];
  /** Findings a waiver exempts: counted in each form's summary. */
  waived?: readonly Diagnostic[];
  /** Findings on another text than `doc` (a Questionnaire's JSON): listed, outside any form. */
  elsewhere?: readonly Diagnostic[];
  fixes: PreviewFixes;
}

export function buildPreview(input: PreviewInput): PreviewModel {
  const { doc, index } = input;
  const quotesOf = new Map(compiledRules(index).map((r) => [r.id, r.quotes]));
  const finding = (d: Diagnostic): PreviewFinding => ({
    level: d.level,
    ruleId: d.ruleId,
    message: d.message,
    cites: formatCitations(d.citations),
    quotes: quotesOf.get(d.ruleId) ?? [],
    line: d.range.start.line,
  });
  const line = (offset: number) => doc.lines.position(offset).line;
  const forms: PreviewForm[] = [];
  const outside: PreviewFinding[] = [];
  const formItems = doc.ast.items.filter((i): i is Form => i.kind === "form");
  const formOf = (d: Diagnostic) => formItems.find((f) => f.span.start <= d.span.start && d.span.end <= f.span.end);

  for (const d of input.diagnostics) if (!formOf(d)) outside.push(finding(d));
  for (const d of input.elsewhere ?? []) outside.push(finding(d));

  for (const form of formItems) {
    const mine = input.diagnostics.filter((d) => formOf(d) === form);
    const byField = new Map<Field, PreviewFinding[]>();
    const formFindings: PreviewFinding[] = [];
    const missing: Array<{ at: number; item: PreviewMissing }> = [];
    const fields = index.formModel(form).fields.map((f) => f.field);
    for (const d of mine) {
      // A form cut short (no `{ … }` yet, as it is mid-typing) has nowhere to insert a field.
      if (d.data?.kind === "missing-concept" && d.data.skeleton && form.body) {
        const at = insertionOffset(input, d);
        if (at !== undefined) {
          missing.push({ at, item: missingItem(d.data.skeleton, d.data.concepts, finding(d), line(at)) });
          continue;
        }
      }
      const owner = fields.filter((f) => f.span.start <= d.span.start && d.span.end <= f.span.end).pop();
      if (owner) (byField.get(owner) ?? byField.set(owner, []).get(owner)!).push(finding(d));
      else formFindings.push(finding(d));
    }
    const field = (f: Field): PreviewField => ({
      kind: "field",
      id: f.name.text,
      type: f.type?.text ?? "text",
      label: f.label?.value ?? f.name.text,
      help: f.help?.value,
      required: !!f.required,
      options: f.options.map((o) => o.value),
      lookback: f.lookback ? formatDuration(f.lookback) : undefined,
      min: f.min?.value,
      max: f.max?.value,
      when: f.when ? toConditionTree(f.when) : undefined,
      whenText: f.when ? printCondition(f.when) : undefined,
      hidden: !!f.hidden,
      concepts: f.covers.map((c) => ({ id: c.text, title: index.concepts.get(c.text)?.[0]?.node.title?.value })),
      findings: byField.get(f) ?? [],
      line: line(f.span.start),
    });
    /** A container's members with the placeholders whose insertion point lies in its body, in order. */
    const items = (members: Array<Section | Field>, body: Span | undefined): PreviewItem[] => {
      const inside = (x: { at: number }, b: Span | undefined) => !!b && b.start < x.at && x.at < b.end;
      const here = missing.filter((x) => inside(x, body) && !members.some((m) => m.kind === "section" && inside(x, m.body)));
      const out: Array<{ at: number; item: PreviewItem }> = [];
      for (const m of members) {
        // The person completing the form never sees a hidden field: left out, unless something is said about it.
        if (m.kind === "field" && m.hidden && !byField.get(m)?.length) continue;
        out.push({ at: m.span.start, item: m.kind === "section" ? { kind: "section", id: m.name.text, title: m.title?.value ?? m.name.text, items: items(m.members, m.body), line: line(m.span.start) } : field(m) });
      }
      // A placeholder at the same offset as a member goes before it, as inserted text would.
      for (const x of here) out.push({ at: x.at - 0.5, item: x.item });
      return out.sort((a, b) => a.at - b.at).map((x) => x.item);
    };
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const d of mine) counts[d.level === "error" ? "errors" : d.level === "warning" ? "warnings" : "infos"]++;
    forms.push({
      id: form.name.text,
      title: form.title?.value ?? form.name.text,
      line: line(form.span.start),
      summary: { ...counts, waived: (input.waived ?? []).filter((d) => formOf(d) === form).length, verdict: counts.errors ? "fails" : "passes" },
      findings: formFindings,
      items: items(form.members, form.body),
    });
    // A placeholder with nowhere inside a body (a form without one) is still listed.
    for (const x of missing) if (!form.body || x.at <= form.body.start || x.at >= form.body.end) forms[forms.length - 1].findings.push(x.item.finding);
  }
  return { version: PREVIEW_MODEL_VERSION, uri: doc.uri, forms, findings: outside };
}

/** Where the finding's preferred quick fix inserts its field: the same placement as the fix. */
function insertionOffset(input: PreviewInput, d: Diagnostic): number | undefined {
  const fix = input.fixes(input.doc, d, input.index).find((f) => f.preferred && f.edits.length > 0);
  if (!fix) return undefined;
  const e = fix.edits[0];
  return e.span.start;
}

function missingItem(s: FieldSkeleton, concepts: string[], finding: PreviewFinding, line: number): PreviewMissing {
  return {
    kind: "missing",
    concept: s.concept,
    concepts: concepts.length ? concepts : [s.concept],
    label: s.label,
    type: s.type,
    required: s.required,
    options: s.options,
    lookback: s.lookback,
    whenText: s.when,
    finding,
    line,
  };
}
