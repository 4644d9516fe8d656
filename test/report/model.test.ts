import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../report/model";
import { reportJsonSchemaText, reportSchema } from "../../report/schema";
import { renderJson } from "../../report/json";
import { edExamples, example, reportFor } from "./fixture";

const cell = (report: ReturnType<typeof reportFor>["report"], rec: string, kind: string) =>
  report.matrix.find((m) => m.recommendation === rec)!.cells.find((c) => c.kind === kind)!;

describe("audit report model", () => {
  const { report } = reportFor(edExamples());

  it("has a row for every recommendation of the report, in the report's order, and a column per form kind", () => {
    expect(report.matrix).toHaveLength(42);
    const refs = report.matrix.map((m) => m.recommendation);
    expect(refs.slice(0, 12)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12"]);
    expect(refs.at(-1)).toBe("5.1");
    expect(report.kinds).toEqual(["emergency-department"]);
    for (const row of report.matrix) expect(row.cells.map((c) => c.kind)).toEqual(report.kinds);
  });

  it.each([
    // rec, status, forms it applies to, met, missing, waived — on the four ED examples
    ["2.2", "missing", 2, 1, 1, 0], // accompanying adult: paediatric forms only; the 2015 form lacks it
    ["2.5", "missing", 2, 1, 1, 0], // hidden child: adult forms only
    ["2.9", "met", 4, 4, 0, 0], // safeguarding referral: every ED form has it
    ["2.12", "waived", 2, 1, 0, 1], // paediatric liaison: the 2015 form waives it until 2027-03-31
    ["1.2", "not-applicable", 0, 0, 0, 0], // an MIU recommendation
  ] as const)("recommendation %s on ED forms is %s (%i forms: %i met, %i missing, %i waived)", (rec, status, forms, met, missing, waived) => {
    expect(cell(report, rec, "emergency-department")).toEqual({ kind: "emergency-department", status, forms, met, missing, waived });
  });

  it("marks recommendations no form can evidence as not checkable, with the pack's reason", () => {
    expect(cell(report, "1.15", "emergency-department")).toMatchObject({ status: "not-checkable", reason: "Governance of the LAC service" });
    expect(cell(report, "2.3", "emergency-department")).toMatchObject({ status: "not-checkable", reason: "Waiting-area layout" });
  });

  it("counts the matrix cells by status", () => {
    const counted: Record<string, number> = {};
    for (const row of report.matrix) for (const c of row.cells) counted[c.status] = (counted[c.status] ?? 0) + 1;
    expect(report.statusCounts).toEqual({ met: 0, missing: 0, waived: 0, "not-applicable": 0, "not-checkable": 0, ...counted });
  });

  it("summarises forms, kinds, problems and waivers", () => {
    expect(report.summary).toMatchObject({ files: 4, forms: 4, formKinds: 1, waivers: 1, expiredWaivers: 0, waivedFindings: 1 });
    const errors = report.forms.flatMap((f) => f.findings).filter((f) => f.level === "error").length;
    expect(report.summary.errors).toBe(errors);
    expect(errors).toBeGreaterThan(0);
  });

  it("lists each unmet requirement of a form with its citations and the report's words", () => {
    const form = report.forms.find((f) => f.id === "ed-paediatric-noncompliant")!;
    const accompanying = form.findings.find((f) => f.ruleId === "cqc-dorset-2015/ed-accompanying-adult")!;
    expect(accompanying.citations).toEqual([{ recommendation: "2.2" }, { paragraph: "1.20" }]);
    expect(accompanying.quotes.join(" ")).toContain("not explicitly recorded");
    expect(form.waived.map((w) => [w.ruleId, w.waiver.by])).toEqual([["cqc-dorset-2015/ed-paediatric-liaison", "Named nurse for safeguarding children, Dorset County Hospital"]]);
  });

  it("lists every waiver, and once its date has passed shows it expired and the gap missing", () => {
    const later = reportFor(edExamples(), { today: "2027-04-01" }).report;
    expect(later.waivers).toEqual([
      expect.objectContaining({ rule: "cqc-dorset-2015/ed-paediatric-liaison", form: "ed-paediatric-noncompliant", until: "2027-03-31", expired: true }),
    ]);
    expect(later.summary.expiredWaivers).toBe(1);
    expect(cell(later, "2.12", "emergency-department")).toMatchObject({ status: "missing", missing: 1 });
  });

  it("treats a rule the configuration turned off as not applicable", () => {
    const off = reportFor(edExamples(), { config: { rules: { "cqc-dorset-2015/ed-paediatric-liaison": "off" } } }).report;
    expect(cell(off, "2.12", "emergency-department").status).toBe("not-applicable");
  });

  it("puts forms without a service in a column of their own", () => {
    const r = reportFor({ "a.form": `form loose "No service" {\n  field x text {\n    label "X"\n  }\n}\n` }).report;
    expect(r.kinds).toEqual(["(none)"]);
    expect(r.forms[0].kind).toBe("(none)");
  });

  it("records versions and a content hash of the inputs in sorted path order", () => {
    expect(report.packs.find((p) => p.name === "cqc-dorset-2015")).toMatchObject({ version: "1.0.0", publisher: "Care Quality Commission" });
    expect(report.inputs.files).toEqual([...report.inputs.files].sort());
    const files = [
      { filePath: "b.form", source: "form b {}" },
      { filePath: "a.form", source: "form a {}" },
    ];
    expect(contentHash(files)).toBe(contentHash([...files].reverse()));
    expect(contentHash(files)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash([files[0], { ...files[1], source: "form a { }" }])).not.toBe(contentHash(files));
    // a name and its content cannot trade characters and keep the hash
    expect(contentHash([{ filePath: "ab", source: "c" }])).not.toBe(contentHash([{ filePath: "a", source: "bc" }]));
    const dir = reportFor({ "x.form": example("emergency-department-adult.compliant.form") });
    expect(dir.report.inputs.sha256).toBe(contentHash([{ filePath: "x.form", source: example("emergency-department-adult.compliant.form") }]));
  });
});

describe("report JSON", () => {
  it("matches its zod schema, version 1", () => {
    const { report } = reportFor(edExamples());
    const parsed = reportSchema.parse(JSON.parse(renderJson(report)));
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed).toEqual(report);
  });

  it("docs/report.schema.json is the schema generated from report/schema.ts (run `npm run schemas` after changing it)", () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "report.schema.json"), "utf8");
    expect(committed).toBe(reportJsonSchemaText());
  });
});
