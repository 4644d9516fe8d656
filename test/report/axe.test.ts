/**
 * axe-core over the HTML report of the 46 examples in chromium: no serious or critical
 * accessibility violation. axe is loaded from node_modules (devDependency axe-core) into
 * a context that bypasses the page's Content-Security-Policy, which otherwise (rightly) refuses
 * any script but the report's own.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../report/html";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import { allExamples, HOSTILE_FORM, reportFor } from "./fixture";

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>;
}
declare const axe: { run(context: unknown, options: unknown): Promise<AxeResult> };
declare const document: unknown;

function axeSource(): string {
  let file: string;
  try {
    file = createRequire(__filename).resolve("axe-core/axe.min.js");
  } catch {
    throw new Error("axe-core is not installed: add the devDependency axe-core (npm install --save-dev axe-core).");
  }
  return fs.readFileSync(file, "utf8");
}

const { report } = reportFor({ ...allExamples(), "hostile.form": HOSTILE_FORM }, { config: { rules: { "cqc-dorset-2015/miu-information-sharing-notice": "info" } } });
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe("HTML report accessibility (axe-core)", () => {
  it("has no serious or critical violation", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-axe-"));
    const file = path.join(dir, "report.html");
    fs.writeFileSync(file, renderHtml(report));
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("#controls:not([hidden])");
    await page.addScriptTag({ content: axeSource() });
    const serious = async () => {
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ["violations"] }));
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(" ")}`);
    };
    expect(await serious()).toEqual([]);
    await context.close();
  }, 180_000);
});
