/**
 * The audit report's data, as one versioned shape. The JSON renderer writes exactly this; the
 * HTML and Markdown renderers draw from it. `docs/report.schema.json` is generated from this
 * schema (`npm run schemas`) and a test keeps the committed file in step.
 *
 * Versioning: `schemaVersion` changes only when a field is removed or changes meaning; new
 * optional fields may appear within a version.
 */
import { z } from "zod";

export const CELL_STATUSES = ["met", "missing", "waived", "not-applicable", "not-checkable"] as const;
export type CellStatus = (typeof CELL_STATUSES)[number];

const level = z.enum(["error", "warning", "info"]);

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

const cell = z
  .object({
    kind: z.string().describe("The form kind (a form's service) this column stands for."),
    status: z.enum(CELL_STATUSES),
    forms: z.number().int().min(0).describe("Forms of this kind to which a rule citing the recommendation applies."),
    met: z.number().int().min(0).describe("Of those, forms meeting every such rule."),
    missing: z.number().int().min(0).describe("Forms with an unmet, unwaived requirement."),
    waived: z.number().int().min(0).describe("Forms whose only unmet requirements are waived."),
    reason: z.string().optional().describe("Why no form can evidence the recommendation (status not-checkable)."),
  })
  .strict();

export const reportSchema = z
  .object({
    schemaVersion: z.literal(1),
    title: z.string(),
    generatedAt: z.string().describe("When the report was made (ISO 8601)."),
    today: z.string().describe("The date waiver expiry was judged against (YYYY-MM-DD)."),
    formguardVersion: z.string(),
    packs: z.array(
      z
        .object({
          name: z.string(),
          title: z.string().optional(),
          version: z.string().optional(),
          publisher: z.string().optional(),
          published: z.string().optional(),
        })
        .strict(),
    ),
    inputs: z
      .object({
        files: z.array(z.string()).describe("The checked files, sorted, as displayed (relative to the working directory where possible)."),
        sha256: z.string().regex(/^[0-9a-f]{64}$/).describe("SHA-256 over each file's path and content, in sorted path order: cite it to name exactly what was checked."),
      })
      .strict(),
    summary: z
      .object({
        files: z.number().int().min(0),
        forms: z.number().int().min(0),
        formKinds: z.number().int().min(0),
        errors: z.number().int().min(0),
        warnings: z.number().int().min(0),
        infos: z.number().int().min(0),
        waivedFindings: z.number().int().min(0),
        waivers: z.number().int().min(0),
        expiredWaivers: z.number().int().min(0),
      })
      .strict(),
    kinds: z.array(z.string()).describe("The matrix's columns: every form kind (service) among the checked forms, sorted; \"(none)\" for forms without a service."),
    matrix: z.array(
      z
        .object({
          pack: z.string().describe("The pack whose source the recommendation belongs to: two packs may both have a recommendation 2.2."),
          recommendation: z.string(),
          text: z.string().optional(),
          partly: z.string().optional().describe("What part of the recommendation is not a form."),
          rules: z.array(z.string()),
          cells: z.array(cell).describe("One per kind, in the order of `kinds`."),
        })
        .strict(),
    ),
    statusCounts: z.object(Object.fromEntries(CELL_STATUSES.map((s) => [s, z.number().int().min(0)])) as Record<CellStatus, z.ZodNumber>).strict().describe("Matrix cells by status."),
    forms: z.array(
      z
        .object({
          id: z.string(),
          title: z.string().optional(),
          kind: z.string(),
          audiences: z.array(z.string()),
          file: z.string(),
          line: z.number().int().min(1),
          findings: z.array(finding),
          waived: z.array(waivedFinding),
        })
        .strict(),
    ),
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
        })
        .strict(),
    ),
  })
  .strict();

export type AuditReport = z.infer<typeof reportSchema>;
export type ReportFinding = z.infer<typeof finding>;
export type MatrixCell = z.infer<typeof cell>;

/** The JSON Schema committed as docs/report.schema.json (`npm run schemas` writes it). */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + "\n";
}


export function reportJsonSchema(): object {
  return {
    ...(z.toJSONSchema(reportSchema) as object),
    title: "formguard audit report",
    description: "The output of `formguard report --format json` (schemaVersion 1).",
  };
}
