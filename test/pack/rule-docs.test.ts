/**
 * docs/rules/ is generated (`npm run docs:rules`); these tests regenerate it into a temporary
 * directory and compare, so a pack change without regenerated docs fails here, and check that
 * the pages say what a reader needs.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compiledRules } from "../../rules/rule-set";
import { compliantForm, nonCompliantForm, renderForm } from "../../report/rule-docs/example-forms";
import { renderRuleDocs, writeRuleDocs } from "../../report/rule-docs/pages";
import { workspaceWithPacks } from "../helpers";
import { checkFixture } from "./rule-tester";
import { PROJECT_ROOT } from "./sources";

const committedDir = path.join(PROJECT_ROOT, "docs", "rules");
const index = workspaceWithPacks().index;
const rules = compiledRules(index);
const pages = renderRuleDocs(index);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-rule-docs-"));

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("docs/rules is up to date with the generator (run `npm run docs:rules` if not)", () => {
  const written = writeRuleDocs(tmp, index);
  const committed = fs.existsSync(committedDir) ? fs.readdirSync(committedDir).filter((f) => f.endsWith(".md")).sort() : [];

  it("has exactly one page per rule plus README.md", () => {
    expect(committed).toEqual([...written].sort());
    expect(written).toHaveLength(rules.length + 1);
  });

  it.each(written.sort())("%s matches", (name) => {
    const committedPath = path.join(committedDir, name);
    expect(fs.existsSync(committedPath), `docs/rules/${name} is missing`).toBe(true);
    expect(fs.readFileSync(committedPath, "utf8")).toBe(fs.readFileSync(path.join(tmp, name), "utf8"));
  });
});

describe("what a rule page says", () => {
  it.each(rules.map((r) => [r.name, r] as const))("%s: title, id, severity, requirements, forms, citations, quotes, fix, examples", (name, rule) => {
    const page = pages.get(`${name}.md`)!;
    expect(page).toContain(`# ${rule.title}`);
    expect(page).toContain(`\`${rule.id}\` | ${rule.level} |`);
    const bullets = page.split("## What it requires")[1].split("## Which forms")[0].match(/^- /gm) ?? [];
    expect(bullets).toHaveLength(rule.decl.requires.length);
    for (const req of rule.decl.requires) for (const c of req.concepts) expect(page).toContain(`(\`${c.text}\`)`);
    expect(page).toContain("## Which forms");
    for (const c of rule.citations) {
      const line = "recommendation" in c ? `- Recommendation ${c.recommendation}` : "paragraph" in c ? `- Paragraph ${c.paragraph}` : `- Section "${c.section}"`;
      expect(page).toContain(line);
    }
    for (const q of rule.quotes) expect(page).toContain(`> ${q}\n`);
    if (rule.description) expect(page).toContain(rule.description);
    if (rule.fix) expect(page).toContain(rule.fix);
    expect(page.match(/```form\n/g)).toHaveLength(2);
  });

  it.each(rules.map((r) => [r.name, r] as const))("%s: the page's non-compliant example fails the rule, once or more per gap it lists", (_, rule) => {
    const gap = nonCompliantForm(compliantForm(rule, index), rule);
    const found = checkFixture(renderForm(gap.form).text).diagnostics.filter((d) => d.ruleId === rule.id);
    expect(gap.gaps.length).toBeGreaterThan(0);
    expect(found.length).toBeGreaterThanOrEqual(gap.gaps.length);
  });

  it("the index lists every rule and groups them by form kind", () => {
    const readme = pages.get("README.md")!;
    for (const r of rules) expect(readme).toContain(`](${r.name}.md)`);
    for (const service of index.services.keys()) expect(readme).toContain(`## \`${service}\``);
    expect(readme).toContain("## Every form kind");
  });

  it("the plain English of a requirement follows its parts", () => {
    const page = (n: string) => pages.get(`${n}.md`)!;
    expect(page("ed-accompanying-adult")).toContain("(`accompanying-adult.name`) — **required**: a mandatory field covers it, asked every time the form is used (not behind a `when`); of **type** `text` or `longtext`.");
    expect(page("miu-attendance-frequency")).toContain("with a **look-back** of at least 12 months");
    expect(page("ed-hidden-child")).toContain("(`children.details`) — **shown when** the answer to **Does the patient care for or live with children?** (`caring-responsibilities`) is *yes*");
    expect(page("miu-second-look")).toContain("(`second-look.review`) — **present**: some field covers it.");
    expect(page("all-version-and-owner")).toContain("- The form header declares `version`.");
    expect(page("all-version-and-owner")).toContain("Every form.");
    expect(page("ed-hidden-child")).toContain("Forms where the service is `emergency-department` and the audience includes `adult`.");
  });
});
