/**
 * The audit report as plain data: one pure function from a lint run's results, the workspace
 * index, the rules and the run's provenance (configuration, packs, input hashes) to an
 * `AuditReport` (report/schema.ts). The renderers only format it; no verdict is re-derived
 * downstream of this file.
 *
 * Rows are keyed by (pack, recommendation), plus one (pack, paragraph) row per paragraph cited
 * by rules that cite no recommendation, so every pack finding has a row. A cell answers "is
 * this row evidenced on the assessed forms of kind K?":
 *   met            every rule of the row that applies to a form of kind K is met on all of them;
 *   partly-met     met, but the pack answers the recommendation only in part (`partly`);
 *   missing        some such rule is unmet (and not waived) on some such form;
 *   waived         such rules are unmet only where a valid waiver covers them;
 *   not-applicable no rule of the row applies to any form of kind K (or every such rule is off);
 *   not-checkable  the pack says no form can evidence it (with its reason), or no rule cites it;
 *   no-forms       no assessed form of kind K: none supplied, or none could be assessed.
 */
import type { Form } from "../language/ast";
import { isJsonName } from "../language/file-kinds";
import type { Diagnostic } from "../language/diagnostic";
import { oneBased } from "../language/diagnostic";
import type { ParsedDocument } from "../language/parse";
import type { WorkspaceIndex } from "../language/model/workspace";
import { declaresNoForm } from "../rules/builtin/form-shape";
import { applies } from "../rules/engine/applies";
import { assessRequirement, type Evidence } from "../rules/engine/requirement";
import { withInferredCovers } from "../rules/recognition/infer";
import type { CompiledRule } from "../rules/rule-set";
import type { ResolvedSeverity } from "../rules/severity";
import type { WaivedDiagnostic } from "../rules/waivers";
import { inputHash, type HashedFile } from "./input-hash";
import { compareRefs, packOfDocument, recommendationCoverage } from "./recommendation-coverage";
import type { AuditReport, MatrixCell, MatrixRow, ReportFinding } from "./schema";
import { CELL_STATUSES, NO_SERVICE, type CellStatus } from "./statuses";
import { verdictOf } from "./verdict";
import { waiverProblems } from "./waiver-problems";

export { NO_SERVICE };

export interface ReportFile {
  /** As displayed: relative to the project root. */
  filePath: string;
  /** The workspace URI. */
  absPath: string;
  source: string;
  diagnostics: Diagnostic[];
  waived: WaivedDiagnostic[];
}

/**
 * Where a Questionnaire's parts are in its JSON. Its findings are already placed there; the form
 * the checker saw is imported text nobody reads, so evidence and lines are given in the JSON too.
 */
export interface QuestionnairePlaces {
  /** The Questionnaire's own line (its opening brace). */
  line: number;
  /** A field's item: its linkId and the line of that linkId. */
  item(fieldId: string): { linkId: string; line: number } | undefined;
}

export interface ReportInput {
  files: ReportFile[];
  index: WorkspaceIndex;
  rules: CompiledRule[];
  /** The levels the configuration set, resolved to rule ids (rules/severity.ts). */
  severity?: ResolvedSeverity;
  /** Every input file, hashed (readable or not), paths relative to the project root. */
  inputFiles: HashedFile[];
  /** Inputs that could not be read, or Questionnaires that failed to import. */
  unreadable: Array<{ file: string; reason: string }>;
  configuration: { file?: string; sha256?: string };
  /** A loaded pack file's content hash, and whether formguard ships it, by URI. */
  packFile: (uri: string) => { sha256: string; shipped: boolean };
  expectKinds: string[];
  maxWaiverDays: number;
  /** Whether concepts recognised from labels counted as covered (`--infer`, config `infer`). */
  infer: boolean;
  /** For each FHIR Questionnaire among the files (by absolute path): where its items are in the JSON. */
  questionnaires?: ReadonlyMap<string, QuestionnairePlaces>;
  formguardVersion: string;
  /** ISO 8601 time of the run. */
  generatedAt: string;
  /** The date waiver expiry was judged against. */
  today: string;
  title?: string;
}

interface FormEntry {
  form: Form;
  doc?: ParsedDocument;
  kind: string;
  unmet: Set<string>;
  waived: Set<string>;
  /** With inference on: field id → the concepts it was recognised as, which the checker counted. */
  inferred: Map<string, string[]>;
  /** A Questionnaire's: evidence names its items by linkId, at their lines in the JSON. */
  places?: QuestionnairePlaces;
}

/** A row before its cells: which rules it gathers and what the pack says of it. */
interface RowPlan {
  row: Omit<MatrixRow, "cells" | "rulesOff">;
  notCheckable?: string;
}

export function buildReport(input: ReportInput): AuditReport {
  const ruleById = new Map(input.rules.map((r) => [r.id, r]));
  const docs = new Map(input.index.documents.map((d) => [d.uri, d]));
  const severity = input.severity ?? {};
  const off = new Set(Object.entries(severity).filter(([, v]) => v === "off").map(([k]) => k));

  const assessed: FormEntry[] = [];
  const forms: AuditReport["forms"] = [];
  const otherFindings: AuditReport["otherFindings"] = [];
  const waivers: AuditReport["waivers"] = [];
  const notAssessed: AuditReport["notAssessed"] = input.unreadable.map((u) => ({ file: u.file, forms: [], reason: u.reason, errors: [] }));

  for (const file of input.files) {
    const doc = docs.get(file.absPath);
    const places = input.questionnaires?.get(file.absPath);
    // A Questionnaire's lines are the JSON's; its imported form's offsets mean nothing there.
    const lineOf = (offset: number) => (places ? places.line : (doc?.lines.position(offset).line ?? 0) + 1);
    const fileForms = (doc?.ast.items ?? []).filter((i): i is Form => i.kind === "form");
    // A Questionnaire imports to one form, and its findings were moved onto the JSON (offsets in
    // the JSON, not in the imported form): every finding of the file is that form's. Placing them
    // by offset put its unmet rules outside the form, and the matrix showed them met.
    const inForm = places && fileForms.length === 1 ? () => fileForms[0] : (d: Diagnostic) => fileForms.find((f) => f.span.start <= d.span.start && d.span.start < Math.max(f.span.end, f.span.start + 1));
    const outside: ReportFinding[] = file.diagnostics.filter((d) => !inForm(d)).map((d) => toFinding(d, ruleById));
    if (outside.length) otherFindings.push({ file: file.filePath, findings: outside });
    const syntax = file.diagnostics.filter((d) => d.ruleId === "syntax");
    if (syntax.length) {
      notAssessed.push({
        file: file.filePath,
        forms: fileForms.map((f) => f.name.text).filter(Boolean),
        reason: `${syntax.length} syntax error${syntax.length === 1 ? "" : "s"}: what the file asks cannot be known, so nothing in it counts as met`,
        errors: syntax.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message })),
      });
    } else if (doc && declaresNoForm(doc)) {
      // An emptied template asks nothing; in an audit it is a form that went missing, not a pass.
      notAssessed.push({ file: file.filePath, forms: [], reason: "it declares no form (it is empty, or comments only), so there is no form in it to assess", errors: [] });
    } else if (doc && isJsonName(doc.uri) && fileForms.length === 0) {
      // A Questionnaire whose shape is invalid imports to no form: its questions were never read,
      // whatever level the configuration gives `fhir-schema` (off, it says nothing at all).
      const schema = file.diagnostics.filter((d) => d.ruleId === "fhir-schema");
      notAssessed.push({
        file: file.filePath,
        forms: [],
        reason: "it is not a valid FHIR R4 Questionnaire (its fhir-schema findings say where), so its questions could not be read, and nothing in it counts as met",
        errors: schema.map((d) => ({ line: d.range.start.line + 1, column: d.range.start.character + 1, message: d.message })),
      });
    }

    for (const form of fileForms) {
      const kind = form.service?.text || NO_SERVICE;
      const mine = file.diagnostics.filter((d) => inForm(d) === form);
      const mineWaived = file.waived.filter((d) => inForm(d) === form);
      if (!syntax.length) {
        assessed.push({
          form,
          doc,
          kind,
          unmet: new Set(mine.filter((d) => ruleById.has(d.ruleId)).map((d) => d.ruleId)),
          waived: new Set(mineWaived.map((d) => d.ruleId)),
          inferred: inferredFields(mine),
          places,
        });
      }
      forms.push({
        id: form.name.text,
        ...(form.title ? { title: form.title.value } : {}),
        kind,
        audiences: form.audiences.map((a) => a.text),
        ...(form.version ? { version: form.version.value } : {}),
        ...(form.owner ? { owner: form.owner.value } : {}),
        file: file.filePath,
        line: lineOf(form.name.span.start),
        assessed: syntax.length === 0,
        ...(form.service?.text && !input.index.services.has(form.service.text) ? { unknownKind: true as const } : {}),
        ...unknownAudiencesOf(form, input.index),
        findings: mine.map((d) => toFinding(d, ruleById)),
        waived: mineWaived.map((d) => ({ ...toFinding(d, ruleById), waiver: stripUndefined({ reason: d.waiver.reason, by: d.waiver.by, until: d.waiver.until }) })),
      });
      for (const w of form.waivers) {
        const resolved = input.index.resolveRule(w.rule.text);
        const entry = {
          rule: resolved.length === 1 ? resolved[0].id : w.rule.text,
          form: form.name.text,
          file: file.filePath,
          line: lineOf(w.span.start),
          reason: w.reason?.value ?? "",
          ...(w.by ? { by: w.by.value } : {}),
          ...(w.until ? { until: w.until.value } : {}),
          expired: !!w.until && w.until.value < input.today,
        };
        waivers.push({ ...entry, problems: waiverProblems(entry, { today: input.today, maxWaiverDays: input.maxWaiverDays, resolves: resolved.length === 1 }) });
      }
    }
  }

  const assessedKinds = new Set(assessed.map((f) => f.kind));
  const kinds = [...new Set([...forms.map((f) => f.kind), ...input.expectKinds])].sort();
  const statusCounts = Object.fromEntries(CELL_STATUSES.map((s) => [s, 0])) as Record<CellStatus, number>;
  const formsOfKind = (kind: string) => forms.filter((f) => f.kind === kind).length;

  const matrix: MatrixRow[] = rowPlans(input).map((plan) => {
    const rowRules = plan.row.rules.map((id) => ruleById.get(id)).filter((r): r is CompiledRule => !!r);
    const citing = rowRules.filter((r) => !off.has(r.id));
    const cells = kinds.map((kind): MatrixCell => {
      if (plan.notCheckable !== undefined || plan.row.rules.length === 0) {
        return { kind, status: "not-checkable", forms: 0, met: 0, missing: 0, waived: 0, reason: plan.notCheckable ?? "No loaded rule cites this recommendation." };
      }
      if (!assessedKinds.has(kind)) {
        const reason = formsOfKind(kind) ? "No form of this kind could be assessed (see Not assessed)." : "No forms of this kind were supplied.";
        return { kind, status: "no-forms", forms: 0, met: 0, missing: 0, waived: 0, reason };
      }
      const cell = cellFor(kind, citing, assessed, input.index);
      return cell.status === "met" && plan.row.partly ? { ...cell, status: "partly-met" } : cell;
    });
    for (const c of cells) statusCounts[c.status]++;
    return { ...plan.row, rulesOff: rowRules.filter((r) => off.has(r.id)).map((r) => r.id), cells };
  });

  const all = input.files.flatMap((f) => f.diagnostics);
  const packs = packsOf(input);
  const overrides = overridesOf(severity, ruleById);
  const configuration: AuditReport["configuration"] = {
    ...(input.configuration.file ? { file: input.configuration.file, sha256: input.configuration.sha256 } : {}),
    overrides,
    expectKinds: [...input.expectKinds].sort(),
    maxWaiverDays: input.maxWaiverDays,
    infer: input.infer,
  };
  const inputFiles = [...input.inputFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const report: Omit<AuditReport, "verdict"> = {
    schemaVersion: 2,
    title: input.title ?? "formguard audit report",
    generatedAt: input.generatedAt,
    today: input.today,
    formguardVersion: input.formguardVersion,
    configuration,
    packs,
    inputs: {
      files: inputFiles.map((f) => stripUndefined({ path: f.path, sha256: f.sha256 })),
      sha256: inputHash({
        files: inputFiles,
        config: input.configuration.file && input.configuration.sha256 ? { path: input.configuration.file, sha256: input.configuration.sha256 } : undefined,
        packs: packs.map((p) => ({ name: p.name, version: p.version, sha256: p.sha256 })),
      }),
    },
    summary: {
      files: input.files.length + input.unreadable.length,
      forms: forms.length,
      formKinds: new Set(forms.map((f) => f.kind)).size,
      notAssessed: notAssessed.length,
      errors: all.filter((d) => d.level === "error").length,
      warnings: all.filter((d) => d.level === "warning").length,
      infos: all.filter((d) => d.level === "info").length,
      waivedFindings: input.files.reduce((n, f) => n + f.waived.length, 0),
      waivers: waivers.length,
      expiredWaivers: waivers.filter((w) => w.expired).length,
      flaggedWaivers: waivers.filter((w) => w.problems.length).length,
    },
    kinds,
    matrix,
    statusCounts,
    forms,
    notAssessed,
    otherFindings,
    waivers,
  };
  return { ...report, verdict: verdictOf(report) };
}

/** Recommendation rows (pack order, then report order), then each pack's paragraph rows. */
function rowPlans(input: ReportInput): RowPlan[] {
  const plans: RowPlan[] = recommendationCoverage(input.index, input.rules).map((rec) => ({
    row: stripUndefined({ pack: rec.pack, recommendation: rec.ref, group: rec.group, text: rec.text, partly: rec.partly, rules: rec.rules }),
    notCheckable: rec.notCheckable,
  }));
  // Rules that cite no recommendation still find gaps: each paragraph (or section) they cite is a row.
  const byCitation = new Map<string, RowPlan>();
  for (const r of input.rules) {
    if (r.citations.some((c) => "recommendation" in c)) continue;
    const paragraphs = r.citations.filter((c): c is { paragraph: string } => "paragraph" in c);
    const cited = paragraphs.length ? paragraphs : r.citations.filter((c): c is { section: string } => "section" in c);
    for (const c of cited) {
      const ref = "paragraph" in c ? { paragraph: c.paragraph } : { section: c.section };
      const key = `${r.pack}\n${JSON.stringify(ref)}`;
      const plan = byCitation.get(key) ?? byCitation.set(key, { row: { pack: r.pack, ...ref, rules: [] } }).get(key)!;
      plan.row.rules.push(r.id);
    }
  }
  const extra = [...byCitation.values()].sort(
    (a, b) =>
      a.row.pack.localeCompare(b.row.pack) ||
      Number(a.row.section !== undefined) - Number(b.row.section !== undefined) ||
      (a.row.paragraph !== undefined && b.row.paragraph !== undefined ? compareRefs(a.row.paragraph, b.row.paragraph) : (a.row.section ?? "").localeCompare(b.row.section ?? "")),
  );
  const packOrder = [...new Set([...plans, ...extra].map((p) => p.row.pack))].sort();
  return packOrder.flatMap((pack) => [...plans.filter((p) => p.row.pack === pack), ...extra.filter((p) => p.row.pack === pack)]);
}

function cellFor(kind: string, citing: CompiledRule[], entries: FormEntry[], index: WorkspaceIndex): MatrixCell {
  let forms = 0;
  let met = 0;
  let missing = 0;
  let waived = 0;
  const evidence: NonNullable<MatrixCell["evidence"]> = [];
  for (const e of entries) {
    if (e.kind !== kind) continue;
    const applicable = citing.filter((r) => applies(r.decl.applies, e.form));
    if (applicable.length === 0) continue;
    forms++;
    if (applicable.some((r) => e.unmet.has(r.id))) missing++;
    else if (applicable.some((r) => e.waived.has(r.id))) waived++;
    else {
      met++;
      evidence.push(...evidenceOf(e, applicable, index));
    }
  }
  const status: CellStatus = forms === 0 ? "not-applicable" : missing ? "missing" : waived ? "waived" : "met";
  return { kind, status, forms, met, missing, waived, ...(evidence.length ? { evidence } : {}) };
}

/**
 * The fields (and header properties) of a form that meet the given rules, in form order. With
 * inference on, the form was judged on the model the checker used (each recognised field as if it
 * said `covers`), so a requirement met only there is evidenced from that model, and its recognised
 * fields are marked `inferred`: the report never shows a guess as a stated fact.
 */
function evidenceOf(e: FormEntry, rules: CompiledRule[], index: WorkspaceIndex): NonNullable<MatrixCell["evidence"]> {
  const plain = index.formModel(e.form);
  const judged = e.inferred.size ? withInferredCovers(plain, e.inferred) : plain;
  const seen = new Map<string, { form: string; field: string; line: number; at: number; inferred: boolean }>();
  for (const r of rules) {
    for (const req of r.decl.requires) {
      // A requirement the form meets as written is evidenced as written, whatever was recognised
      // beside it; only one met thanks to inference takes its evidence from the judged model, and
      // there a recognised field is the guess.
      const asWritten = assessRequirement(req, plain);
      const byInference = judged !== plain && asWritten.problems.length > 0;
      for (const ev of byInference ? assessRequirement(req, judged).evidence : asWritten.evidence) {
        const field = evidenceName(ev);
        const at = ev.kind === "field" ? ev.field.field.name.span.start : ev.span.start;
        const inferred = byInference && ev.kind === "field" && e.inferred.has(field);
        const before = seen.get(field);
        if (!before) seen.set(field, { form: e.form.name.text, ...placed(e, field, at), at, inferred });
        else if (!inferred) before.inferred = false;
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.at - b.at).map(({ form, field, line, inferred }) => ({ form, field, line, ...(inferred ? { inferred: true as const } : {}) }));
}

/** A field (or `header …`) as the report names it: a Questionnaire's by linkId at its line in the JSON. */
function placed(e: FormEntry, field: string, at: number): { field: string; line: number } {
  if (!e.places) return { field, line: (e.doc?.lines.position(at).line ?? 0) + 1 };
  const item = e.places.item(field);
  return item ? { field: item.linkId, line: item.line } : { field, line: e.places.line };
}

const evidenceName = (ev: Evidence): string => (ev.kind === "field" ? ev.field.field.name.text : `header ${ev.property}`);

/** The audiences a form names that no loaded pack declares, when there are any. */
function unknownAudiencesOf(form: Form, index: WorkspaceIndex): { unknownAudiences?: string[] } {
  const unknown = [...new Set(form.audiences.map((a) => a.text).filter((a) => a && !index.audiences.has(a)))];
  return unknown.length ? { unknownAudiences: unknown } : {};
}

/** The fields the checker counted by inference, from their `recognised-concept` findings (rules/recognition/infer.ts). */
function inferredFields(diagnostics: Diagnostic[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const d of diagnostics) {
    if (d.data?.kind !== "recognised-concept" || !d.data.inferred) continue;
    out.set(d.data.field, [...(out.get(d.data.field) ?? []), d.data.concept]);
  }
  return out;
}

/** Every rule whose level the configuration changed, as the rule it resolved to. */
function overridesOf(severity: ResolvedSeverity, rules: Map<string, CompiledRule>): AuditReport["configuration"]["overrides"] {
  return Object.entries(severity)
    .map(([rule, to]) => ({ rule, from: rules.get(rule)?.level ?? "default", to }))
    .filter((o) => o.from !== o.to)
    .sort((a, b) => a.rule.localeCompare(b.rule));
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

function packsOf(input: ReportInput): AuditReport["packs"] {
  return [...input.index.packs.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, defs]) => {
      const p = defs[0].node;
      const file = input.packFile(defs[0].uri);
      return stripUndefined({
        name,
        title: p.title?.value,
        version: p.version?.value,
        publisher: p.publisher?.value,
        published: p.published?.value,
        sha256: file.sha256,
        shipped: file.shipped,
      });
    });
}

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
