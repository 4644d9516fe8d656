/**
 * The HTML report in a real browser (Debian's chromium, headless, through playwright-core): it
 * renders the matrix with the right counts, its filters and search work, it makes no request of
 * any kind, and hostile text in a form renders as text with no script run.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../report/html";
import { edExamples, example, HOSTILE_FORM, reportFor } from "./fixture";

// Functions passed to page.evaluate run in the page; these stand for its globals (the project
// compiles without the DOM library).
interface PageElement {
  getAttribute(name: string): string | null;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement> };
declare function getComputedStyle(e: PageElement): { display: string };

const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");

const { report } = reportFor({
  ...edExamples(),
  "minor-injury-unit.compliant.form": example("minor-injury-unit.compliant.form"),
  "minor-injury-unit.noncompliant.form": example("minor-injury-unit.noncompliant.form"),
  "hostile.form": HOSTILE_FORM,
});

let browser: Browser;
let page: Page;
let url: string;
const requests: string[] = [];
const dialogs: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing, and the HTML report must be tested in a real browser: install Debian's chromium (apt-get install -y chromium), as CI's .ci/run does.`);
  }
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-html-"));
  const file = path.join(dir, "report.html");
  fs.writeFileSync(file, renderHtml(report));
  url = pathToFileURL(file).href;
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("request", (r) => requests.push(r.url()));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("#controls:not([hidden])");
});

afterAll(async () => {
  await browser?.close();
});

/** What is on screen now: data attributes of the visible matrix rows, kind columns and forms. */
async function visible() {
  return page.evaluate(() => {
    const shown = (sel: string, attr: string) =>
      Array.from(document.querySelectorAll(sel))
        .filter((e) => getComputedStyle(e).display !== "none")
        .map((e) => e.getAttribute(attr) ?? "");
    return { rows: shown("#matrix tbody tr", "data-rec"), kinds: shown("#matrix thead th.kind", "data-kind"), forms: shown(".form", "data-form") };
  });
}

async function setFilters(kind: string, status: string, text: string) {
  await page.selectOption("#f-kind", kind);
  await page.selectOption("#f-status", status);
  await page.fill("#f-text", text);
}

describe("HTML report in chromium", () => {
  it("renders the summary and the matrix with the model's counts", async () => {
    const dd = await page.locator("#summary dd").allTextContents();
    const s = report.summary;
    expect(dd.map(Number)).toEqual([s.files, s.forms, s.formKinds, s.errors, s.warnings, s.infos, s.waivedFindings, s.waivers, s.expiredWaivers]);
    expect(await page.locator("#matrix tbody tr").count()).toBe(42);
    expect(await page.locator("#matrix thead th.kind").allTextContents()).toEqual(["emergency-department (5 forms)", "minor-injury-unit (2 forms)"]);
    for (const [status, n] of Object.entries(report.statusCounts)) {
      expect(await page.locator(`#matrix tbody td[data-status="${status}"]`).count(), status).toBe(n);
    }
    // recommendation 2.2 (who accompanies the child): the 2015 paediatric ED form lacks it
    const cell = page.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"]');
    expect(await cell.innerText()).toMatch(/✗\s*missing 1 of 3/);
    expect(await page.locator('#matrix tr[data-rec="2.12"] td[data-kind="emergency-department"]').innerText()).toMatch(/⚑\s*waived 2 of 3/);
    expect(await page.locator('#matrix tr[data-rec="1.15"] td[data-kind="minor-injury-unit"]').getAttribute("title")).toBe("Governance of the LAC service");
    expect(await page.locator("#f-count").textContent()).toBe(`Showing 42 of 42 recommendations and ${report.forms.length} of ${report.forms.length} forms.`);
  });

  it("filters by form kind", async () => {
    await setFilters("minor-injury-unit", "", "");
    const v = await visible();
    expect(v.kinds).toEqual(["minor-injury-unit"]);
    expect(v.forms.sort()).toEqual(report.forms.filter((f) => f.kind === "minor-injury-unit").map((f) => f.id).sort());
    expect(v.rows).toHaveLength(42);
    expect(await page.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"]').isVisible()).toBe(false);
  });

  it("filters by status, within the chosen kind", async () => {
    await setFilters("", "waived", "");
    const withWaived = report.matrix.filter((m) => m.cells.some((c) => c.status === "waived")).map((m) => m.recommendation);
    expect(withWaived).toEqual(["2.12"]);
    expect((await visible()).rows).toEqual(withWaived);
    await setFilters("minor-injury-unit", "missing", "");
    const missingMiu = report.matrix.filter((m) => m.cells.find((c) => c.kind === "minor-injury-unit")!.status === "missing").map((m) => m.recommendation);
    expect(missingMiu.length).toBeGreaterThan(0);
    const v = await visible();
    expect(v.rows).toEqual(missingMiu);
    // the 2015 MIU form has unmet requirements; the compliant one has at most suggestions (infos)
    expect(v.forms).toEqual(["miu-triage-noncompliant"]);
  });

  it("searches by text", async () => {
    await setFilters("", "", "ed-accompanying-adult");
    const v = await visible();
    expect(v.rows).toEqual(["2.2"]);
    expect(v.forms).toEqual(["ed-paediatric-noncompliant"]);
    await setFilters("", "", "no such words anywhere");
    expect(await visible()).toEqual({ rows: [], kinds: ["emergency-department", "minor-injury-unit"], forms: [] });
    expect(await page.locator("#f-count").textContent()).toBe(`Showing 0 of 42 recommendations and 0 of ${report.forms.length} forms.`);
  });

  it("shows hostile text from a form as text, and runs none of it", async () => {
    await setFilters("", "", "");
    const title = await page.locator('article[data-form="hostile-ed"] h3').textContent();
    expect(title).toContain("</title><script>alert(3)</script> | pipe");
    const waiverRow = page.locator("#waivers tbody tr", { hasText: "hostile-ed" });
    expect(await waiverRow.textContent()).toContain("<img src=x onerror=alert(2)> | <script>alert(1)</script>");
    expect(await waiverRow.textContent()).toContain("<svg onload=alert(4)>");
    const counts = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script").length,
      imgs: document.querySelectorAll("img").length,
      svgs: document.querySelectorAll("svg").length,
    }));
    expect(counts).toEqual({ scripts: 1, imgs: 0, svgs: 1 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("makes no request beyond opening its own file", async () => {
    expect(requests).toEqual([url]);
  });

  it("saves a screenshot to test-artifacts/report.png", async () => {
    await setFilters("", "", "");
    await page.locator("#f-text").blur();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "report.png");
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });
});
