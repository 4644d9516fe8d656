/**
 * The HTML report in a real browser (Debian's chromium, headless, through playwright-core): it
 * renders the verdict, the configuration and the matrix with the right counts, keeps the
 * matrix's header row and first column in view, links cells to findings and evidence and
 * findings to their rules, keeps its filters in the URL, makes no request of any kind, and
 * hostile text in a form renders as text with no script run.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../report/html";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium";
import { edExamples, example, HOSTILE_FORM, reportFor } from "./fixture";

// Functions passed to page.evaluate run in the page; these stand for its globals (the project
// compiles without the DOM library).
interface PageElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number; left: number };
  scrollTop: number;
  scrollLeft: number;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<PageElement>; querySelector(selector: string): PageElement };
declare function getComputedStyle(e: PageElement): { display: string };

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts");

const { report } = reportFor(
  {
    ...edExamples(),
    "minor-injury-unit.compliant.form": example("minor-injury-unit.compliant.form"),
    "minor-injury-unit.noncompliant.form": example("minor-injury-unit.noncompliant.form"),
    "hostile.form": HOSTILE_FORM,
  },
  { config: { rules: { "cqc-dorset-2015/miu-information-sharing-notice": "info" } } },
);

/** Compliant forms only: every cell met, partly met, not applicable or not checkable. */
const clean = reportFor({
  "a.form": example("emergency-department-adult.compliant.form"),
  "p.form": example("emergency-department-paediatric.compliant.form"),
  "miu.form": example("minor-injury-unit.compliant.form"),
}).report;

async function openReport(r: typeof report): Promise<Page> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-report-html-"));
  fs.writeFileSync(path.join(dir, "report.html"), renderHtml(r));
  const p = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await p.goto(pathToFileURL(path.join(dir, "report.html")).href);
  return p;
}

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
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
    return { rows: shown("#matrix tbody tr[data-row]", "data-row"), kinds: shown("#matrix thead th.kind", "data-kind"), forms: shown(".form", "data-form") };
  });
}

async function setFilters(kind: string, status: string, text: string) {
  await page.selectOption("#f-kind", kind);
  await page.selectOption("#f-status", status);
  await page.fill("#f-text", text);
}

const rowsWith = (pred: (m: (typeof report.matrix)[number]) => boolean) => report.matrix.filter(pred).map((m) => (m.recommendation !== undefined ? `rec:${m.recommendation}` : `para:${m.paragraph}`));

describe("HTML report in chromium", () => {
  it("puts the verdict, its reasons and the configuration's overrides first", async () => {
    expect(await page.locator("main > section").first().getAttribute("id")).toBe("verdict");
    expect(await page.locator("#h-verdict").innerText()).toBe("Verdict: ✗ Non-compliant");
    expect(await page.locator("#verdict li").allInnerTexts()).toEqual(report.verdict.reasons);
    expect(await page.locator("#overrides tbody tr").allInnerTexts()).toEqual(["cqc-dorset-2015/miu-information-sharing-notice\twarning\tinfo"]);
    expect(await page.locator("#packs tbody tr").first().innerText()).toContain(report.packs[0].sha256);
  });

  it("renders the summary and the matrix with the model's counts", async () => {
    const dd = await page.locator("#summary dd").allTextContents();
    const s = report.summary;
    expect(dd.map(Number)).toEqual([s.files, s.forms, s.formKinds, s.notAssessed, s.errors, s.warnings, s.infos, s.waivedFindings, s.waivers, s.expiredWaivers, s.flaggedWaivers]);
    expect(await page.locator("#matrix tbody tr[data-row]").count()).toBe(report.matrix.length);
    expect(await page.locator("#matrix thead th.kind").allTextContents()).toEqual(["emergency-department (5 forms)", "minor-injury-unit (2 forms)"]);
    for (const [status, n] of Object.entries(report.statusCounts)) {
      expect(await page.locator(`#matrix tbody td[data-status="${status}"]`).count(), status).toBe(n);
    }
    // recommendation 2.2 (who accompanies the child): the 2015 paediatric ED form lacks it
    expect(await page.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"]').innerText()).toMatch(/✗\s*missing\s*1 of 3/);
    expect(await page.locator('#matrix tr[data-rec="2.12"] td[data-kind="emergency-department"]').innerText()).toMatch(/⚑\s*waived\s*2 of 3/);
    expect(await page.locator('#matrix tr[data-paragraph="1.23"] td[data-kind="emergency-department"]').innerText()).toMatch(/✗\s*missing/);
    // the review's headings, and "not checkable" reasons in visible text
    expect(await page.locator("#matrix tr.group th").first().innerText()).toMatch(/^Dorset CCG and Dorset Healthcare University NHS Foundation Trust should:/);
    expect(await page.locator('#matrix tr[data-rec="1.15"] th').innerText()).toContain("Not checkable: Governance of the LAC service");
    expect(await page.locator("#f-count").textContent()).toBe(`Showing ${report.matrix.length} of ${report.matrix.length} rows and ${report.forms.length} of ${report.forms.length} forms.`);
  });

  it("keeps the matrix's header row and first column in view while it scrolls", async () => {
    const moved = await page.evaluate(() => {
      const wrap = document.querySelector(".matrix-wrap");
      const head = document.querySelector('#matrix thead th[data-kind="minor-injury-unit"]');
      const first = document.querySelector('#matrix tr[data-rec="4.2"] th');
      const before = { head: 0, first: first.getBoundingClientRect().left - wrap.getBoundingClientRect().left };
      wrap.scrollTop = 1500;
      wrap.scrollLeft = 400;
      return { before, after: { head: head.getBoundingClientRect().top - wrap.getBoundingClientRect().top, first: first.getBoundingClientRect().left - wrap.getBoundingClientRect().left }, scrolled: wrap.scrollTop };
    });
    expect(moved.scrolled).toBeGreaterThan(1000);
    // the header row sticks to the top of the scrolling region (past the caption it started under)
    expect(Math.abs(moved.after.head - moved.before.head)).toBeLessThan(2);
    expect(Math.abs(moved.after.first - moved.before.first)).toBeLessThan(2);
  });

  it("links a missing cell to the form's findings, a met cell to its evidence, and each finding to its rule", async () => {
    await page.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"] a').click();
    expect(new URL(page.url()).hash).toMatch(/^#form-/);
    const target = page.locator(":target");
    expect(await target.getAttribute("data-form")).toBe("ed-paediatric-noncompliant");
    const good = await openReport(clean);
    expect(await good.locator('#matrix tr[data-rec="1.1"] td[data-kind="minor-injury-unit"]').innerText()).toMatch(/◐\s*partly met\s*1 of 1/);
    await good.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"] a').click();
    expect(await good.locator(":target").getAttribute("id")).toMatch(/^ev-/);
    const ev = clean.matrix.find((m) => m.recommendation === "2.2")!.cells[0].evidence!;
    expect(ev.map((e) => e.field)).toEqual(["accompanying_name", "accompanying_relationship"]);
    expect(await good.locator(":target").innerText()).toContain(`Recommendation 2.2: accompanying_name (line ${ev[0].line}), accompanying_relationship (line ${ev[1].line})`);
    await good.close();
    const finding = page.locator('details[data-form="ed-paediatric-noncompliant"] a.rule', { hasText: "cqc-dorset-2015/ed-accompanying-adult" }).first();
    await finding.click();
    expect(await page.locator(":target h3").innerText()).toMatch(/cqc-dorset-2015\/ed-accompanying-adult$/);
  });

  it("shows each form's version and owner, in a collapsible section listed in the contents", async () => {
    const form = page.locator('details[data-form="ed-adult-compliant"]');
    expect(await form.locator(".sub").innerText()).toMatch(/version 6\.0 · owner Dorset County Hospital NHS Foundation Trust, Emergency Department/);
    expect(await page.locator(".contents a").count()).toBe(report.forms.length);
    expect(await form.getAttribute("open")).not.toBeNull();
    await form.locator("summary").click();
    expect(await form.getAttribute("open")).toBeNull();
    await form.locator("summary").click();
  });

  it("filters by form kind", async () => {
    await setFilters("minor-injury-unit", "", "");
    const v = await visible();
    expect(v.kinds).toEqual(["minor-injury-unit"]);
    expect(v.forms.sort()).toEqual(report.forms.filter((f) => f.kind === "minor-injury-unit").map((f) => f.id).sort());
    expect(v.rows).toHaveLength(report.matrix.length);
    expect(await page.locator('#matrix tr[data-rec="2.2"] td[data-kind="emergency-department"]').isVisible()).toBe(false);
  });

  it("filters by status, within the chosen kind", async () => {
    await setFilters("", "waived", "");
    expect(rowsWith((m) => m.cells.some((c) => c.status === "waived"))).toEqual(["rec:2.12"]);
    expect((await visible()).rows).toEqual(["rec:2.12"]);
    await setFilters("minor-injury-unit", "missing", "");
    const missingMiu = rowsWith((m) => m.cells.find((c) => c.kind === "minor-injury-unit")!.status === "missing");
    expect(missingMiu.length).toBeGreaterThan(0);
    const v = await visible();
    expect(v.rows).toEqual(missingMiu);
    // the 2015 MIU form has unmet requirements; the compliant one has at most suggestions (infos)
    expect(v.forms).toEqual(["miu-triage-noncompliant"]);
  });

  it("searches by text", async () => {
    await setFilters("", "", "ed-accompanying-adult");
    const v = await visible();
    expect(v.rows).toEqual(["rec:2.2"]);
    expect(v.forms).toEqual(["ed-paediatric-noncompliant"]);
    await setFilters("", "", "no such words anywhere");
    expect(await visible()).toEqual({ rows: [], kinds: ["emergency-department", "minor-injury-unit"], forms: [] });
    expect(await page.locator("#f-count").textContent()).toBe(`Showing 0 of ${report.matrix.length} rows and 0 of ${report.forms.length} forms.`);
  });

  it("keeps the filters in the URL, and a page opened at that URL shows the same view", async () => {
    await setFilters("minor-injury-unit", "missing", "triage");
    // read from the page itself: page.url() follows history.replaceState only asynchronously
    const filtered = await page.evaluate(() => location.href);
    expect(new URL(filtered).search).toBe("?kind=minor-injury-unit&status=missing&q=triage");
    const shown = await visible();
    const other = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await other.goto(filtered);
    await other.waitForSelector("#controls:not([hidden])");
    expect(await other.inputValue("#f-kind")).toBe("minor-injury-unit");
    expect(await other.inputValue("#f-status")).toBe("missing");
    expect(await other.inputValue("#f-text")).toBe("triage");
    expect(await other.locator("#f-count").textContent()).toBe(await page.locator("#f-count").textContent());
    expect(shown.rows.length).toBeGreaterThan(0);
    await other.close();
    await setFilters("", "", "");
    expect(await page.evaluate(() => location.search)).toBe("");
  });

  it("shows hostile text from a form as text, and runs none of it", async () => {
    await setFilters("", "", "");
    const title = await page.locator('details[data-form="hostile-ed"] h3').textContent();
    expect(title).toContain("</title><script>alert(3)</script> | pipe");
    const waiverRow = page.locator("#waivers tbody tr", { hasText: "hostile-ed" });
    expect(await waiverRow.textContent()).toContain("<img src=x onerror=alert(2)> | <script>alert(1)</script>");
    expect(await waiverRow.textContent()).toContain("<svg onload=alert(4)>");
    const counts = await page.evaluate(() => ({
      scripts: document.querySelectorAll("script:not([type])").length,
      data: document.querySelectorAll('script[type="application/json"]').length,
      imgs: document.querySelectorAll("img").length,
      svgs: document.querySelectorAll("svg").length,
    }));
    expect(counts).toEqual({ scripts: 1, data: 1, imgs: 0, svgs: 1 });
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("makes no request beyond opening its own file", async () => {
    expect(requests.every((r) => r.split("?")[0].split("#")[0] === url)).toBe(true);
    expect(requests.length).toBeGreaterThan(0);
  });

  it("saves a screenshot to test-artifacts/report.png", async () => {
    await setFilters("", "", "");
    await page.locator("#f-text").blur();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "report.png");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });
});
declare const window: { scrollTo(x: number, y: number): void };
declare const location: { href: string; search: string };
