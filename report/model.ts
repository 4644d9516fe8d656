/**
 * The audit report as plain data: one pure function from a lint run's results, the workspace
 * index and the rules to an `AuditReport` (report/schema.ts). The renderers only format it;
 * no verdict is re-derived downstream of this file.
 *
 * A matrix cell answers "is recommendation R evidenced on forms of kind K?":
 *   met            every rule citing R that applies to a form of kind K is met on all such forms;
 *   missing        some such rule is unmet (and not waived) on some such form;
 *   waived         such rules are unmet only where a valid waiver covers them;
 *   not-applicable no rule citing R applies to any form of kind K (or every such rule is off);
 *   not-checkable  the pack says no form can evidence R (with its reason), or no rule cites R.
 */
import { createHash } from "node:crypto";
import type { Form, Pack } from "../language/ast";
import type { Diagnostic } from "../language/diagnostic";
import type { WorkspaceIndex } from "../language/model/workspace";
import { applies } from "../rules/engine/applies";
import type { CompiledRule } from "../rules/rule-set";
import type { WaivedDiagnostic } from "../rules/waivers";
import { recommendationCoverage } from "./recommendation-coverage";
import { CELL_STATUSES, type AuditReport, type CellStatus, type MatrixCell, type ReportFinding } from "./schema";
import { oneBased } from "../language/diagnostic";

export const NO_SERVICE = "(none)";

export interface ReportFile {
  /** As displayed (relative to the working directory where possible). */
  filePath: string;
  /** The workspace URI. */
  absPath: string;
  source: string;
  diagnostics: Diagnostic[];
  waived: WaivedDiagnostic[];
}

export interface ReportInput {
  files: ReportFile[];
  index: WorkspaceIndex;
  rules: CompiledRule[];
  /** Rules the configuration turned off: not checked, so they evidence nothing either way. */
  rulesOff?: ReadonlySet<string>;
  formguardVersion: string;
  /** ISO 8601 time of the run. */
  generatedAt: string;
  /** The date waiver expiry was judged against. */
  today: string;
  title?: string;
}

interface FormEntry {
  form: Form;
  file: ReportFile;
  kind: string;
  unmet: Set<string>;
  waived: Set<string>;
}

export function buildReport(input: ReportInput): AuditReport {
  const ruleById = new Map(input.rules.map((r) => [r.id, r]));
  const docs = new Map(input.index.documents.map((d) => [d.uri, d]));
  const off = input.rulesOff ?? new Set<string>();

  const formEntries: FormEntry[] = [];
  const forms: AuditReport["forms"] = [];
  const otherFindings: AuditReport["otherFindings"] = [];
  const waivers: AuditReport["waivers"] = [];

  for (const file of input.files) {
    const doc = docs.get(file.absPath);
    const fileForms = (doc?.ast.items ?? []).filter((i): i is Form => i.kind === "form");
    const inForm = (d: Diagnostic) => fileForms.find((f) => f.span.start <= d.span.start && d.span.start < Math.max(f.span.end, f.span.start + 1));
    const outside: ReportFinding[] = file.diagnostics.filter((d) => !inForm(d)).map((d) => toFinding(d, ruleById));
    if (outside.length) otherFindings.push({ file: file.filePath, findings: outside });

    for (const form of fileForms) {
      const kind = form.service?.text || NO_SERVICE;
      const mine = file.diagnostics.filter((d) => inForm(d) === form);
      const mineWaived = file.waived.filter((d) => inForm(d) === form);
      formEntries.push({
        form,
        file,
        kind,
        unmet: new Set(mine.filter((d) => ruleById.has(d.ruleId)).map((d) => d.ruleId)),
        waived: new Set(mineWaived.map((d) => d.ruleId)),
      });
      const line = (doc?.lines.position(form.name.span.start).line ?? 0) + 1;
      forms.push({
        id: form.name.text,
        ...(form.title ? { title: form.title.value } : {}),
        kind,
        audiences: form.audiences.map((a) => a.text),
        file: file.filePath,
        line,
        findings: mine.map((d) => toFinding(d, ruleById)),
        waived: mineWaived.map((d) => ({ ...toFinding(d, ruleById), waiver: stripUndefined({ reason: d.waiver.reason, by: d.waiver.by, until: d.waiver.until }) })),
      });
      for (const w of form.waivers) {
        const resolved = input.index.resolveRule(w.rule.text);
        waivers.push({
          rule: resolved.length === 1 ? resolved[0].id : w.rule.text,
          form: form.name.text,
          file: file.filePath,
          line: (doc?.lines.position(w.span.start).line ?? 0) + 1,
          reason: w.reason?.value ?? "",
          ...(w.by ? { by: w.by.value } : {}),
          ...(w.until ? { until: w.until.value } : {}),
          expired: !!w.until && w.until.value < input.today,
        });
      }
    }
  }

  const kinds = [...new Set(formEntries.map((f) => f.kind))].sort();
  const statusCounts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  // A pack whose every rule is off checks nothing: its recommendations leave the matrix.
  const packsOn = new Set(input.rules.filter((r) => !off.has(r.id)).map((r) => r.pack));
  const packsWithRules = new Set(input.rules.map((r) => r.pack));
  const coverage = recommendationCoverage(input.index, input.rules).filter((rec) => packsOn.has(rec.pack) || !packsWithRules.has(rec.pack));
  const matrix: AuditReport["matrix"] = coverage.map((rec) => {
    const citing = rec.rules.map((id) => ruleById.get(id)).filter((r): r is CompiledRule => !!r && !off.has(r.id));
    const cells = kinds.map((kind): MatrixCell => {
      if (rec.notCheckable || rec.rules.length === 0) {
        return { kind, status: "not-checkable", forms: 0, met: 0, missing: 0, waived: 0, reason: rec.notCheckable ?? "No loaded rule cites this recommendation." };
      }
      return cellFor(kind, citing, formEntries);
    });
    for (const c of cells) statusCounts[c.status]++;
    return {
      pack: rec.pack,
      recommendation: rec.ref,
      ...(rec.text ? { text: rec.text } : {}),
      ...(rec.partly ? { partly: rec.partly } : {}),
      rules: rec.rules,
      cells,
    };
  });

  const all = input.files.flatMap((f) => f.diagnostics);
  return {
    schemaVersion: 1,
    title: input.title ?? "formguard audit report",
    generatedAt: input.generatedAt,
    today: input.today,
    formguardVersion: input.formguardVersion,
    packs: packsOf(input.index),
    inputs: { files: input.files.map((f) => f.filePath).sort(), sha256: contentHash(input.files) },
    summary: {
      files: input.files.length,
      forms: formEntries.length,
      formKinds: kinds.length,
      errors: all.filter((d) => d.level === "error").length,
      warnings: all.filter((d) => d.level === "warning").length,
      infos: all.filter((d) => d.level === "info").length,
      waivedFindings: input.files.reduce((n, f) => n + f.waived.length, 0),
      waivers: waivers.length,
      expiredWaivers: waivers.filter((w) => w.expired).length,
    },
    kinds,
    matrix,
    statusCounts,
    forms,
    otherFindings,
    waivers,
  };
}

function cellFor(kind: string, citing: CompiledRule[], entries: FormEntry[]): MatrixCell {
  let forms = 0;
  let met = 0;
  let missing = 0;
  let waived = 0;
  for (const e of entries) {
    if (e.kind !== kind) continue;
    const applicable = citing.filter((r) => applies(r.decl.applies, e.form));
    if (applicable.length === 0) continue;
    forms++;
    if (applicable.some((r) => e.unmet.has(r.id))) missing++;
    else if (applicable.some((r) => e.waived.has(r.id))) waived++;
    else met++;
  }
  const status: CellStatus = forms === 0 ? "not-applicable" : missing ? "missing" : waived ? "waived" : "met";
  return { kind, status, forms, met, missing, waived };
}

function toFinding(d: Diagnostic, rules: Map<string, CompiledRule>): ReportFinding {
  const rule = rules.get(d.ruleId);
  return {
    ruleId: d.ruleId,
    level: d.level,
    ...(rule ? { title: rule.title } : {}),
    message: d.message,
    ...oneBased(d.range),
    citations: d.citations,
    quotes: rule?.quotes ?? [],
  };
}

function packsOf(index: WorkspaceIndex): AuditReport["packs"] {
  return [...index.packs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, defs]) => {
      const p: Pack = defs[0].node;
      return stripUndefined({ name, title: p.title?.value, version: p.version?.value, publisher: p.publisher?.value, published: p.published?.value });
    });
}

/** SHA-256 over (path, length, content) of every input in path order: what exactly was checked. */
export function contentHash(files: Array<{ filePath: string; source: string }>): string {
  const h = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0))) {
    const bytes = Buffer.from(f.source, "utf8");
    h.update(`${f.filePath}\n${bytes.length}\n`);
    h.update(bytes);
    h.update("\n");
  }
  return h.digest("hex");
}

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
