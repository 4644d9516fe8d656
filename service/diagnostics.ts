/**
 * formguard diagnostics → LSP diagnostics. The rule id is the `code`, the citations travel in
 * `data` and in the message, and a pack rule links to its declaration so "why?" is one click.
 * Waived findings stay visible as hints: auditors must see what was waived and why.
 */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from "vscode-languageserver";
import type { Diagnostic, DiagnosticFacts, Level } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import { builtinRule, type BuiltinRuleMeta } from "../rules/builtin/metadata";
import type { FileResult } from "../rules/checker";
import { formatCitations } from "../rules/rule-set";

export const SOURCE = "formguard";

const LSP_TAG: Record<NonNullable<BuiltinRuleMeta["tags"]>[number], DiagnosticTag> = {
  unnecessary: DiagnosticTag.Unnecessary,
  deprecated: DiagnosticTag.Deprecated,
};

const SEVERITY: Record<Level, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a formguard LSP diagnostic carries in `data`, so code actions can find their finding. */
export interface DiagnosticData {
  ruleId: string;
  citations: Diagnostic["citations"];
  span: Diagnostic["span"];
  facts?: DiagnosticFacts;
}

/** Where a rule is explained (e.g. its page in docs/rules/), if anywhere: the server knows the files. */
export type RuleDocLink = (ruleId: string) => string | undefined;

export function toLspDiagnostic(d: Diagnostic, index?: WorkspaceIndex, ruleDoc?: RuleDocLink): LspDiagnostic {
  const cited = formatCitations(d.citations);
  const message = cited && !d.message.includes(cited) ? `${d.message} (${cited})` : d.message;
  const out: LspDiagnostic = {
    range: d.range,
    severity: SEVERITY[d.level],
    code: d.ruleId,
    source: SOURCE,
    message,
    data: { ruleId: d.ruleId, citations: d.citations, span: d.span, facts: d.data } satisfies DiagnosticData,
  };
  const rule = index?.rules.get(d.ruleId)?.[0];
  const page = ruleDoc?.(d.ruleId);
  if (page) out.codeDescription = { href: page };
  else if (rule && /^file:/.test(rule.uri)) {
    const doc = index!.documents.find((x) => x.uri === rule.uri);
    const line = doc ? doc.lines.position(rule.nameSpan.start).line + 1 : 1;
    out.codeDescription = { href: `${rule.uri}#L${line}` };
  }
  const tags = builtinRule(d.ruleId)?.tags?.map((t) => LSP_TAG[t]);
  if (tags?.length) out.tags = tags;
  return out;
}

/** Everything one check of a document shows in the editor. */
export function documentDiagnostics(result: FileResult, index?: WorkspaceIndex, ruleDoc?: RuleDocLink): LspDiagnostic[] {
  const shown = result.diagnostics.map((d) => toLspDiagnostic(d, index, ruleDoc));
  for (const w of result.waived) {
    const base = toLspDiagnostic(w, index, ruleDoc);
    const who = w.waiver.by ? ` by ${w.waiver.by}` : "";
    const until = w.waiver.until ? ` until ${w.waiver.until}` : "";
    shown.push({ ...base, severity: DiagnosticSeverity.Hint, message: `Waived${who}${until}: "${w.waiver.reason}". ${base.message}` });
  }
  return shown;
}
