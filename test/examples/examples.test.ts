/**
 * The example forms (examples/forms/) as a user meets them: `formguard lint examples/` with
 * the built CLI. Every compliant example is clean at every level; every non-compliant one
 * shows exactly the findings recorded in examples/expected.json (rule, level, line, column).
 *
 * After deliberately changing an example or a rule, rewrite the expectation with
 *   FORMGUARD_UPDATE_EXAMPLES=1 npx vitest run test/examples
 * (it also rewrites examples/README.md) and review the diff: a changed finding is a changed
 * promise to the people using the forms.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Workspace } from "../../language/model/workspace";
import type { Form } from "../../language/ast";
import type { Citation } from "../../language/diagnostic";
import { TODAY, workspaceWithPacks } from "../helpers";
import { buildAndRunCli } from "../pack/built-cli";
import { renderExamplesReadme, type ReadmeExample } from "./examples-readme";

const ROOT = path.resolve(__dirname, "..", "..");
const EXAMPLES = path.join(ROOT, "examples");
const EXPECTED = path.join(EXAMPLES, "expected.json");
const README = path.join(EXAMPLES, "README.md");
const COMMAND = ["lint", "examples/", "--format", "json", "--today", TODAY];

interface Finding {
  ruleId: string;
  level: string;
  line: number;
  column: number;
}

interface Expected {
  command: string;
  /** Every example → its findings, in the order the CLI reports them. */
  files: Record<string, Finding[]>;
  /** Examples with waivers → the findings their waivers exempt (`suppressedMessages`). */
  waived: Record<string, Finding[]>;
}

interface LintFile {
  filePath: string;
  messages: Array<Finding & { message: string; citations: Citation[] }>;
  suppressedMessages?: Array<Finding & { message: string; citations: Citation[]; suppressions?: Array<{ justification?: string; by?: string; until?: string }> }>;
}

/** Example files by path relative to examples/, with forward slashes. */
const exampleFiles = fs
  .readdirSync(path.join(EXAMPLES, "forms"))
  .filter((f) => f.endsWith(".form"))
  .sort()
  .map((f) => `forms/${f}`);

let actual: Record<string, LintFile>;
let expected: Expected;
let ws: Workspace;
let readme: string;

function readmeExample(file: string): ReadmeExample {
  const doc = ws.get(path.join(EXAMPLES, file))!;
  const form = doc.ast.items.find((i): i is Form => i.kind === "form");
  return { file, text: doc.text, form, findings: actual[file]?.messages ?? [], waived: actual[file]?.suppressedMessages ?? [] };
}

function brief(list: Finding[]): Finding[] {
  return list.map(({ ruleId, level, line, column }) => ({ ruleId, level, line, column }));
}

function key(filePath: string): string {
  return path.relative(EXAMPLES, path.resolve(ROOT, filePath)).split(path.sep).join("/");
}

beforeAll(() => {
  const run = buildAndRunCli(COMMAND);
  // Exit 1: the non-compliant examples have errors. Anything else (2: bad input) is a failure.
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: "" });
  const files = JSON.parse(run.stdout) as LintFile[];
  actual = Object.fromEntries(files.map((f) => [key(f.filePath), f]));
  ws = workspaceWithPacks();
  for (const f of exampleFiles) ws.set(path.join(EXAMPLES, f), fs.readFileSync(path.join(EXAMPLES, f), "utf8"));
  readme = renderExamplesReadme(exampleFiles.map(readmeExample), ws.index, `formguard ${COMMAND.join(" ")}`);
  if (process.env.FORMGUARD_UPDATE_EXAMPLES) {
    fs.writeFileSync(README, readme);
    const update: Expected = {
      command: `formguard ${COMMAND.join(" ")}`,
      files: Object.fromEntries(Object.keys(actual).sort().map((k) => [k, brief(actual[k].messages)])),
      waived: Object.fromEntries(Object.keys(actual).sort().filter((k) => actual[k].suppressedMessages?.length).map((k) => [k, brief(actual[k].suppressedMessages!)])),
    };
    fs.writeFileSync(EXPECTED, JSON.stringify(update, null, 2) + "\n");
  }
  expected = JSON.parse(fs.readFileSync(EXPECTED, "utf8"));
});

describe("the example forms", () => {
  it("are all linted, and all recorded in examples/expected.json", () => {
    expect(Object.keys(actual).sort()).toEqual(exampleFiles);
    expect(Object.keys(expected.files).sort()).toEqual(exampleFiles);
    expect(expected.command).toBe(`formguard ${COMMAND.join(" ")}`);
  });

  it("come in a compliant and a non-compliant version for every form kind of the shipped pack", () => {
    const kinds = (suffix: string) =>
      new Set(
        exampleFiles
          .filter((f) => f.endsWith(suffix))
          .flatMap((f) => ws.get(path.join(EXAMPLES, f))!.ast.items.filter((i): i is Form => i.kind === "form"))
          .map((form) => form.service?.text),
      );
    const services = [...ws.index.services.keys()];
    expect(services).toHaveLength(22);
    for (const s of services) {
      expect(kinds(".compliant.form").has(s), `no compliant example of ${s}`).toBe(true);
      expect(kinds(".noncompliant.form").has(s), `no non-compliant example of ${s}`).toBe(true);
    }
  });

  it.each(exampleFiles.filter((f) => f.endsWith(".compliant.form")))("%s is clean: no finding of any level, nothing waived", (file) => {
    const f = actual[file];
    expect(f.messages.map((m) => `${m.line}:${m.column} ${m.level} ${m.ruleId}: ${m.message}`)).toEqual([]);
    expect((f.suppressedMessages ?? []).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([]);
  });

  it.each(exampleFiles.filter((f) => f.endsWith(".noncompliant.form")))("%s shows at least one finding of a pack rule", (file) => {
    expect(actual[file].messages.filter((m) => m.ruleId.includes("/")).length).toBeGreaterThan(0);
  });

  it.each(exampleFiles)("%s shows exactly the findings in examples/expected.json", (file) => {
    expect(brief(actual[file].messages)).toEqual(expected.files[file]);
    expect(brief(actual[file].suppressedMessages ?? [])).toEqual(expected.waived[file] ?? []);
  });

  it("examples/README.md describes every example, and tables each non-compliant one's findings with the report paragraphs behind them", () => {
    for (const file of exampleFiles) expect(readme).toContain(`](${file})`);
    const links = [...readme.matchAll(/\]\((\.\.\/docs\/rules\/[^)]+)\)/g)].map((m) => m[1]);
    expect(links.filter((l) => !fs.existsSync(path.join(EXAMPLES, l)))).toEqual([]);
    expect(fs.existsSync(README) ? fs.readFileSync(README, "utf8") : "(examples/README.md is missing)").toBe(readme);
  });
});
