/**
 * Text and files from a hostile or careless source cannot change a verdict, reach the
 * terminal as escape sequences, turn into live Markdown, or leak a file's content (issue 13,
 * items 8–13). docs/security.md points here.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { scanJson } from "../../fhir/json-scan";
import { renderMarkdown } from "../../report/markdown";
import { renderHtml } from "../../report/html";
import { buildOnce, run, tempDir } from "../cli/cli-harness";
import { checkText, TODAY } from "../helpers";
import { edExamples, reportFor } from "../report/fixture";

beforeAll(() => buildOnce(), 120_000);

function scratch(files: Record<string, string>): string {
  const dir = tempDir(files);
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const questionnaire = (item: Record<string, unknown>) =>
  JSON.stringify({ resourceType: "Questionnaire", status: "draft", item: [{ linkId: "name", text: "Name of the child", type: "string", ...item }] }).replace('"PROTO"', '"__proto__"');

describe("8. `__proto__` in a Questionnaire is data, and an unknown element", () => {
  it("the scanner keeps it as a plain property; nothing inherits from it", () => {
    const r = scanJson('{"a": {"__proto__": {"required": true}}}');
    expect(r.ok).toBe(true);
    const a = (r as { value: { a: Record<string, unknown> } }).value.a;
    expect(Object.keys(a)).toEqual(["__proto__"]);
    expect(a.required).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBeNull();
  });

  it("lint reports it as an unknown element, not as a required item", () => {
    const dir = scratch({ "q.json": questionnaire({ PROTO: { required: true } }) });
    const r = run(["lint", "--format", "json", "--service", "emergency-department", "--audience", "child", "--today", TODAY, "q.json"], { cwd: dir });
    const messages = JSON.parse(r.stdout)[0].messages as Array<{ ruleId: string; message: string }>;
    expect(messages.map((m) => m.ruleId)).toEqual(["fhir-schema"]);
    expect(messages[0].message).toMatch(/^\/item\/0\/__proto__: unknown element "__proto__"/);
    expect(r.status).toBe(1);
  });

  it("import refuses it rather than writing `required`", () => {
    const dir = scratch({ "q.json": questionnaire({ PROTO: { required: true } }) });
    const r = run(["import", "q.json", "--service", "emergency-department", "--audience", "child"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).not.toContain("required");
    expect(r.stderr).toMatch(/unknown element "__proto__"/);
  });
});

describe("9. a cache is never trusted where it matters", () => {
  it("--update-baseline records the problems the forms have, whatever a planted cache says", () => {
    const dir = scratch(edExamples());
    run(["lint", "--cache", "--today", TODAY, "."], { cwd: dir });
    const cacheFile = path.join(dir, ".formguardcache");
    const cache = JSON.parse(fs.readFileSync(cacheFile, "utf8"));
    for (const e of Object.values(cache.entries) as Array<{ diagnostics: unknown[] }>) e.diagnostics = [];
    fs.writeFileSync(cacheFile, JSON.stringify(cache));
    expect(run(["lint", "--cache", "--today", TODAY, "."], { cwd: dir }).status).toBe(0); // the cache is trusted by lint: hence docs/security.md
    expect(run(["lint", "--cache", "--update-baseline", "--today", TODAY, "."], { cwd: dir }).status).toBe(0);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, "formguard-baseline.json"), "utf8"));
    expect(baseline.problems.length).toBeGreaterThan(0);
  });

  it("report reads no cache: its findings are the forms' own", () => {
    const dir = scratch(edExamples());
    fs.writeFileSync(path.join(dir, ".formguardcache"), JSON.stringify({ format: "formguard-lint-cache/2", entries: {} }));
    run(["report", ".", "--format", "json", "--output", "r.json", "--today", TODAY], { cwd: dir });
    expect(JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")).summary.errors).toBeGreaterThan(0);
  });
});

describe("10. Markdown output shows user text as text", () => {
  const hostile = "![t](http://evil.example/md.png) [link](http://evil.example) <img src=x> **bold** `code` | pipe";
  it("a waiver reason cannot become an image, a link or HTML in the Markdown report", () => {
    const files = edExamples();
    const [name, text] = Object.entries(files).find(([, t]) => /waive /.test(t))!;
    const { report } = reportFor({ ...files, [name]: text.replace(/waive (\S+) "[^"]*"/, `waive $1 "${hostile.replace(/"/g, "'")}"`) });
    const md = renderMarkdown(report);
    const row = md.split("\n").find((l) => l.includes("evil.example"))!;
    expect(row).toContain("\\!\\[t\\](http://evil.example/md.png) \\[link\\](http://evil.example) &lt;img src=x&gt; \\*\\*bold\\*\\* \\`code\\` \\| pipe");
    expect(md).not.toMatch(/(^|[^\\])!\[t\]/);
  });
});

describe("11. config packs are read only as rule packs, and never echoed", () => {
  it.each([
    ["config packs", (dir: string) => fs.writeFileSync(path.join(dir, "formguard.config.json"), JSON.stringify({ packs: ["shadow"] })), [] as string[]],
    ["--rules", () => undefined, ["--rules", "shadow"]],
  ])("%s naming a non-pack file: exit 2 saying it is not a rule pack, its content not shown", (_n, setup, flags) => {
    const dir = scratch({ "shadow": "topsecret:$6$abc:19000:0:99999:7:::\n", "a.form": 'form a "A" {\n}\n' });
    setup(dir);
    const r = run(["lint", ...flags, "a.form"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/shadow: not a rule pack/);
    expect(r.stderr + r.stdout).not.toContain("topsecret");
  });

  it("a .formrules file with no declaration in it: said so, its content not shown", () => {
    const dir = scratch({ "x.formrules": "topsecret:$6$abc:19000:0:99999:7:::\n", "a.form": 'form a "A" {\n}\n' });
    const r = run(["lint", "--rules", "x.formrules", "a.form"], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/x\.formrules: not a rule pack: no declaration could be read from it/);
    expect(r.stderr + r.stdout).not.toContain("topsecret");
  });
});

describe("12. control characters in file names are escaped in every human format", () => {
  const name = "evil\u001b[31mred\nline.form";
  it.each([
    ["stylish", (out: string) => expect(out).toContain("evil\\x1b[31mred\\nline.form")],
    ["github", (out: string) => expect(out).toMatch(/file=evil\\x1b\[31mred%0Aline\.form,/)],
  ])("%s", (format, check) => {
    const dir = scratch({ [name]: "form a {\n  field x text { }\n}\n" });
    const r = run(["lint", "--format", format, "--today", TODAY, "."], { cwd: dir });
    expect(r.stdout).not.toContain("\u001b");
    check(r.stdout);
    if (format === "stylish") for (const line of r.stdout.split("\n")) expect(line).not.toBe("line.form");
  });
});

describe("13. bidirectional controls are marked in every output and warned about in form text", () => {
  const RLO = "\u202E";
  const form = `form a "A" {\n  service emergency-department\n  section s {\n    field x text { label "Safe ${RLO}child" }\n  }\n}\n`;

  it("the built-in bidi-control check warns at the control", () => {
    const d = checkText(form).diagnostics.filter((x) => x.ruleId === "bidi-control");
    expect(d.map((x) => [x.level, x.range.start.line + 1, x.range.start.character + 1, x.message])).toEqual([
      ["warning", 4, 32, "Invisible bidirectional control U+202E: it can make this text read differently from what it is. Remove it."],
    ]);
  });

  it.each(["stylish", "sarif", "github", "junit"])("--format %s shows no raw bidi control", (format) => {
    const dir = scratch({ [`n${RLO}a.form`]: form });
    const r = run(["lint", "--format", format, "--today", TODAY, "."], { cwd: dir });
    expect(r.stdout).toContain("bidi-control");
    expect(r.stdout).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // SARIF carries the file name percent-encoded in a URI; the other formats show the mark.
    if (format !== "sarif") expect(r.stdout).toContain(format === "junit" ? "&lt;U+202E&gt;" : "<U+202E>");
  });

  it("HTML and Markdown reports mark them", () => {
    const files = edExamples();
    const [name, text] = Object.entries(files).find(([, t]) => /waive /.test(t))!;
    const { report } = reportFor({ ...files, [name]: text.replace(/waive (\S+) "/, `waive $1 "${RLO}`) });
    for (const out of [renderHtml(report), renderMarkdown(report)]) {
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(out).toContain("&lt;U+202E&gt;");
    }
  });
});

describe("docs/security.md promises: forms and packs are data; no network", () => {
  it("text that looks like code in a form and a pack runs nowhere (lint, fix, report, export)", () => {
    const marker = path.join(os.tmpdir(), `formguard-pwned-${process.pid}`);
    const payload = `\${require('fs').writeFileSync('${marker}','x')}`;
    const dir = scratch({
      "a.form": `form a "${payload}" {\n  service emergency-department\n  field x text { label "${payload}" help "\`${payload}\`" }\n}\n`,
      "p.formrules": `pack p "${payload}" { }\nconcept c "${payload}" { suggest text }\n`,
    });
    run(["lint", "--rules", "p.formrules", "--fix", "--today", TODAY, "."], { cwd: dir });
    run(["report", "--rules", "p.formrules", ".", "--output", "r.html", "--today", TODAY], { cwd: dir });
    run(["export", "a.form", "--to", "fhir", "--output", "a.json"], { cwd: dir });
    run(["import", "a.json", "--service", "emergency-department", "--audience", "child"], { cwd: dir });
    expect(fs.existsSync(marker)).toBe(false);
  });

  it("lint and report open no network connection of any kind", () => {
    const dir = scratch({ ...edExamples(), "no-network.cjs": NO_NETWORK });
    const env = { NODE_OPTIONS: `--require ${path.join(dir, "no-network.cjs")}` };
    const lint = run(["lint", "--format", "sarif", "--today", TODAY, "."], { cwd: dir, env });
    const report = run(["report", ".", "--output", "r.html", "--today", TODAY], { cwd: dir, env });
    expect(lint.stderr + report.stderr).not.toContain("NETWORK");
    // The ED examples include a non-compliant form: the report is written and says so (exit 1).
    expect(report.status, report.stderr).toBe(1);
    expect(report.stderr).toMatch(/wrote r\.html .*: non-compliant\.$/m);
    expect(fs.existsSync(path.join(dir, "network-used"))).toBe(false);
  });
});

/** Preloaded into the CLI: any socket, DNS lookup or fetch is recorded and refused. */
const NO_NETWORK = `
const fs = require("node:fs"), path = require("node:path"), net = require("node:net"), dns = require("node:dns");
const caught = (what) => { fs.writeFileSync(path.join(process.cwd(), "network-used"), what); throw new Error("NETWORK " + what); };
net.Socket.prototype.connect = function () { caught("socket"); };
dns.lookup = () => caught("dns");
globalThis.fetch = () => caught("fetch");
`;
