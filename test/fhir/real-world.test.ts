/**
 * Public Questionnaires from the HL7 SDC implementation guide (see test/fixtures/fhir/SOURCES.md),
 * linted as they are. Each test says what a safeguarding nurse would say about the verdict.
 */
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildOnce, run } from "../cli/cli-harness";
import { lineOf } from "../helpers";
import * as fs from "node:fs";

const FIXTURES = path.resolve(__dirname, "../fixtures/fhir");
const fixture = (name: string) => path.join(FIXTURES, name);

interface Message {
  ruleId: string;
  level: string;
  message: string;
  line: number;
  column: number;
}
function lintJson(args: string[]) {
  const r = run(["lint", "--format", "json", ...args]);
  const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Message[] }>;
  return { status: r.status, stderr: r.stderr, messages: files[0].messages };
}

beforeAll(() => buildOnce());

describe("public R4 Questionnaires, linted directly", () => {
  it("PHQ-9 (SDC): a depression screen with no service — no safeguarding rule for a service applies, and formguard says so instead of passing silently", () => {
    const { status, messages } = lintJson([fixture("sdc-phq9.json")]);
    expect(status).toBe(0);
    expect(messages.filter((m) => m.level === "error")).toEqual([]);
    const noService = messages.find((m) => m.ruleId === "missing-service")!;
    expect(noService.message).toContain("does not say which service it is for");
    expect(noService.message).toContain("--service");
    expect([noService.line, noService.column]).toEqual([1, 1]);
    // "It works out a total score I cannot see": the calculated score is named, not dropped.
    const calc = messages.find((m) => m.ruleId === "fhir-not-imported" && m.message.includes("calculatedExpression"))!;
    expect(calc.message).toContain("`H1/TS`");
  });

  it("PHQ-9 used as a CAMHS risk assessment: now the CAMHS requirements apply, and its missing review date is an error", () => {
    const { status, messages } = lintJson([fixture("sdc-phq9.json"), "--service", "camhs-risk-assessment", "--audience", "young-person"]);
    expect(status).toBe(1);
    expect(messages.map((m) => m.ruleId)).toContain("cqc-dorset-2015/camhs-review-date");
    expect(messages.some((m) => m.ruleId === "missing-service")).toBe(false);
  });

  it("Hunger Vital Sign (SDC): a food-insecurity screen; nothing to do with children's safety unless someone says which service uses it, and every FHIRPath calculation is flagged as unchecked", () => {
    const { status, messages } = lintJson([fixture("sdc-hunger-vital-signs.json")]);
    expect(status).toBe(0);
    expect(messages.filter((m) => m.ruleId === "fhir-not-imported").length).toBe(9);
    expect(messages.filter((m) => m.ruleId.startsWith("fhir-que"))).toEqual([]);
  });

  it("SDC enableWhen test form: the same linkId is used for different questions, so answers cannot be told apart — errors on each repeat, at its linkId line", () => {
    const text = fs.readFileSync(fixture("sdc-test-enablewhen.json"), "utf8");
    const { status, messages } = lintJson([fixture("sdc-test-enablewhen.json")]);
    expect(status).toBe(1);
    const dup = messages.filter((m) => m.ruleId === "fhir-que-2");
    expect(dup).toHaveLength(11);
    expect(dup[0].line).toBe(lineOf(text, '"linkId": "e5da17a7-7546-45c5-9bcd-d0b09a74cc14"', 2));
    expect(dup[0].column).toBe(11);
    expect(dup[0].message).toContain("`e5da17a7-7546-45c5-9bcd-d0b09a74cc14`");
  });

  it.each(["sdc-phq9.json", "sdc-hunger-vital-signs.json", "sdc-test-enablewhen.json"])("%s imports to a form spec that parses, and exports back to a Questionnaire", (name) => {
    const imported = run(["import", fixture(name)]);
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/^\/\/ Imported from a FHIR R4 Questionnaire/);
    const dir = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "formguard-fhir-"));
    const form = path.join(dir, "imported.form");
    fs.writeFileSync(form, imported.stdout);
    const lint = lintJson([form]);
    expect(lint.messages.filter((m) => m.ruleId === "syntax")).toEqual([]);
    const exported = run(["export", form, "--to", "fhir"]);
    expect(exported.status).toBe(0);
    expect(JSON.parse(exported.stdout).resourceType).toBe("Questionnaire");
  });
});
