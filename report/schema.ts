/**
 * The audit report's data, as one versioned shape. The JSON renderer writes exactly this; the
 * HTML and Markdown renderers draw from it. `docs/report.schema.json` is generated from this
 * schema (`npm run schemas`) and a test keeps the committed file in step.
 *
 * Versioning: `schemaVersion` changes only when a field is removed or changes meaning; new
 * optional fields may appear within a version.
 */
import { z } from "zod";
import { lazy } from "../language/lazy";

import { CELL_STATUSES, VERDICTS, type CellStatus } from "./statuses";

export { CELL_STATUSES, VERDICTS, type CellStatus, type VerdictStatus } from "./statuses";

/** The schemas, built on first use: only `report` (and the schema export) needs them, never a lint. */
const schemas = lazy(() => {
  const level = z.enum(["error", "warning", "info"]);
  const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

  const citation = z
    .union([z.object({ recommendation: z.string() }).strict(), z.object({ paragraph: z.string() }).strict(), z.object({ section: z.string() }).strict()])
    .describe("Exactly one of recommendation, paragraph or section (an unnumbered part of the report).");

  const finding = z
    .object({
      ruleId: z.string().describe("Qualified pack rule id (pack/rule) or a built-in check's id."),
      level,
      title: z.string().optional().describe("The rule's title (pack rules only)."),
      message: z.string(),
      line: z.number().int().min(1),
      column: z.number().int().min(1),
      endLine: z.number().int().min(1),
      endColumn: z.number().int().min(1),
      citations: z.array(citation),
      quotes: z.array(z.string()).describe("The report's own words the rule rests on."),
    })
    .strict();

  const waivedFinding = finding
    .extend({
      waiver: z.object({ reason: z.string(), by: z.string().optional(), until: z.string().optional() }).strict(),
    })
    .strict();

  const evidence = z
    .object({
      form: z.string(),
      field: z.string().describe("The field id that meets the requirement, or `header PROPERTY` for a required header property."),
      line: z.number().int().min(1),
      inferred: z
        .literal(true)
        .optional()
        .describe("The field counts only because its label was recognised as asking this (inference on: --infer, config infer): a guess until the form says `covers`."),
    })
    .strict();

  const cell = z
    .object({
      kind: z.string().describe("The form kind (a form's service) this column stands for."),
      status: z.enum(CELL_STATUSES),
      forms: z.number().int().min(0).describe("Forms of this kind to which a rule of the row applies."),
      met: z.number().int().min(0).describe("Of those, forms meeting every such rule."),
      missing: z.number().int().min(0).describe("Forms with an unmet, unwaived requirement."),
      waived: z.number().int().min(0).describe("Forms whose only unmet requirements are waived."),
      reason: z.string().optional().describe("Why no form can evidence the recommendation (not-checkable), or why nothing was checked (no-forms)."),
      evidence: z.array(evidence).optional().describe("What meets the row's rules on the forms that meet them: each field, with its form and line."),
    })
    .strict();

  const matrixRow = z
    .object({
      pack: z.string().describe("The pack the row belongs to: rows are keyed by (pack, recommendation) or (pack, paragraph)."),
      recommendation: z.string().optional().describe("The recommendation this row answers."),
      paragraph: z.string().optional().describe("For rules citing no recommendation: the paragraph they cite (no `recommendation` then)."),
      section: z.string().optional().describe("For rules citing neither: the unnumbered part of the report they cite."),
      group: z.string().optional().describe("The review's heading over this recommendation (who must act), where the pack declares it."),
      text: z.string().optional(),
      partly: z.string().optional().describe("What part of the recommendation is not a form: a cell whose forms meet the rules says partly-met."),
      rules: z.array(z.string()),
      rulesOff: z.array(z.string()).describe("Rules of this row the configuration turned off: checked on no form."),
      cells: z.array(cell).describe("One per kind, in the order of `kinds`."),
    })
    .strict();

  const report = z
    .object({
      schemaVersion: z.literal(2),
      title: z.string(),
      generatedAt: z.string().describe("When the report was made (ISO 8601)."),
      today: z.string().describe("The date waiver expiry was judged against (YYYY-MM-DD)."),
      formguardVersion: z.string(),
      verdict: z
        .object({
          status: z.enum(VERDICTS).describe("compliant: every input assessed and no unwaived error; non-compliant: an unwaived error-level finding; incomplete: some input could not be assessed (and nothing is non-compliant)."),
          reasons: z.array(z.string()).describe("Why, in words."),
        })
        .strict(),
      configuration: z
        .object({
          file: z.string().optional().describe("The configuration file, relative to the project root; absent when none was found."),
          sha256: sha256.optional(),
          overrides: z
            .array(z.object({ rule: z.string(), from: z.string().describe("The rule's own level (`default` for a built-in check)."), to: z.enum(["off", "info", "warning", "error"]) }).strict())
            .describe("Every rule the configuration switched off or re-levelled, as the rule it resolves to (pack-wide and bare keys expanded)."),
          expectKinds: z.array(z.string()).describe("Form kinds the report expected forms of (--expect-kinds, config expectKinds)."),
          maxWaiverDays: z.number().int().min(1).describe("Longest a waiver may run from today before it is flagged."),
          infer: z
            .boolean()
            .optional()
            .describe("Whether concepts recognised from field labels counted as covered (--infer, config infer); what they meet is marked `inferred`. Absent in reports made before it was recorded."),
        })
        .strict(),
      packs: z.array(
        z
          .object({
            name: z.string(),
            title: z.string().optional(),
            version: z.string().optional(),
            publisher: z.string().optional(),
            published: z.string().optional(),
            sha256: sha256.describe("SHA-256 of the pack file's content."),
            shipped: z.boolean().describe("Shipped with formguard (else loaded from the configuration or --rules)."),
          })
          .strict(),
      ),
      inputs: z
        .object({
          files: z.array(z.object({ path: z.string().describe("Relative to the project root, with /."), sha256: sha256.optional().describe("Absent only when the file could not be read at all.") }).strict()),
          sha256: sha256.describe("SHA-256 over every file's path and hash, the configuration's hash and every pack's name, version and hash (docs/report.md): `formguard report --verify` recomputes it."),
        })
        .strict(),
      summary: z
        .object({
          files: z.number().int().min(0),
          forms: z.number().int().min(0),
          formKinds: z.number().int().min(0),
          notAssessed: z.number().int().min(0).describe("Files or forms that could not be assessed."),
          errors: z.number().int().min(0),
          warnings: z.number().int().min(0),
          infos: z.number().int().min(0),
          waivedFindings: z.number().int().min(0),
          waivers: z.number().int().min(0),
          expiredWaivers: z.number().int().min(0),
          flaggedWaivers: z.number().int().min(0).describe("Waivers with at least one problem."),
        })
        .strict(),
      kinds: z.array(z.string()).describe("The matrix's columns: every form kind among the checked forms and every expected kind, sorted; \"(none)\" for forms without a service."),
      matrix: z.array(matrixRow),
      statusCounts: z.object(Object.fromEntries(CELL_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<CellStatus, z.ZodNumber>).strict().describe("Matrix cells by status."),
      forms: z.array(
        z
          .object({
            id: z.string(),
            title: z.string().optional(),
            kind: z.string(),
            audiences: z.array(z.string()),
            version: z.string().optional(),
            owner: z.string().optional(),
            file: z.string(),
            line: z.number().int().min(1),
            assessed: z.boolean().describe("False when its file has syntax errors: its findings are shown but count for nothing."),
            unknownKind: z
              .literal(true)
              .optional()
              .describe("The form names a kind (service) no loaded pack declares: only the requirements for every form were checked on it, so the report is at best incomplete."),
            unknownAudiences: z
              .array(z.string())
              .optional()
              .describe("Audiences the form names that no loaded pack declares: requirements for them were not checked on it, so the report is at best incomplete."),
            findings: z.array(finding),
            waived: z.array(waivedFinding),
          })
          .strict(),
      ),
      notAssessed: z
        .array(
          z
            .object({
              file: z.string(),
              forms: z.array(z.string()).describe("Forms in the file, as far as it could be read."),
              reason: z.string(),
              errors: z.array(z.object({ line: z.number().int().min(1), column: z.number().int().min(1), message: z.string() }).strict()),
            })
            .strict(),
        )
        .describe("Inputs that could not be assessed: syntax errors, unreadable files, Questionnaires that failed to import."),
      otherFindings: z
        .array(z.object({ file: z.string(), findings: z.array(finding) }).strict())
        .describe("Problems outside any form (rule packs, syntax errors before a form)."),
      waivers: z.array(
        z
          .object({
            rule: z.string(),
            form: z.string(),
            file: z.string(),
            line: z.number().int().min(1),
            reason: z.string(),
            by: z.string().optional(),
            until: z.string().optional(),
            expired: z.boolean(),
            problems: z.array(z.string()).describe("What an auditor should question, in words: no reason, nobody accountable, open-ended, too long, expired."),
          })
          .strict(),
      ),
    })
    .strict();
  return { finding, cell, matrixRow, report };
});
type Schemas = ReturnType<typeof schemas>;

/** The audit report's schema. */
export const reportSchema = () => schemas().report;

export type AuditReport = z.infer<Schemas["report"]>;
export type ReportFinding = z.infer<Schemas["finding"]>;
export type MatrixCell = z.infer<Schemas["cell"]>;
export type MatrixRow = z.infer<Schemas["matrixRow"]>;
export type Verdict = AuditReport["verdict"];

/** The JSON Schema committed as docs/report.schema.json (`npm run schemas` writes it). */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + "\n";
}


export function reportJsonSchema(): object {
  return {
    ...(z.toJSONSchema(reportSchema()) as object),
    title: "formguard audit report",
    description: "The output of `formguard report --format json` (schemaVersion 2).",
  };
}
