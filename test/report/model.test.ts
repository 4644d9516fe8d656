import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { hashedText, inputHash, sha256Hex } from "../../report/input-hash";
import { reportJsonSchemaText, reportSchema, type AuditReport } from "../../report/schema";
import { renderJson } from "../../report/json";
import { allExamples, edExamples, example, reportFor, reportIn } from "./fixture";

const row = (report: AuditReport, rec: string) => report.matrix.find((m) => m.recommendation === rec)!;
const cell = (report: AuditReport, rec: string, kind: string) => row(report, rec).cells.find((c) => c.kind === kind)!;
const paragraphCell = (report: AuditReport, paragraph: string, kind: string) => report.matrix.find((m) => m.paragraph === paragraph)!.cells.find((c) => c.kind === kind)!;

const GROUPS = {
  "1": "Dorset CCG and Dorset Healthcare University NHS Foundation Trust should:",
  "2": "Dorset CCG and Dorset County Hospital NHS Foundation Trust should:",
  "3": "Dorset CCG and NHS England should:",
  "4": "Dorset CCG, NHS England and Dorset Healthcare University NHS Foundation Trust should:",
  "5": "Dorset CCG should;",
};

describe("audit report model: the matrix", () => {
  const { report } = reportFor(edExamples());

  it("has a row per recommendation of the report, keyed by pack, in the report's order and under the review's headings", () => {
    const recs = report.matrix.filter((m) => m.recommendation !== undefined);
    expect(recs).toHaveLength(42);
    const refs = recs.map((m) => m.recommendation);
    expect(refs.slice(0, 12)).toEqual(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "1.11", "1.12"]);
    expect(refs.at(-1)).toBe("5.1");
    for (const m of recs) {
      expect(m.pack).toBe("cqc-dorset-2015");
      expect(m.group).toBe(GROUPS[m.recommendation!.split(".")[0] as keyof typeof GROUPS]);
    }
    expect(report.kinds).toEqual(["emergency-department"]);
    for (const m of report.matrix) expect(m.cells.map((c) => c.kind)).toEqual(report.kinds);
  });

  it("has a row for each paragraph cited by rules that cite no recommendation, after the recommendations", () => {
    const others = report.matrix.filter((m) => m.recommendation === undefined);
    expect(report.matrix.findIndex((m) => m.recommendation === undefined)).toBe(42);
    const paragraphs = others.filter((m) => m.paragraph !== undefined);
    expect(paragraphs.length).toBeGreaterThan(30);
    for (const m of others) expect(m.rules.length).toBeGreaterThan(0);
    for (const m of paragraphs) expect(m.paragraph).toMatch(/^\d+(\.\d+)+$/);
    expect(report.matrix.find((m) => m.paragraph === "3.8")!.rules).toContain("cqc-dorset-2015/cpr-impact-and-risk");
  });

  it.each([
    // rec, status, forms it applies to, met, missing, waived — on the four ED examples
    ["2.2", "missing", 2, 1, 1, 0], // accompanying adult: paediatric forms only; the 2015 form lacks it
    ["2.5", "missing", 2, 1, 1, 0], // hidden child: adult forms only
    ["2.9", "partly-met", 4, 4, 0, 0], // safeguarding referral: every ED form has it, and the pack answers 2.9 only in part
    ["2.12", "waived", 2, 1, 0, 1], // paediatric liaison: the 2015 form waives it until 2027-03-31
    ["1.2", "not-applicable", 0, 0, 0, 0], // an MIU recommendation
  ] as const)("recommendation %s on ED forms is %s (%i forms: %i met, %i missing, %i waived)", (rec, status, forms, met, missing, waived) => {
    expect(cell(report, rec, "emergency-department")).toMatchObject({ kind: "emergency-department", status, forms, met, missing, waived });
  });

  it("marks recommendations no form can evidence as not checkable, with the pack's reason", () => {
    expect(cell(report, "1.15", "emergency-department")).toMatchObject({ status: "not-checkable", reason: "Governance of the LAC service" });
    expect(cell(report, "2.3", "emergency-department")).toMatchObject({ status: "not-checkable", reason: "Waiting-area layout" });
  });

  it("says partly met, not met, where the pack answers a recommendation only in part", () => {
    const miu = reportFor({ "miu.form": example("minor-injury-unit.compliant.form") }).report;
    expect(row(miu, "1.1").partly).toBe("Signage is not a form");
    expect(cell(miu, "1.1", "minor-injury-unit")).toMatchObject({ status: "partly-met", met: 1, forms: 1 });
    expect(cell(miu, "1.2", "minor-injury-unit").status).toBe("met");
  });

  it("counts the matrix cells by status", () => {
    const counted: Record<string, number> = {};
    for (const m of report.matrix) for (const c of m.cells) counted[c.status] = (counted[c.status] ?? 0) + 1;
    expect(report.statusCounts).toEqual({ met: 0, "partly-met": 0, missing: 0, waived: 0, "not-applicable": 0, "not-checkable": 0, "no-forms": 0, ...counted });
  });
});

describe("audit report model: every finding has a row, and every met cell its evidence", () => {
  const { report } = reportFor(allExamples());

  it("puts every pack finding of the 46 examples in some row of its pack", () => {
    const findings = report.forms.flatMap((f) => [...f.findings, ...f.waived].filter((x) => x.title !== undefined).map((x) => ({ form: f, ruleId: x.ruleId })));
    expect(findings.length).toBeGreaterThan(100);
    for (const { form, ruleId } of findings) {
      const rows = report.matrix.filter((m) => m.rules.includes(ruleId) && m.pack === ruleId.split("/")[0]);
      expect(rows.length, ruleId).toBeGreaterThan(0);
      const k = report.kinds.indexOf(form.kind);
      expect(rows.some((m) => ["missing", "waived"].includes(m.cells[k].status)), `${ruleId} on ${form.id}`).toBe(true);
    }
  });

  it("shows the 2015 conference report's paragraph-3.8 row as missing", () => {
    const conference = reportFor({ "cpr.form": example("cp-conference-report.noncompliant.form") }).report;
    expect(paragraphCell(conference, "3.8", "cp-conference-report")).toMatchObject({ status: "missing", forms: 1, missing: 1 });
    expect(paragraphCell(report, "3.8", "cp-conference-report")).toMatchObject({ status: "missing", forms: 2, met: 1, missing: 1 });
  });

  it("names the field that meets a requirement: recommendation 2.7 on the compliant antenatal plan", () => {
    const plan = reportFor({ "plan.form": example("antenatal-care-plan.compliant.form") }).report;
    const c = cell(plan, "2.7", "antenatal-care-plan");
    expect(c.status).toBe("met");
    const source = example("antenatal-care-plan.compliant.form").split("\n");
    expect(c.evidence!.length).toBeGreaterThan(0);
    for (const e of c.evidence!) {
      expect(e.form).toBe("antenatal-care-plan-compliant");
      expect(source[e.line - 1]).toContain(e.field.startsWith("header ") ? e.field.slice(7) : `field ${e.field}`);
    }
    expect(c.evidence!.map((e) => e.field)).toContain("seen_alone_planned");
  });

  it("gives evidence for exactly the forms it counts as met", () => {
    for (const m of report.matrix) {
      for (const c of m.cells) {
        const forms = new Set((c.evidence ?? []).map((e) => e.form));
        if (c.status === "met" || c.status === "partly-met") expect(forms.size, `${m.recommendation ?? m.paragraph} ${c.kind}`).toBe(c.met);
        if (c.met === 0) expect(c.evidence).toBeUndefined();
      }
    }
  });
});

describe("audit report model: the verdict", () => {
  it.each([
    ["every compliant ED form", "compliant", /^All 2 forms of 1 kind were assessed, with no unwaived error\.$/, { "a.form": example("emergency-department-adult.compliant.form"), "p.form": example("emergency-department-paediatric.compliant.form") }],
    ["the four ED forms", "non-compliant", /^\d+ unwaived errors in 2 forms or files: ed-adult-noncompliant \(\d+\), ed-paediatric-noncompliant \(\d+\)\.$/, edExamples()],
    // Copies or versions of one Questionnaire share their form id: each is named with its file.
    ["two forms of one id", "non-compliant", /^\d+ unwaived errors in 2 forms or files: ed-adult-noncompliant in a\.form \(\d+\), ed-adult-noncompliant in b\.form \(\d+\)\.$/, { "a.form": example("emergency-department-adult.noncompliant.form"), "b.form": example("emergency-department-adult.noncompliant.form") }],
    ["only unparsable forms", "incomplete", /^Not assessed: a\.form \(a\): 1 syntax error/, { "a.form": 'form a "A" {\n  service emergency-department\n  field x text {\n', "b.form": "form b {{" }],
    ["no form at all", "incomplete", /^No form was assessed\.$/, { "notes.formrules": "// nothing\n" }],
  ] as const)("%s: %s", (_name, status, reason, files) => {
    const { report } = reportFor(files);
    expect(report.verdict.status).toBe(status);
    expect(report.verdict.reasons[0]).toMatch(reason);
  });

  it("lists forms that could not be assessed as not assessed, with their errors, and never as met", () => {
    const { report } = reportFor({ "ok.form": example("emergency-department-adult.compliant.form"), "broken.form": example("emergency-department-paediatric.compliant.form").replace("section", "section {") });
    expect(report.verdict.status).toBe("incomplete");
    expect(report.notAssessed).toEqual([expect.objectContaining({ file: "broken.form", forms: ["ed-paediatric-compliant"], reason: expect.stringMatching(/^\d+ syntax errors?: /) })]);
    expect(report.notAssessed[0].errors[0]).toEqual({ line: 14, column: 11, message: "Expected the section's id but found `{`." });
    expect(report.forms.find((f) => f.id === "ed-paediatric-compliant")!.assessed).toBe(false);
    // 2.2 applies to paediatric forms only: with the paediatric form unassessed it is not met
    expect(cell(report, "2.2", "emergency-department")).toMatchObject({ status: "not-applicable", forms: 0 });
    expect(cell(report, "2.9", "emergency-department")).toMatchObject({ status: "partly-met", forms: 1 });
  });

  it.each([
    ["empty", ""],
    ["comments only", "// Paediatric ED attendance: export failed\n"],
  ])("a form spec that declares no form (%s) is not assessed, so a set of compliant forms with it is incomplete, whatever no-form is set to", (_name, text) => {
    for (const config of [undefined, { rules: { "no-form": "off" } }]) {
      const { report } = reportFor({ "ok.form": example("emergency-department-adult.compliant.form"), "emptied.form": text }, { config });
      expect(report.verdict.status).toBe("incomplete");
      expect(report.verdict.reasons).toEqual(["Not assessed: emptied.form: it declares no form (it is empty, or comments only), so there is no form in it to assess."]);
      expect(report.notAssessed).toEqual([{ file: "emptied.form", forms: [], reason: expect.any(String), errors: [] }]);
    }
  });

  it("reports only unparsable forms' kind as no forms, never clean", () => {
    const { report } = reportFor({ "b.form": 'form b "B" {\n  service emergency-department\n  field x text {\n' });
    expect(report.kinds).toEqual(["emergency-department"]);
    const statuses = new Set(report.matrix.flatMap((m) => m.cells.map((c) => c.status)));
    expect([...statuses].sort()).toEqual(["no-forms", "not-checkable"]);
    expect(report.statusCounts.met + report.statusCounts.missing).toBe(0);
  });

  it("makes expected kinds with no forms visible as no-forms columns, and the verdict incomplete", () => {
    const files = { "a.form": example("emergency-department-adult.compliant.form"), "p.form": example("emergency-department-paediatric.compliant.form") };
    const some = reportFor(files, { expectKinds: ["emergency-department", "minor-injury-unit"] }).report;
    expect(some.kinds).toEqual(["emergency-department", "minor-injury-unit"]);
    expect(cell(some, "1.2", "minor-injury-unit")).toMatchObject({ status: "no-forms", reason: "No forms of this kind were supplied." });
    expect(some.verdict).toEqual({ status: "incomplete", reasons: ["No forms supplied for 1 expected kind: minor-injury-unit."] });
    const all = reportFor(files, { config: { expectKinds: "all" } }).report;
    expect(all.kinds).toHaveLength(22);
    expect(all.configuration.expectKinds).toHaveLength(22);
    expect(all.verdict.reasons[0]).toMatch(/^No forms supplied for 21 expected kinds: adult-mental-health, /);
  });
});

describe("audit report model: nothing hidden by configuration", () => {
  const files = { "plan.form": example("antenatal-care-plan.noncompliant.form") };
  const plain = reportFor(files).report;

  it.each([
    ["a qualified id", { "cqc-dorset-2015/mat-seen-alone": "off" }, [{ rule: "cqc-dorset-2015/mat-seen-alone", from: "error", to: "off" }]],
    ["a bare id", { "mat-seen-alone": "warning" }, [{ rule: "cqc-dorset-2015/mat-seen-alone", from: "error", to: "warning" }]],
    ["a built-in check", { "missing-label": "off" }, [{ rule: "missing-label", from: "default", to: "off" }]],
  ])("lists a rule switched off or re-levelled by %s as the rule it resolves to, and the hash changes", (_name, rules, overrides) => {
    const { report } = reportFor(files, { config: { rules } });
    expect(report.configuration.overrides).toEqual(overrides);
    expect(report.configuration.file).toBe("formguard.config.json");
    expect(report.configuration.sha256).toBe(sha256Hex(JSON.stringify({ rules })));
    expect(report.inputs.sha256).not.toBe(plain.inputs.sha256);
    expect(report.inputs.files).toEqual(plain.inputs.files);
  });

  it("expands a whole pack (PACK/*) into each rule it turns off", () => {
    const { report } = reportFor(files, { config: { rules: { "cqc-dorset-2015/*": "off", "cqc-dorset-2015/mat-seen-alone": "error" } } });
    const rules = report.configuration.overrides.map((o) => o.rule);
    expect(rules.length).toBeGreaterThan(50);
    expect(rules).not.toContain("cqc-dorset-2015/mat-seen-alone");
    expect(report.configuration.overrides.every((o) => o.to === "off")).toBe(true);
  });

  it("shows recommendation 2.7 turned off by the configuration, instead of passing it off as not applicable only", () => {
    expect(cell(plain, "2.7", "antenatal-care-plan").status).toBe("missing");
    const off = reportFor(files, { config: { rules: { "cqc-dorset-2015/mat-seen-alone": "off", "mat-seen-alone-date": "off" } } }).report;
    expect(row(off, "2.7").rules).toEqual(["cqc-dorset-2015/mat-seen-alone", "cqc-dorset-2015/mat-seen-alone-date"]);
    expect(row(off, "2.7").rulesOff).toEqual(row(off, "2.7").rules);
    expect(off.configuration.overrides.map((o) => o.rule)).toEqual(row(off, "2.7").rules);
    expect(cell(off, "2.7", "antenatal-care-plan").status).toBe("not-applicable");
  });

  it("lists every pack with its version and content hash, and the hash covers them", () => {
    const pack = plain.packs.find((p) => p.name === "cqc-dorset-2015")!;
    expect(pack).toMatchObject({ version: "1.0.0", publisher: "Care Quality Commission", shipped: true });
    expect(pack.sha256).toBe(sha256Hex(fs.readFileSync(path.resolve(__dirname, "../../rules/packs/cqc-dorset-2015.formrules"))));
    const extra = "pack extra-pack \"Extra\" {\n  version \"0.1\"\n}\n";
    const withPack = reportFor({ ...files, "extra.formrules": extra }, { config: { packs: ["extra.formrules"] } }).report;
    expect(withPack.packs.find((p) => p.name === "extra-pack")).toMatchObject({ version: "0.1", shipped: false, sha256: sha256Hex(extra) });
  });
});

describe("audit report model: a hash anyone can verify", () => {
  it("hashes each file by its path relative to the project root, the same from any working directory", () => {
    const { dir, report } = reportFor({ "forms/a.form": example("emergency-department-adult.compliant.form"), "forms/sub/p.form": example("emergency-department-paediatric.compliant.form") });
    // no configuration: the root is the files' common folder
    expect(report.inputs.files.map((f) => f.path)).toEqual(["a.form", "sub/p.form"]);
    expect(report.inputs.files[0].sha256).toBe(sha256Hex(example("emergency-department-adult.compliant.form")));
    const fromInside = reportIn(dir, { cwd: "forms/sub", inputs: ["../.."] });
    const fromAbove = reportIn(dir, { cwd: "..", inputs: [path.basename(dir)] });
    expect(fromInside.inputs).toEqual(report.inputs);
    expect(fromAbove.inputs).toEqual(report.inputs);
    expect(fromInside.forms.map((f) => f.file)).toEqual(["a.form", "sub/p.form"]);
    // with a configuration, its folder is the root
    fs.writeFileSync(path.join(dir, "formguard.config.json"), "{}");
    expect(reportIn(dir, { cwd: "forms" }).inputs.files.map((f) => f.path)).toEqual(["forms/a.form", "forms/sub/p.form"]);
  });

  it("is the SHA-256 of the documented lines: files, then configuration, then packs", () => {
    const { report } = reportFor({ "a.form": example("emergency-department-adult.compliant.form") }, { config: { maxWaiverDays: 90 } });
    const pack = report.packs[0];
    const text = `file a.form ${report.inputs.files[0].sha256}\nconfig formguard.config.json ${report.configuration.sha256}\npack ${pack.name} ${pack.version} ${pack.sha256}\n`;
    expect(report.inputs.files.map((f) => f.path)).toEqual(["a.form"]);
    expect(report.inputs.sha256).toBe(sha256Hex(text));
    expect(hashedText({ files: report.inputs.files, config: { path: "formguard.config.json", sha256: report.configuration.sha256! }, packs: [pack] })).toBe(text);
  });

  it("changes with any byte of any input, and not with the order the files are given in", () => {
    const parts = { files: [{ path: "b.form", sha256: sha256Hex("b") }, { path: "a.form", sha256: sha256Hex("a") }], packs: [] };
    expect(inputHash(parts)).toBe(inputHash({ ...parts, files: [...parts.files].reverse() }));
    expect(inputHash(parts)).not.toBe(inputHash({ ...parts, files: [parts.files[0], { path: "a.form", sha256: sha256Hex("a ") }] }));
    expect(inputHash(parts)).not.toBe(inputHash({ ...parts, files: [parts.files[0], { path: "c.form", sha256: sha256Hex("a") }] }));
  });
});

describe("audit report model: waivers an auditor can accept", () => {
  const base = example("emergency-department-paediatric.noncompliant.form");
  const waiverLine = /^ {2}waive cqc-dorset-2015\/ed-paediatric-liaison .*$/m;
  const withWaiver = (w: string, config?: object) => reportFor({ "p.form": base.replace(waiverLine, `  ${w}`) }, { config }).report;

  it.each([
    ["a good waiver", 'waive cqc-dorset-2015/ed-paediatric-liaison "Interim: daily list review" by "Named nurse" until 2027-03-31', []],
    ["an empty reason", 'waive cqc-dorset-2015/ed-paediatric-liaison "" by "Named nurse" until 2027-03-31', ["gives no reason, so it waives nothing"]],
    ["no author", 'waive cqc-dorset-2015/ed-paediatric-liaison "Interim" until 2027-03-31', ["names nobody accountable (no `by`)"]],
    ["no end date", 'waive cqc-dorset-2015/ed-paediatric-liaison "Interim" by "Named nurse"', ["is open-ended (no `until`): it never comes up for review"]],
    ["a term over a year", 'waive cqc-dorset-2015/ed-paediatric-liaison "Interim" by "Named nurse" until 2028-01-01', ["runs 400 days from 2026-11-27, longer than the 365 allowed (maxWaiverDays)"]],
    ["all at once", 'waive cqc-dorset-2015/ed-paediatric-liaison " "', ["gives no reason, so it waives nothing", "names nobody accountable (no `by`)", "is open-ended (no `until`): it never comes up for review"]],
  ])("%s: %j", (_name, waiver, problems) => {
    const r = withWaiver(waiver);
    expect(r.waivers).toHaveLength(1);
    expect(r.waivers[0].problems).toEqual(problems);
    expect(r.summary.flaggedWaivers).toBe(problems.length ? 1 : 0);
  });

  it("an empty reason waives nothing: the gap is missing and the report non-compliant", () => {
    const r = withWaiver('waive cqc-dorset-2015/ed-paediatric-liaison "" by "Named nurse" until 2027-03-31');
    expect(cell(r, "2.12", "emergency-department").status).toBe("missing");
    const form = r.forms[0];
    expect(form.waived).toEqual([]);
    expect(form.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["waiver-without-reason", "cqc-dorset-2015/ed-paediatric-liaison"]));
  });

  it("flags waivers longer than the configuration's maxWaiverDays", () => {
    const r = withWaiver('waive cqc-dorset-2015/ed-paediatric-liaison "Interim" by "Named nurse" until 2027-03-31', { maxWaiverDays: 90 });
    expect(r.configuration.maxWaiverDays).toBe(90);
    expect(r.waivers[0].problems).toEqual(["runs 124 days from 2026-11-27, longer than the 90 allowed (maxWaiverDays)"]);
  });
});

describe("report JSON", () => {
  it("matches its zod schema, version 2", () => {
    const { report } = reportFor(edExamples());
    const parsed = reportSchema().parse(JSON.parse(renderJson(report)));
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed).toEqual(report);
  });

  it("shows each form's version and owner", () => {
    const { report } = reportFor(edExamples());
    const form = report.forms.find((f) => f.id === "ed-adult-compliant")!;
    expect(form.version).toMatch(/\S/);
    expect(form.owner).toMatch(/\S/);
  });

  it("docs/report.schema.json is the schema generated from report/schema.ts (run `npm run schemas` after changing it)", () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "..", "..", "docs", "report.schema.json"), "utf8");
    expect(committed).toBe(reportJsonSchemaText());
  });
});
