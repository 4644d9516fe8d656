/**
 * The HTML report printed by chromium to an A4 landscape PDF, read back with poppler's
 * `pdftotext`: every part of the printed matrix shows every form kind (the screen's 22 columns
 * do not fit a page, so print transposes and splits it), each repeats its header, and every
 * page carries its number, the input hash and the date.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../report/html";
import { PRINT_ROWS_PER_PART } from "../../report/html-matrix";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import { allExamples, reportFor } from "./fixture";

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");
const { report } = reportFor(allExamples());
let browser: Browser;
let pages: string[];

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-print-"));
  fs.writeFileSync(path.join(dir, "report.html"), renderHtml(report));
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.join(dir, "report.html")).href);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, "report.pdf");
  await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true });
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (text.status !== 0) throw new Error(`pdftotext failed (install poppler-utils): ${text.stderr}`);
  pages = text.stdout.split("\f").filter((p) => p.trim());
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe("printed report (A4 landscape PDF)", () => {
  it("prints every form kind in every part of the matrix, each part on a page of its own with its header", () => {
    expect(report.kinds).toHaveLength(22);
    const parts = Math.ceil(report.matrix.length / PRINT_ROWS_PER_PART);
    for (let p = 1; p <= parts; p++) {
      const caption = `Recommendations × form kinds, part ${p} of ${parts}`;
      const onPage = pages.filter((t) => t.includes(caption));
      expect(onPage, caption).toHaveLength(1);
      const at = onPage[0].indexOf(caption);
      expect(onPage[0].slice(0, at).trim(), `${caption} starts its page`).toBe("");
      const page = onPage[0].slice(at);
      expect(page).toContain("Form kind");
      for (const kind of report.kinds) expect(page, `${kind} in part ${p}`).toMatch(new RegExp(`^\\s*${kind}\\s`, "m"));
    }
  });

  it("puts the page number, the input hash and the date on every page", () => {
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain(`Inputs SHA-256 ${report.inputs.sha256} · generated ${report.generatedAt.slice(0, 10)}`);
    });
  });

  it("leaves out the screen's controls and keeps the verdict on the first page", () => {
    expect(pages[0]).toContain("Verdict: ✗ Non-compliant");
    expect(pages.join("\n")).not.toContain("All statuses");
  });
});
