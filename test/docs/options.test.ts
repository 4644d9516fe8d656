/**
 * Every option any `--help` prints is documented where a user looks: the command's row of the
 * README's command table, the command's section of docs/cli.md, and the command's own page.
 * Every environment variable the code reads is in the README's and docs/cli.md's tables. Help
 * and docs cannot drift apart: a new option or variable fails here until it is documented.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAndRunCli } from "../pack/built-cli";
import { readDoc, ROOT, section } from "./markdown";

/** The page a user opens for each command (besides docs/cli.md, which has them all). */
const PAGES: Record<string, string> = {
  lint: "docs/cli.md",
  report: "docs/report.md",
  preview: "docs/preview.md",
  rules: "docs/cli.md",
  import: "docs/fhir.md",
  export: "docs/fhir.md",
  fmt: "docs/formatting.md",
  lsp: "docs/editors.md",
  test: "docs/packs.md",
  explain: "docs/recognition.md",
};
/** Where the code reads the environment: the shipped sources, not tests or benches. */
const SOURCE_DIRS = ["bin", "cli", "project", "server", "service", "language", "rules", "report", "fhir", "fixes", "client"];

const optionsIn = (text: string) => [...new Set([...text.matchAll(/(?<![\w-])--[a-zA-Z][\w-]*/g)].map((m) => m[0]))].sort();
const mentions = (doc: string, option: string) => new RegExp(`(?<![\\w-])${option}(?![\\w-])`).test(doc);

const readme = readDoc("README.md");
const cliPage = readDoc("docs/cli.md");
const topHelp = buildAndRunCli(["--help"]).stdout;
const commands = section(topHelp.replace(/^Commands:$/m, "## Commands"), "## Commands")
  .split("\n")
  .map((l) => /^ {2}([a-z]+) /.exec(l)?.[1])
  .filter((c): c is string => !!c);

/** The README table row of a command: the line that starts `| \`formguard <command>`. */
const readmeRow = (command: string) => readme.split("\n").find((l) => l.startsWith(`| \`formguard ${command}`)) ?? "";

describe("every option --help prints is documented", () => {
  it("formguard --help lists the commands", () => {
    expect(commands).toEqual(expect.arrayContaining(Object.keys(PAGES)));
    expect(commands.filter((c) => !(c in PAGES)), "commands without a doc page in this test").toEqual([]);
  });

  it.each(optionsIn(topHelp))("formguard %s: in the README and docs/cli.md", (option) => {
    expect(mentions(readme, option)).toBe(true);
    expect(mentions(cliPage, option)).toBe(true);
  });

  const cases = commands.flatMap((command) => {
    const help = buildAndRunCli([command, "--help"]);
    return optionsIn(help.stdout).map((option) => ({ command, option, status: help.status }));
  });

  it("every command prints its help", () => {
    expect(cases.length).toBeGreaterThan(30);
    expect(cases.every((c) => c.status === 0)).toBe(true);
  });

  it.each(cases)("formguard $command $option", ({ command, option }) => {
    const row = readmeRow(command);
    expect(row, `the README's table has a row for formguard ${command}`).not.toBe("");
    expect(mentions(row, option), `README.md, the row of formguard ${command}`).toBe(true);
    expect(mentions(section(cliPage, `## formguard ${command}`), option), `docs/cli.md, ## formguard ${command}`).toBe(true);
    expect(mentions(readDoc(PAGES[command]), option), PAGES[command]).toBe(true);
  });
});

describe("every environment variable the code reads is documented", () => {
  const files = SOURCE_DIRS.flatMap((d) => (fs.readdirSync(path.join(ROOT, d), { recursive: true }) as string[]).filter((f) => /\.(ts|js|cjs|mjs)$/.test(f)).map((f) => path.join(ROOT, d, f)));
  const variables = [...new Set(files.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[["']([A-Z][A-Z0-9_]*)["']\])/g)].map((m) => m[1] ?? m[2])))].sort();
  const table = (doc: string) => doc.split("\n").filter((l) => /^\| `[A-Z][A-Z0-9_]*` \|/.test(l)).join("\n");

  it("finds the variables (a sanity check of the search)", () => {
    expect(variables).toEqual(expect.arrayContaining(["NO_COLOR", "FORCE_COLOR", "FORMGUARD_DEBUG", "FORMGUARD_DEBUG_THREADS"]));
  });

  it.each(variables)("%s: in the README's and docs/cli.md's tables", (variable) => {
    expect(table(readme)).toContain(`\`${variable}\``);
    expect(table(section(cliPage, "## Environment"))).toContain(`\`${variable}\``);
  });
});
