/** `formguard lint` on Questionnaire JSON, `formguard import` and `formguard export`, as a user runs them. */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, ROOT, run, tempDir } from "../cli/cli-harness";
import { lineOf } from "../helpers";

const ctx = (code: string, system: string, value: string) => ({ code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code }, valueCodeableConcept: { coding: [{ system, code: value }] } });
const edAdult = (extra: Record<string, unknown> = {}) =>
  JSON.stringify(
    {
      resourceType: "Questionnaire",
      status: "active",
      name: "EdAdult",
      title: "ED adult attendance",
      version: "3",
      publisher: "Example Trust",
      ...extra,
      item: [
        { linkId: "carer", text: "Does the patient have caring responsibilities for children?", type: "boolean", required: true },
        { linkId: "kids", text: "Names and ages of the children, and where they are now", type: "text", enableWhen: [{ question: "carer", operator: "=", answerBoolean: true }] },
      ],
    },
    null,
    2,
  );

beforeAll(() => buildOnce());

describe("formguard lint on FHIR Questionnaire JSON", () => {
  it("takes the service and audience from useContext and checks the form kind's requirements, pointing at linkIds", () => {
    const text = edAdult({ useContext: [ctx("program", "https://formguard.dev/services", "emergency-department"), ctx("focus", "https://formguard.dev/audiences", "adult")] });
    const dir = tempDir({ "ed.json": text });
    const r = run(["lint", "--format", "json", path.join(dir, "ed.json")]);
    expect(r.status).toBe(1);
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; column: number; message: string; concept?: string; field?: string }>;
    const recognised = messages.filter((m) => m.ruleId === "recognised-concept");
    expect(recognised.map((m) => [m.concept, m.field, m.line])).toEqual([
      ["caring-responsibilities", "carer", lineOf(text, '"linkId": "carer"')],
      ["children.details", "kids", lineOf(text, '"linkId": "kids"')],
    ]);
    expect(recognised[0].message).toContain("(system https://formguard.dev/concepts)");
    expect(messages.some((m) => m.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(true);
  });

  it("puts a finding about the Questionnaire itself on its opening brace, even after blank lines or a Windows line break", () => {
    // Found by the JSON fuzz run: a file starting "\r\n" had such findings at 1:1-1:2, outside its
    // empty first line, where an editor or a SARIF viewer cannot show them.
    const text = "\r\n\r\n  " + edAdult({ useContext: [ctx("program", "https://formguard.dev/services", "emergency-department"), ctx("focus", "https://formguard.dev/audiences", "adult")] });
    const dir = tempDir({ "ed.json": text });
    const r = run(["lint", "--format", "json", path.join(dir, "ed.json")]);
    expect(r.status).toBe(1);
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number; message: string }>;
    const onTheQuestionnaire = messages.filter((m) => m.message.startsWith("Missing prompt: Name of the practitioner"));
    expect(onTheQuestionnaire.length).toBeGreaterThan(0);
    for (const m of onTheQuestionnaire) expect([m.line, m.column, m.endLine, m.endColumn]).toEqual([3, 3, 3, 4]);
  });

  it("with --infer the recognised prompts count, and what they meet says it was inferred from the label", () => {
    const dir = tempDir({ "ed.json": edAdult() });
    const r = run(["lint", "--format", "json", "--infer", "--service", "emergency-department", "--audience", "adult", path.join(dir, "ed.json")]);
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(messages.some((m) => m.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(false);
    const carer = messages.find((m) => m.ruleId === "recognised-concept" && m.message.includes("`carer`"))!;
    expect(carer.message).toContain("counts towards `cqc-dorset-2015/ed-hidden-child` (inferred from the label)");
  });

  it('"infer": true in formguard.config.json is --infer', () => {
    const dir = tempDir({ "ed.json": edAdult(), "formguard.config.json": JSON.stringify({ infer: true }) });
    const r = run(["lint", "--format", "json", "--service", "emergency-department", "--audience", "adult", "ed.json"], { cwd: dir });
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(messages.some((m) => m.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(false);
    expect(messages.filter((m) => m.message.includes("(inferred from the label)")).length).toBe(2);
  });

  it("maps files to a form kind through formguard.config.json \"questionnaires\"", () => {
    const dir = tempDir({
      "forms/ed.json": edAdult(),
      "formguard.config.json": JSON.stringify({ questionnaires: [{ files: "forms/*.json", service: "emergency-department", audience: ["adult"] }] }),
    });
    const r = run(["lint", "--format", "json", "forms"], { cwd: dir });
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string }>;
    expect(messages.some((m) => m.ruleId === "cqc-dorset-2015/ed-hidden-child")).toBe(true);
    expect(messages.some((m) => m.ruleId === "missing-service")).toBe(false);
  });

  it("in a directory, lints Questionnaire JSON and leaves other JSON alone", () => {
    const dir = tempDir({ "q.json": edAdult(), "package.json": '{"name": "x"}', "other.json": '{"resourceType": "Patient"}' });
    const r = run(["lint", "--format", "json", "."], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(["q.json"]);
  });

  it("in a directory, leaves alone a response or bundle that holds a Questionnaire, and finds one whose resourceType comes late", () => {
    const held = JSON.parse(edAdult());
    const late = { id: "late", contained: Array.from({ length: 900 }, (_, i) => ({ resourceType: "ValueSet", id: `vs${i}`, status: "active", description: "x".repeat(60) })), ...held, resourceType: "Questionnaire" };
    delete (late as { resourceType?: string }).resourceType;
    const dir = tempDir({
      "q.json": edAdult(),
      "response.json": JSON.stringify({ resourceType: "QuestionnaireResponse", status: "completed", contained: [held], questionnaire: "#ed" }, null, 2),
      "bundle.json": JSON.stringify({ resourceType: "Bundle", type: "collection", entry: [{ resource: held }] }, null, 2),
      "late.json": JSON.stringify({ ...late, resourceType: "Questionnaire", name: "Late" }, null, 2),
    });
    const r = run(["lint", "--format", "json", "."], { cwd: dir });
    expect(r.stderr).not.toMatch(/cannot read/);
    expect(r.status).not.toBe(2);
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(["late.json", "q.json"]);
  });

  it("two versions of one Questionnaire in a folder share a name, and that is no duplicate-id: FHIR names them by url and version", () => {
    const dir = tempDir({ "ed-v3.json": edAdult(), "ed-v4.json": edAdult({ version: "4" }) });
    const r = run(["lint", "--format", "json", "."], { cwd: dir });
    const ids = JSON.parse(r.stdout).flatMap((f: { messages: Array<{ ruleId: string }> }) => f.messages.map((m) => m.ruleId));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain("duplicate-id");
  });

  it("a form spec and a Questionnaire with one id are a duplicate-id on the Questionnaire, naming the form spec's file and line", () => {
    const spec = 'form ed-adult "ED adult" {\n  service emergency-department\n  section s "S" {\n    field a text { label "A" }\n  }\n}\n';
    const dir = tempDir({ "a.form": spec, "b.json": edAdult() });
    const files = JSON.parse(run(["lint", "--format", "json", "."], { cwd: dir }).stdout);
    const dup = files.flatMap((f: { filePath: string; messages: Array<{ ruleId: string; message: string }> }) => f.messages.filter((m) => m.ruleId === "duplicate-id").map((m) => [f.filePath, m.message]));
    expect(dup).toEqual([["b.json", `Another form is already called \`ed-adult\` (a.form:1): form ids must be unique across the workspace.`]]);
  });

  it.each([
    ['{"resourceType": "Patient", "id": "p"}', /p\.json: cannot read: 1:18: \/resourceType is "Patient", not "Questionnaire"/],
    ['{"resourceType": "Questionnaire",\n  "status": "draft",, }', /p\.json: cannot read: 2:21: not valid JSON: expected a property name/],
    ["[1, 2]", /p\.json: cannot read: 1:1: not a FHIR resource/],
  ])("refuses %j given explicitly, with exit 2 and where", (text, message) => {
    const dir = tempDir({ "p.json": text });
    const r = run(["lint", path.join(dir, "p.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it("reports a Questionnaire of the wrong shape with the JSON pointer and line", () => {
    const dir = tempDir({ "q.json": JSON.stringify({ resourceType: "Questionnaire", status: "final", item: [{ linkId: "a", type: "sting" }] }, null, 2) });
    const r = run(["lint", "--format", "json", path.join(dir, "q.json")]);
    expect(r.status).toBe(1);
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; line: number; message: string }>;
    expect(messages.map((m) => [m.ruleId, m.line, m.message.split(":")[0]])).toEqual([
      ["fhir-schema", 3, "/status"],
      ["fhir-schema", 7, "/item/0/type"],
    ]);
  });

  it("says a value of the wrong type is of the wrong type, and a missing one is missing", () => {
    const q = { resourceType: "Questionnaire", status: "draft", item: [{ linkId: "a", type: "string", required: "yes", maxLength: 1.5 }, { type: "string" }] };
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    const r = run(["lint", "--format", "json", path.join(dir, "q.json")]);
    const messages = (JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; message: string }>).map((m) => m.message.replace(/ This is not a valid R4 Questionnaire.*$/, ""));
    expect(messages).toEqual(["/item/0/required: expected boolean.", "/item/0/maxLength: expected int.", "/item/1/linkId: required, but missing (expected string)."]);
  });

  it.each([
    // android-fhir's sample Questionnaires often give no status at all
    [{ resourceType: "Questionnaire", item: [{ linkId: "a", type: "string" }] }, '/status: required, but missing (one of "draft", "active", "retired", "unknown").'],
    [{ resourceType: "Questionnaire", status: "published", item: [{ linkId: "a", type: "string" }] }, '/status: expected one of "draft", "active", "retired", "unknown", not "published".'],
  ])("a missing or wrong status is an error that says so, and the questions are still checked (%#)", (q, message) => {
    const dir = tempDir({ "q.json": JSON.stringify(q, null, 2) });
    const r = run(["lint", "--format", "json", path.join(dir, "q.json")]);
    expect(r.status).toBe(1);
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(messages.filter((m) => m.ruleId === "fhir-schema").map((m) => m.message)).toEqual([`${message} The questions are still checked, as if the status were "unknown".`]);
    // the item with no text is found: its question was read
    expect(messages.filter((m) => m.ruleId === "missing-label")).toHaveLength(1);
    // and it imports, saying what it assumed
    const imported = run(["import", path.join(dir, "q.json")]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^\s*field a text$/m);
    expect(imported.stderr).toContain(`error: ${message} The questions are still checked`);
  });

  it("a Questionnaire whose questions cannot be read is still refused by import, naming where", () => {
    const dir = tempDir({ "q.json": JSON.stringify({ resourceType: "Questionnaire", item: [{ linkId: "a", type: "sentence" }] }, null, 2) });
    const r = run(["import", path.join(dir, "q.json")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/q\.json:\d+:\d+: \/(status|item\/0\/type): .* This is not a valid R4 Questionnaire, so its questions cannot be checked\./);
  });

  it("--audience without --service is a usage error", () => {
    expect(run(["lint", "--audience", "adult", "x.json"]).status).toBe(2);
  });
});

describe("formguard import / export", () => {
  it("imports to --output and lists what it kept as comments on stderr", () => {
    const dir = tempDir({});
    const out = path.join(dir, "phq9.form");
    const r = run(["import", path.join(ROOT, "test/fixtures/fhir/sdc-phq9.json"), "--output", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/sdc-phq9\.json:167:21: info: Item `H1\/TS` computes its answer with a FHIRPath calculatedExpression/);
    expect(fs.readFileSync(out, "utf8")).toContain('section h1_t1 "Over the last two weeks');
  });

  it("exports a form with its concepts, service and look-back", () => {
    const r = run(["export", "examples/forms/emergency-department-paediatric.compliant.form", "--to", "fhir"]);
    expect(r.status).toBe(0);
    const q = JSON.parse(r.stdout);
    expect(q.useContext[0]).toEqual({ code: { system: "http://terminology.hl7.org/CodeSystem/usage-context-type", code: "program" }, valueCodeableConcept: { coding: [{ system: "https://formguard.dev/services", code: "emergency-department" }] } });
    const history = q.item.find((i: { linkId: string }) => i.linkId === "history");
    const attendances = history.item.find((i: { linkId: string }) => i.linkId === "attendances");
    expect(attendances.code[0]).toMatchObject({ system: "https://formguard.dev/concepts", code: "attendance.count" });
    expect(attendances.extension).toContainEqual({ url: "https://formguard.dev/fhir/StructureDefinition/lookback", valueDuration: { value: 12, unit: "months", system: "http://unitsofmeasure.org", code: "mo" } });
  });

  it.each([
    [["export", "examples/forms/emergency-department-paediatric.compliant.form"], /--to fhir/],
    [["export", "examples/forms/emergency-department-paediatric.compliant.form", "--to", "pdf"], /--to must be one of fhir/],
    [["import", "missing.json"], /missing\.json: cannot read: no such file/],
    [["import", "package.json"], /package\.json:1:1: \/resourceType is missing/],
  ])("%j fails with exit 2: %s", (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
