import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { SUMMARY_LIMIT } from "../../report/markdown";
import { reportSchema } from "../../report/schema";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { allExamples, edExamples, example } from "./fixture";

beforeAll(() => buildOnce());

const compliant = () => ({ "a.form": example("emergency-department-adult.compliant.form"), "p.form": example("emergency-department-paediatric.compliant.form") });
const readJson = (file: string) => reportSchema().parse(JSON.parse(fs.readFileSync(file, "utf8")));

describe("formguard report", () => {
  it.each([
    ["html", /^<!DOCTYPE html>/],
    ["markdown", /^## formguard audit report\n\n\*\*Verdict: ✗ Non-compliant\*\*/],
    ["json", /^\{\n {2}"schemaVersion": 2,/],
  ])("writes --format %s, and exits 1 when the verdict is non-compliant", (format, start) => {
    const dir = tempDir(edExamples());
    const out = path.join(dir, "out", `report.${format}`);
    fs.mkdirSync(path.dirname(out));
    const r = run(["report", ".", "--format", format, "--output", out, "--today", "2026-11-27"], { cwd: dir });
    expect(r.stderr).toMatch(/^formguard: wrote .*report\.\w+ \(4 forms, \d+ errors, \d+ warnings\): non-compliant\.\n$/);
    expect(r.status).toBe(1);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toMatch(start);
    if (format === "json") {
      const report = readJson(out);
      expect(report.summary.forms).toBe(4);
      expect(report.today).toBe("2026-11-27");
      expect(report.verdict.status).toBe("non-compliant");
      expect(report.formguardVersion).toBe(JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")).version);
    }
  });

  it.each([
    ["compliant forms", 0, "compliant", compliant(), []],
    ["only unparsable forms", 1, "incomplete", { "a.form": 'form a "A" {\n  service emergency-department\n  field x text {\n' }, []],
    ["compliant forms, expecting a kind with none", 1, "incomplete", compliant(), ["--expect-kinds", "emergency-department,minor-injury-unit"]],
    ["compliant forms, expecting every kind", 1, "incomplete", compliant(), ["--expect-kinds", "all"]],
  ] as const)("%s: exit %i, %s, and the report is written", (_name, status, verdict, files, flags) => {
    const dir = tempDir(files);
    const r = run(["report", ".", "--format", "json", "--output", "r.json", ...flags], { cwd: dir });
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(new RegExp(`: ${verdict}\\.\\n$`));
    expect(readJson(path.join(dir, "r.json")).verdict.status).toBe(verdict);
  });

  it("lists a file it cannot read as not assessed, writes the report and exits 1", () => {
    const dir = tempDir({ ...compliant(), "broken.form": Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00]) });
    const r = run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.form: cannot read: .* \(listed as not assessed\)/);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.verdict.status).toBe("incomplete");
    expect(report.notAssessed).toEqual([expect.objectContaining({ file: "broken.form", forms: [] })]);
    expect(report.inputs.files.map((f) => f.path)).toEqual(["a.form", "broken.form", "p.form"]);
  });

  it.each([
    [["report", "."], /--output FILE is required/],
    [["report", ".", "--output", "r.html", "--format", "pdf"], /--format must be one of html, markdown, json \(got "pdf"\)/],
    [["report", "nowhere", "--output", "r.html"], /No such file or directory: nowhere/],
    [["report", ".", "--output", "r.html", "--today", "soon"], /--today must be a date/],
    [["report", ".", "--output", "r.html", "--expect-kinds", "emergency-departmen"], /--expect-kinds: "emergency-departmen" is not a form kind any loaded pack declares \(did you mean "emergency-department"\?\)/],
    [["report", ".", "--output", "r.html", "--expect-kinds", ","], /--expect-kinds needs "all" or a comma-separated list/],
    [["report", ".", "--output", "r.html", "--summary", "--format", "json"], /--summary is a Markdown mode/],
    [["report", "--verify", "nowhere.json"], /--verify: nowhere\.json: cannot read/],
    [["report", "--verify", "emergency-department-adult.compliant.form"], /not a JSON or HTML report written by formguard report/],
    // a file stands where the output's folder should be
    [["report", ".", "--output", "emergency-department-adult.compliant.form/r.html"], /cannot write emergency-department-adult\.compliant\.form\/r\.html: E[A-Z]+/],
  ])("exits 2 with one line on bad usage: %j", (args, message) => {
    const dir = tempDir(edExamples());
    const r = run(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it.each([
    [{ maxWaiverDays: 0 }, /formguard\.config\.json: \$\.maxWaiverDays: /],
    [{ expectKinds: "some" }, /formguard\.config\.json: \$\.expectKinds: /],
    [{ expectKinds: ["emergency-department", "maternity"] }, /formguard\.config\.json: \$\.expectKinds: "maternity" is not a form kind any loaded pack declares/],
  ])("exits 2 on a bad report setting in the configuration: %j", (config, message) => {
    const dir = tempDir({ ...compliant(), "formguard.config.json": JSON.stringify(config) });
    const r = run(["report", ".", "--output", "r.html"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(path.join(dir, "r.html"))).toBe(false);
  });

  it("--summary stays under 60,000 characters on the 46 examples, with the verdict and the problem rows", () => {
    const dir = tempDir(allExamples());
    const r = run(["report", ".", "--summary", "--output", "s.md", "--today", "2026-11-27"], { cwd: dir });
    expect(r.status).toBe(1);
    const md = fs.readFileSync(path.join(dir, "s.md"), "utf8");
    expect(md.length).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toMatch(/^## formguard audit report\n\n\*\*Verdict: ✗ Non-compliant\*\*/);
    expect(md).toContain("#### Dorset CCG and NHS England should: (`cqc-dorset-2015`)");
    expect(md).toMatch(/^\| 2\.2 \|/m);
    expect(md).toMatch(/^\| ¶ 3\.8 \|/m);
  });

  it("is listed in the usage and has --help", () => {
    expect(run(["--help"]).stdout).toMatch(/^ {2}report +write an audit report/m);
    const help = run(["report", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: formguard report/);
  });
});

describe("formguard report --verify", () => {
  it.each(["json", "html"])("says the inputs are the same (exit 0), from another folder too, and catches a one-byte change (exit 1) — %s report", (format) => {
    const dir = tempDir({ "forms/a.form": example("emergency-department-adult.compliant.form"), "forms/p.form": example("emergency-department-paediatric.noncompliant.form") });
    const report = path.join(dir, `r.${format}`);
    expect(run(["report", "forms", "--format", format, "--output", report], { cwd: dir }).status).toBe(1);
    const same = run(["report", "--verify", report, "forms"], { cwd: dir });
    expect(same.stdout).toMatch(/^formguard: the inputs are the ones .* names: SHA-256 [0-9a-f]{64} \(2 files\)\.\n$/);
    expect(same.status).toBe(0);
    expect(run(["report", "--verify", report], { cwd: path.join(dir, "forms") }).status).toBe(0);

    const file = path.join(dir, "forms", "a.form");
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x20 ? 0x21 : 0x20;
    fs.writeFileSync(file, bytes);
    const changed = run(["report", "--verify", report, "forms"], { cwd: dir });
    expect(changed.status).toBe(1);
    expect(changed.stdout).toMatch(/^ {2}changed: a\.form\nformguard: the inputs differ from .*: it names SHA-256 [0-9a-f]{64}, they now give [0-9a-f]{64}\.\n$/);
  });

  it("catches a configuration that turns a rule off", () => {
    const dir = tempDir(compliant());
    expect(run(["report", ".", "--format", "json", "--output", "../r.json"], { cwd: dir }).status).toBe(0);
    fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ rules: { "cqc-dorset-2015/ed-accompanying-adult": "off" } }));
    const r = run(["report", "--verify", "../r.json"], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("  configuration: none → formguard.config.json\n");
  });
});

describe("formguard report with inference: a guess is never shown as a stated fact", () => {
  // The compliant paediatric ED form with its accompanying adult's fields untagged: only their labels say what they ask.
  const untagged = () => ({
    "ed.form": example("emergency-department-paediatric.compliant.form")
      .replace(/^(\s*)covers accompanying-adult\.(name|relationship)\n/gm, "")
      .replace('label "Relationship of that adult to the child"', 'label "Relationship of the accompanying adult to the child"'),
  });
  const row22 = (report: ReturnType<typeof readJson>) => report.matrix.find((m) => m.recommendation === "2.2")!.cells[0];

  it("without inference the untagged fields meet nothing: recommendation 2.2 is missing, and the report says inference was off", () => {
    const dir = tempDir(untagged());
    expect(run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir }).status).toBe(1);
    const report = readJson(path.join(dir, "r.json"));
    expect(row22(report).status).toBe("missing");
    expect(report.configuration.infer).toBe(false);
  });

  it.each([
    ["--infer", { "formguard.config.json": "{}" }, ["--infer"]],
    ['the config\'s "infer": true', { "formguard.config.json": '{ "infer": true }' }, []],
  ] as const)("with %s: recommendation 2.2 is met, its evidence marked inferred, and the verdict says so", (_how, config, flags) => {
    const dir = tempDir({ ...untagged(), ...config });
    const r = run(["report", ".", "--format", "json", "--output", "r.json", ...flags], { cwd: dir });
    expect(r.status).toBe(0);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.configuration.infer).toBe(true);
    const cell = row22(report);
    expect(cell.status).toBe("met");
    expect(cell.evidence).toEqual([
      { form: "ed-paediatric-compliant", field: "accompanying_name", line: expect.any(Number), inferred: true },
      { form: "ed-paediatric-compliant", field: "accompanying_relationship", line: expect.any(Number), inferred: true },
    ]);
    // Evidence a field states itself is not marked.
    const stated = report.matrix.flatMap((m) => m.cells.flatMap((c) => c.evidence ?? [])).filter((e) => e.field === "child_name" || !e.field.startsWith("accompanying"));
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.every((e) => e.inferred === undefined)).toBe(true);
    expect(report.verdict.status).toBe("compliant");
    expect(report.verdict.reasons).toContain(
      '1 row is met on 1 form (ed-paediatric-compliant) only by fields recognised from their labels, with inference on: each is marked "inferred" in its evidence, and is a guess until the form says "covers".',
    );
  });

  it("says it in the HTML and Markdown too: in the matrix cell, the form's evidence and the configuration", () => {
    const dir = tempDir(untagged());
    run(["report", ".", "--infer", "--output", "r.html"], { cwd: dir });
    run(["report", ".", "--infer", "--format", "markdown", "--output", "r.md"], { cwd: dir });
    const html = fs.readFileSync(path.join(dir, "r.html"), "utf8");
    expect(html).toContain("1 of 1 (inferred)");
    expect(html).toMatch(/accompanying_name \(line \d+, inferred from the label\), accompanying_relationship \(line \d+, inferred from the label\)/);
    expect(html).toContain("Inference is on: a field whose label was recognised as asking for a concept counted as covering it");
    const md = fs.readFileSync(path.join(dir, "r.md"), "utf8");
    expect(md).toContain("| 2.2 | ✓ (inferred) |");
    expect(md).toContain("Inference is on:");
  });

  it("takes --service and --audience for Questionnaires that declare no kind, as lint does", () => {
    const dir = tempDir({ "registration.json": fs.readFileSync(path.resolve(__dirname, "../fixtures/fhir/real/who-emcare-registration-e.json"), "utf8") });
    run(["report", ".", "--format", "json", "--output", "r.json", "--service", "emergency-department", "--audience", "child", "--infer"], { cwd: dir });
    const report = readJson(path.join(dir, "r.json"));
    expect(report.forms.map((f) => f.kind)).toEqual(["emergency-department"]);
    expect(report.configuration.infer).toBe(true);
    const bad = run(["report", ".", "--output", "r.html", "--audience", "child"], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("formguard report: --audience goes with --service.");
  });
});

describe("formguard report: a Questionnaire it could not read is never counted as assessed", () => {
  // The item type misspelt: the Questionnaire's shape is invalid, so none of its questions are read.
  const broken = JSON.stringify(
    {
      resourceType: "Questionnaire",
      status: "draft",
      name: "Notification",
      useContext: [{ code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code: "program" }, valueCodeableConcept: { coding: [{ system: "https://formguard.dev/services", code: "gp-notification" }] } }],
      item: [{ linkId: "a", text: "Who came with the child?", type: "sting" }],
    },
    null,
    2,
  );
  it.each([
    ["at its own level (error)", undefined, 1],
    ["with fhir-schema lowered to a warning", "warning", 1],
    ["with fhir-schema switched off", "off", 0],
  ] as const)("%s: listed as not assessed, with why, and the verdict is incomplete, not compliant", (_how, level, errors) => {
    const dir = tempDir({ "bad.json": broken, "gp.form": example("gp-notification.compliant.form"), ...(level ? { "formguard.config.json": JSON.stringify({ rules: { "fhir-schema": level } }) } : {}) });
    const r = run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir });
    expect(r.status).toBe(1);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.verdict.status).toBe("incomplete");
    expect(report.notAssessed).toEqual([
      {
        file: "bad.json",
        forms: [],
        reason: "it is not a valid FHIR R4 Questionnaire (its fhir-schema findings say where), so its questions could not be read, and nothing in it counts as met",
        errors: errors ? [expect.objectContaining({ line: expect.any(Number), message: expect.stringContaining('not "sting"') })] : [],
      },
    ]);
    expect(report.verdict.reasons).toContain("Not assessed: bad.json: it is not a valid FHIR R4 Questionnaire (its fhir-schema findings say where), so its questions could not be read, and nothing in it counts as met.");
  });
});

describe("formguard report: a form of a kind no loaded pack declares is never a pass", () => {
  // The service misspelt: no requirement of the GP notification applies to the form.
  const misspelt = () => ({ "gp.form": example("gp-notification.noncompliant.form").replace("service gp-notification", "service gp-notifcation") });
  const reason = "1 form (gp-notification-noncompliant) names a kind no loaded pack declares (gp-notifcation): only the requirements for every form were checked on it.";

  it("with unknown-service switched off: incomplete, with the reason, and the form marked in every format", () => {
    const dir = tempDir({ ...misspelt(), "formguard.config.json": JSON.stringify({ rules: { "unknown-service": "off" } }) });
    expect(run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir }).status).toBe(1);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.verdict).toEqual({ status: "incomplete", reasons: [reason] });
    expect(report.forms[0]).toMatchObject({ kind: "gp-notifcation", assessed: true, unknownKind: true });
    run(["report", ".", "--output", "r.html"], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, "r.html"), "utf8")).toContain("Its kind, gp-notifcation, is declared by no loaded pack: only the requirements for every form were checked on it.");
    run(["report", ".", "--format", "markdown", "--output", "r.md"], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, "r.md"), "utf8")).toContain(`- ${reason}`);
  });

  it("at its own level: still non-compliant (the unknown-service error), and the reason is given too", () => {
    const dir = tempDir(misspelt());
    run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir });
    const report = readJson(path.join(dir, "r.json"));
    expect(report.verdict.status).toBe("non-compliant");
    expect(report.verdict.reasons).toContain(reason);
  });

  it("a form of a declared kind is not marked", () => {
    const dir = tempDir({ "gp.form": example("gp-notification.compliant.form") });
    run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir });
    const report = readJson(path.join(dir, "r.json"));
    expect(report.forms[0].unknownKind).toBeUndefined();
    expect(report.verdict.status).toBe("compliant");
  });
});

describe("formguard report: a form naming an audience no loaded pack declares is never a pass", () => {
  it("with unknown-audience switched off, the paediatric ED form misspelling `child` is incomplete, not compliant", () => {
    const form = example("emergency-department-paediatric.noncompliant.form").replace(/^ {2}audience child$/m, "  audience chlid");
    const dir = tempDir({ "ed.form": form, "formguard.config.json": JSON.stringify({ rules: { "unknown-audience": "off" } }) });
    expect(run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir }).status).toBe(1);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.forms[0].unknownAudiences).toEqual(["chlid"]);
    expect(report.verdict).toEqual({
      status: "incomplete",
      reasons: ["1 form (ed-paediatric-noncompliant) names an audience no loaded pack declares (chlid): the requirements for that audience were not checked on it."],
    });
    run(["report", ".", "--output", "r.html"], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, "r.html"), "utf8")).toContain("No loaded pack declares its audience chlid: the requirements for it were not checked.");
  });
});

describe("formguard report on FHIR Questionnaires: the matrix says what lint says", () => {
  const emcare = () => fs.readFileSync(path.resolve(__dirname, "../fixtures/fhir/real/who-emcare-registration-e.json"), "utf8");

  it("a Questionnaire missing the ED prompts shows them missing, not met (its findings were placed outside its form)", () => {
    const dir = tempDir({ "registration.json": emcare() });
    run(["report", ".", "--format", "json", "--output", "r.json", "--service", "emergency-department", "--audience", "child"], { cwd: dir });
    const report = readJson(path.join(dir, "r.json"));
    const cell = (rec: string) => report.matrix.find((m) => m.recommendation === rec)!.cells[0];
    // 2.2: who accompanies the child (the form asks, but optionally); 2.8: did not wait.
    expect(cell("2.2")).toMatchObject({ status: "missing", missing: 1, met: 0 });
    expect(cell("2.8")).toMatchObject({ status: "missing", missing: 1, met: 0 });
    expect(report.matrix.flatMap((m) => m.cells).filter((c) => c.status === "met" || c.status === "partly-met")).toEqual([]);
    // Every finding is the Questionnaire's form's, none left loose in the file.
    expect(report.otherFindings).toEqual([]);
    expect(report.forms[0].findings.some((f) => f.ruleId === "cqc-dorset-2015/ed-accompanying-adult")).toBe(true);
  });

  it("a Questionnaire meeting them names its items by linkId, at their lines in the JSON", () => {
    const dir = tempDir({ "ed.form": example("emergency-department-paediatric.compliant.form") });
    expect(run(["export", "ed.form", "--to", "fhir", "-o", "ed.json"], { cwd: dir }).status).toBe(0);
    fs.rmSync(path.join(dir, "ed.form"));
    expect(run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir }).status).toBe(0);
    const report = readJson(path.join(dir, "r.json"));
    const json = fs.readFileSync(path.join(dir, "ed.json"), "utf8").split("\n");
    const evidence = report.matrix.find((m) => m.recommendation === "2.2")!.cells[0].evidence!;
    expect(evidence.map((e) => e.field)).toEqual(["accompanying_name", "accompanying_relationship"]);
    for (const e of evidence) expect(json[e.line - 1]).toContain(`"linkId": "${e.field}"`);
    expect(report.forms[0].line).toBe(1);
  });
});

describe("formguard report: a form that names no kind is never a pass", () => {
  // The compliant GP notification without its service: only the requirements for every form apply to it.
  const noKind = () => ({ "gp.form": example("gp-notification.compliant.form").replace(/^ {2}service gp-notification\n/m, "") });
  const reason = '1 form (gp-notification-compliant) names no kind (service): only the requirements for every form were checked on it. Give each its service, or map Questionnaires to one in the configuration\'s "questionnaires".';

  it.each([
    ["at missing-service's own level (a warning)", {}],
    ["with missing-service switched off", { "formguard.config.json": JSON.stringify({ rules: { "missing-service": "off" } }) }],
  ] as const)("%s: incomplete, saying why", (_how, config) => {
    const dir = tempDir({ ...noKind(), ...config });
    expect(run(["report", ".", "--format", "json", "--output", "r.json"], { cwd: dir }).status).toBe(1);
    const report = readJson(path.join(dir, "r.json"));
    expect(report.forms[0].kind).toBe("(none)");
    expect(report.verdict).toEqual({ status: "incomplete", reasons: [reason] });
  });
});
