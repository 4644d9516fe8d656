/**
 * End to end: a real VS Code (code-server in Chromium) with the packaged extension installed
 * opens a non-compliant form. The Problems panel lists formguard's diagnostics with their
 * citations, hovering a concept explains it, and applying a quick fix removes its diagnostic.
 * The form's preview opens beside it, follows edits (keeping the answers typed into it), and
 * clicking a question in it shows that question's line.
 * Screenshots go to test-artifacts/e2e-*.png.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import { packageVsix } from "../vscode/vsix";
import { ensureCodeServer, ROOT, startCodeServer, type RunningCodeServer } from "./code-server";

// The browser's, for code run in the page (the tests are type-checked without the DOM library).
declare function getComputedStyle(element: unknown): { paddingTop: string };

const FORM = "emergency-department-paediatric.noncompliant.form";
/** Copied into the workspace but never opened: only *Lint workspace* reports on it. */
const UNOPENED = "minor-injury-unit.noncompliant.form";
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const CHROMIUM = process.env.FORMGUARD_CHROMIUM ?? "/usr/bin/chromium";

let server: RunningCodeServer;
let browser: Browser;
let page: Page;
let formText: string;

async function shot(name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `e2e-${name}.png`) });
}

/** Runs a command from the palette by its title, as a user would. */
async function runCommand(title: string): Promise<void> {
  await page.keyboard.press("F1");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`>${title}`);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: title }).first().waitFor();
  await page.keyboard.press("Enter");
}

/** Opens (or focuses) the form with Quick Open, as a user would. */
async function openForm(): Promise<void> {
  await page.keyboard.press("Control+P");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(FORM);
  await page.locator(".quick-input-list .monaco-list-row", { hasText: FORM }).first().waitFor();
  await page.keyboard.press("Enter");
  await page.locator(".monaco-editor .view-lines", { hasText: "ed-paediatric-noncompliant" }).waitFor();
}

/** Puts the cursor at a 1-based line and column with Go to Line. */
async function goTo(line: number, column: number): Promise<void> {
  await page.locator(".monaco-editor textarea").first().focus();
  await page.keyboard.press("Control+G");
  const input = page.locator(".quick-input-widget input");
  await input.waitFor({ state: "visible" });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press("Enter");
  await input.waitFor({ state: "hidden" });
}

/** Where the first line that starts with `text` (after indentation) starts it: not in a comment. */
function positionOf(text: string): { line: number; column: number } {
  const lines = formText.split("\n");
  const line = lines.findIndex((l) => l.trimStart().startsWith(text));
  if (line < 0) throw new Error(`${text} is not in ${FORM}`);
  return { line: line + 1, column: lines[line].indexOf(text) + 1 };
}

/** The Problems panel's rows, as text, after filtering by `filter`. */
async function problemRows(filter: string): Promise<string[]> {
  const box = page.locator('input[aria-label="Filter Problems"]').first();
  await box.fill(filter);
  await page.waitForTimeout(300);
  return page.locator(".markers-panel .monaco-list-row").allInnerTexts();
}

beforeAll(async () => {
  // screenshots of an earlier run (and its failures) would mislead
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of fs.readdirSync(ARTIFACTS)) if (/^e2e-.*\.(png|txt|log)$/.test(f)) fs.rmSync(path.join(ARTIFACTS, f));
  ensureCodeServer();
  const vsix = process.env.FORMGUARD_VSIX ? path.resolve(ROOT, process.env.FORMGUARD_VSIX) : packageVsix();
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "formguard-e2e-ws-"));
  for (const f of [FORM, UNOPENED]) fs.copyFileSync(path.join(ROOT, "examples", "forms", f), path.join(workspace, f));
  formText = fs.readFileSync(path.join(workspace, FORM), "utf8");
  server = await startCodeServer(vsix, workspace);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
  });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.url);
  await page.locator(".monaco-workbench").waitFor({ timeout: 120_000 });
  // open the form with Quick Open
  await openForm();
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, "e2e-code-server.log"), server.log());
    await server.stop();
    fs.rmSync(server.workspace, { recursive: true, force: true });
  }
});

describe("formguard in VS Code", () => {
  it("recognises the form's language and highlights it with the grammar", async () => {
    onTestFailed(() => shot("failed-highlighting"));
    await expect.poll(() => page.locator(".statusbar-item", { hasText: "formguard form" }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
    // the dotted concept id is one token, so one span holds it whole
    const at = positionOf("covers child.presentation");
    await goTo(at.line, at.column);
    await expect.poll(() => page.locator(".view-line span span", { hasText: /^child\.presentation$/ }).count()).toBeGreaterThan(0);
    await shot("highlighting");
  });

  it("lists formguard's diagnostics with their citations in the Problems panel", async () => {
    onTestFailed(() => shot("failed-problems"));
    await page.keyboard.press("Control+Shift+M");
    await page.locator(".markers-panel").waitFor();
    await expect.poll(() => problemRows("accompanying-adult"), { timeout: 90_000 }).toEqual(
      expect.arrayContaining([expect.stringMatching(/Full name of the adult accompanying the child \(accompanying-adult\.name\).*recommendation 2\.2; paragraph 1\.20/s)]),
    );
    const rows = await problemRows("accompanying-adult");
    expect(rows.join("\n")).toMatch(/formguard/);
    expect(rows.join("\n")).toMatch(/cqc-dorset-2015\/ed-accompanying-adult/);
    await problemRows("");
    await shot("problems");
    // the full message, with its citation and quick fixes, in the editor's hover
    await page.locator(".markers-panel .monaco-list-row", { hasText: "Full name of the adult accompanying" }).first().dblclick();
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    await expect.poll(() => page.locator(".monaco-hover:visible").first().innerText().catch(() => ""), { timeout: 30_000 }).toMatch(/recommendation 2\.2/);
    await shot("diagnostic-hover");
    await page.keyboard.press("Escape");
  });

  it("shows the workspace's errors and warnings in the status bar", async () => {
    onTestFailed(() => shot("failed-status-bar"));
    const item = page.locator(".statusbar-item", { hasText: /formguard\s+\d+\s+\d+/ }).first();
    await expect.poll(async () => Number((/formguard\s+(\d+)/.exec(await item.innerText()) ?? [])[1] ?? 0), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it("explains a concept on hover", async () => {
    onTestFailed(() => shot("failed-hover"));
    const at = positionOf("covers risk.analysis");
    await goTo(at.line, at.column + "covers ".length + 2);
    await page.keyboard.press("Control+K");
    await page.keyboard.press("Control+I");
    const hover = page.locator(".monaco-hover:visible").first();
    await expect.poll(() => hover.innerText().catch(() => ""), { timeout: 30_000 }).toMatch(/summary and analysis of the risk of harm/i);
    await shot("hover");
    await page.keyboard.press("Escape");
  });

  it("applies a quick fix, and its diagnostic goes away", async () => {
    onTestFailed(() => shot("failed-quick-fix"));
    // go to the diagnostic from the Problems panel, as a user would
    await problemRows("accompanying-adult.name");
    await page.locator(".markers-panel .monaco-list-row", { hasText: "accompanying-adult.name" }).first().dblclick();
    await page.waitForTimeout(500);
    await page.keyboard.press("Control+.");
    const action = page.locator(".action-widget .monaco-list-row", { hasText: "accompanying-adult.name" }).first();
    await action.waitFor({ timeout: 30_000 });
    await shot("quick-fix");
    await action.click();
    // the fixed concept's diagnostic goes; the one for the concept still missing stays
    await expect.poll(() => problemRows("Full name of the adult accompanying"), { timeout: 60_000 }).toEqual([]);
    const remaining = async () => {
      const rows = await problemRows("accompanying-adult");
      return { relationship: rows.filter((r) => r.includes("Relationship of the accompanying adult")).length, name: rows.filter((r) => r.includes("Full name of the adult accompanying")).length };
    };
    await expect.poll(remaining, { timeout: 30_000 }).toEqual({ relationship: 1, name: 0 });
    const at = positionOf("form ed-paediatric-noncompliant");
    await goTo(at.line, at.column);
    await problemRows("");
    await shot("after-fix");
  });

  it("lints the whole workspace from the command palette, including files not open", async () => {
    onTestFailed(() => shot("failed-lint-workspace"));
    await runCommand("formguard: Lint workspace");
    const toast = page.locator(".notification-toast", { hasText: /formguard: \d+ errors? and \d+ warnings? in 2 files\./ });
    await toast.waitFor({ timeout: 60_000 });
    await expect.poll(() => problemRows("minor-injury-unit"), { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/cqc-dorset-2015\/miu-/)]));
    await shot("lint-workspace");
    // listed once, not once from the server and again from the command
    const hiddenChild = async () => (await problemRows("(caring-responsibilities)")).filter((r) => r.includes("miu-hidden-child")).length;
    await expect.poll(hiddenChild, { timeout: 30_000 }).toBe(1);
    await problemRows("");
  });

  it("restarts the server and shows its output from the palette", async () => {
    onTestFailed(() => shot("failed-restart"));
    await runCommand("formguard: Restart server");
    await page.locator(".statusbar-item", { hasText: "formguard: language server restarted" }).waitFor({ timeout: 60_000 });
    // the restarted server reports again
    await expect.poll(async () => (await problemRows("Relationship of the accompanying adult")).length, { timeout: 60_000 }).toBeGreaterThan(0);
    await runCommand("formguard: Show output");
    // (the editor renders spaces as no-break spaces)
    const outputText = async () => (await page.locator(".part.panel").first().innerText().catch(() => "")).replace(/\u00a0/g, " ");
    await expect.poll(outputText, { timeout: 30_000 }).toMatch(/Restarting the formguard language server/);
    await shot("output");
    await page.keyboard.press("Control+Shift+M");
    await problemRows("");
  });

  it("restarts a crashed server, and after repeated crashes stops and offers to restart it", async () => {
    onTestFailed(async () => {
      await shot("failed-crash");
      await runCommand("formguard: Show output");
      await page.waitForTimeout(1000);
      fs.writeFileSync(path.join(ARTIFACTS, "e2e-failed-crash-output.txt"), await page.locator(".part.panel").first().innerText());
      await runCommand("Notifications: Show Notifications");
      await page.waitForTimeout(500);
      await shot("failed-crash-notifications");
    });
    // Kill the server (only the one this test's code-server started) once it is working, and
    // wait for the extension to start a new one that works; the fifth crash within three
    // minutes is one too many.
    await page.keyboard.press("Control+Shift+M");
    const serving = async () => (await problemRows("Relationship of the accompanying adult")).length > 0;
    for (let crash = 1; crash <= 5; crash++) {
      await expect.poll(() => server.languageServerPids(), { timeout: 60_000 }).toHaveLength(1);
      await expect.poll(serving, { timeout: 60_000 }).toBe(true);
      const killed = server.languageServerPids()[0];
      process.kill(killed, "SIGKILL");
      // Wait for that process to be gone, not for its problems to vanish: a restarted server can
      // publish them again before a poll sees the list empty.
      await expect.poll(() => server.languageServerPids().includes(killed), { timeout: 60_000 }).toBe(false);
      if (crash < 5) await expect.poll(() => server.languageServerPids().some((pid) => pid !== killed), { timeout: 60_000 }).toBe(true);
    }
    const toast = page.locator(".notification-toast", { hasText: "stopped 5 times in the last 3 minutes" });
    await toast.waitFor({ timeout: 30_000 });
    expect(server.languageServerPids()).toEqual([]);
    await shot("crashed");
    await toast.locator(".monaco-button", { hasText: "Restart server" }).click();
    await expect.poll(() => server.languageServerPids().length, { timeout: 30_000 }).toBe(1);
    await expect.poll(serving, { timeout: 60_000 }).toBe(true);
    await problemRows("");
  });

  it("opens the compliance report in a webview, its own script and style running under a strict policy", async () => {
    onTestFailed(() => shot("failed-report"));
    await runCommand("Notifications: Clear All Notifications");
    await runCommand("formguard: Open compliance report");
    const report = page.frameLocator("iframe.webview").frameLocator("iframe#active-frame");
    await report.locator("h1", { hasText: "formguard audit report" }).waitFor({ timeout: 90_000 });
    // the report's script unhides its filter controls; its stylesheet pads the page
    await expect.poll(() => report.locator("#controls").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await report.locator("body").evaluate((b) => getComputedStyle(b).paddingTop)).toBe("24px");
    const policy = await report.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/^default-src 'none'; img-src data:; style-src 'nonce-[A-Za-z0-9]{32}'; script-src 'nonce-[A-Za-z0-9]{32}'; /);
    expect(policy).not.toMatch(/unsafe|https?:/);
    await runCommand("View: Hide Panel");
    await shot("report");
  });

  it("opens the form's preview beside it, updates it as the text changes, keeps typed answers, and reveals a clicked question's line", async () => {
    onTestFailed(() => shot("failed-preview"));
    // back to the form's tab (a webview may hold the keyboard, so Quick Open would not open)
    await page.locator(".tabs-container .tab", { hasText: FORM }).first().click();
    await page.locator(".monaco-editor .view-lines", { hasText: "ed-paediatric-noncompliant" }).waitFor();
    await page.locator(".monaco-editor textarea").first().focus();
    // the keyboard shortcut Markdown's preview uses
    await page.keyboard.press("Control+K");
    await page.keyboard.press("V");
    const preview = page.frameLocator("iframe.webview").frameLocator("iframe#active-frame");
    await preview.locator("h1", { hasText: "Paediatric emergency department attendance (2015)" }).waitFor({ timeout: 60_000 });
    // beside the editor: two editor groups, the text still in the first
    expect(await page.locator(".editor-group-container").count()).toBe(2);
    expect(await page.locator(".editor-group-container").first().locator(".monaco-editor .view-lines", { hasText: "ed-paediatric-noncompliant" }).count()).toBe(1);
    // what is missing, in place, with its citation (the earlier quick fix added the adult's name)
    const relationship = preview.getByRole("note", { name: /^Missing prompt: Relationship of the accompanying adult/ });
    await relationship.waitFor();
    expect(await relationship.innerText()).toContain("recommendation 2.2");
    // it scrolls with the editor
    const scrollY = () => preview.locator("body").evaluate(() => (globalThis as unknown as { scrollY: number }).scrollY);
    expect(await scrollY()).toBe(0);
    const later = positionOf("field next_of_kin_phone");
    await goTo(later.line, later.column);
    await expect.poll(scrollY, { timeout: 30_000 }).toBeGreaterThan(0);
    await shot("preview");

    // an answer typed into the preview survives an edit of the text
    const firstText = preview.locator('.fg-field[data-type="text"] input').first();
    const answeredField = await firstText.locator("xpath=ancestor::div[contains(@class,'fg-field')]").getAttribute("data-field");
    await firstText.fill("Typed in the preview");
    const at = positionOf("section ");
    await goTo(at.line, 1);
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.keyboard.insertText("field preview_probe text required");
    const probe = preview.locator('.fg-field[data-field="preview_probe"]');
    await probe.waitFor({ timeout: 30_000 });
    expect(await probe.locator("input").getAttribute("required")).not.toBeNull();
    expect(await preview.locator(`.fg-field[data-field="${answeredField}"] input`).first().inputValue()).toBe("Typed in the preview");
    await shot("preview-updated");

    // clicking a question shows its line in the editor
    const target = preview.locator(".fg-field:not([hidden])").nth(3);
    const line = Number(await target.getAttribute("data-line"));
    await target.locator("label, legend").first().click();
    await expect.poll(() => page.locator(".statusbar-item", { hasText: /^Ln \d+, Col \d+/ }).first().innerText(), { timeout: 30_000 }).toMatch(new RegExp(`^Ln ${line + 1}, Col 1`));
    // the edit stays unsaved: undo it so later runs start from the example
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Z");
  });
});
