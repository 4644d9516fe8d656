/**
 * The one-way flow of docs/architecture.md, enforced: dependency-cruiser checks every import in
 * the product folders against .dependency-cruiser.cjs. A forbidden import fails `npm test`.
 * The second part proves each rule can fail: a tiny tree with one forbidden import per row.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..", "..");
const require_ = createRequire(__filename);
const layerConfig = require_(path.join(ROOT, ".dependency-cruiser.cjs")) as { forbidden: unknown[]; options: Record<string, unknown> };
const PRODUCT = ["language", "rules", "fixes", "fhir", "report", "preview", "project", "service", "server", "client", "cli"];

async function violations(baseDir: string, folders: string[], options: Record<string, unknown>) {
  const { cruise } = await import("dependency-cruiser");
  const cwd = process.cwd();
  process.chdir(baseDir);
  try {
    const result = await cruise(folders, { ...options, ruleSet: { forbidden: layerConfig.forbidden } as never, validate: true });
    const output = result.output as { summary: { violations: Array<{ rule: { name: string }; from: string; to: string }> } };
    return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

describe("the layers (docs/architecture.md)", () => {
  it("no product file imports against the flow", async () => {
    expect(await violations(ROOT, PRODUCT, layerConfig.options)).toEqual([]);
  }, 120_000);

  const probe = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-layers-"));
  afterAll(() => fs.rmSync(probe, { recursive: true, force: true }));

  it.each([
    ["server", "cli", "host-imports-host"],
    ["cli", "server", "host-imports-host"],
    ["client", "cli", "host-imports-host"],
    ["service", "cli", "service-below-hosts"],
    ["project", "service", "project-below-service"],
    ["rules", "project", "rules-above-language-only"],
    ["language", "rules", "language-is-the-base"],
    ["fhir", "report", "fhir-above-rules"],
    ["preview", "project", "preview-above-report"],
  ])("refuses %s/ importing %s/ (%s)", async (from, to, rule) => {
    const dir = fs.mkdtempSync(path.join(probe, `${from}-${to}-`));
    fs.mkdirSync(path.join(dir, from));
    fs.mkdirSync(path.join(dir, to));
    fs.writeFileSync(path.join(dir, to, "target.js"), "module.exports = 1;\n");
    fs.writeFileSync(path.join(dir, from, "source.js"), `module.exports = require("../${to}/target.js");\n`);
    const found = await violations(dir, [from, to], { moduleSystems: ["cjs"] });
    expect(found).toEqual([`${rule}: ${from}/source.js → ${to}/target.js`]);
  }, 60_000);
});
