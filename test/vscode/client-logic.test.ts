/**
 * The client's decisions that do not need VS Code: when to stop restarting a crashing server,
 * what the status bar says, how CLI results become editor diagnostics under the severity
 * setting, and how the HTML report is locked down for the webview.
 */
import { describe, expect, it } from "vitest";
import { parseCliJson, ruleArgs, toPlainDiagnostics } from "../../client/cli-results";
import { CrashPolicy, gaveUpMessage } from "../../client/crash-policy";
import { countProblems, statusText } from "../../client/problem-count";
import { contentSecurityPolicy, makeNonce, secureReportHtml } from "../../client/report-html";

describe("crash policy", () => {
  it("restarts up to the limit within the window, then gives up and says why", () => {
    let now = 0;
    const policy = new CrashPolicy({ maxRestarts: 4, windowMs: 3 * 60_000, now: () => now });
    const decisions = [0, 10_000, 20_000, 30_000, 40_000].map((t) => ((now = t), policy.onCrash()));
    expect(decisions.map((d) => d.restart)).toEqual([true, true, true, true, false]);
    const last = decisions[4];
    if (last.restart) throw new Error("expected to give up");
    expect(gaveUpMessage(last)).toBe(
      "The formguard language server stopped 5 times in the last 3 minutes and will not be restarted automatically. See the formguard output for the cause, then restart it.",
    );
  });

  it("forgets crashes older than the window, so an occasional crash always restarts", () => {
    let now = 0;
    const policy = new CrashPolicy({ maxRestarts: 2, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 10; i++) {
      now = i * 61_000;
      expect(policy.onCrash().restart).toBe(true);
    }
  });

  it("starts counting afresh after the user restarts the server", () => {
    let now = 0;
    const policy = new CrashPolicy({ maxRestarts: 1, windowMs: 60_000, now: () => now });
    policy.onCrash();
    now = 1;
    expect(policy.onCrash().restart).toBe(false);
    policy.reset();
    now = 2;
    expect(policy.onCrash().restart).toBe(true);
  });
});

describe("status bar", () => {
  const uri = {};
  it("counts formguard's errors and warnings across files and ignores other sources", () => {
    const count = countProblems([
      [uri, [{ source: "formguard", severity: 0 }, { source: "formguard", severity: 1 }, { source: "formguard", severity: 2 }, { source: "eslint", severity: 0 }]],
      [uri, [{ source: "formguard", severity: 0 }, { severity: 0 }]],
    ]);
    expect(count).toEqual({ errors: 2, warnings: 1 });
  });

  it.each([
    [{ errors: 0, warnings: 0 }, "$(shield) formguard $(error) 0 $(warning) 0", "formguard: no problems in the workspace — click to open Problems"],
    [{ errors: 1, warnings: 2 }, "$(shield) formguard $(error) 1 $(warning) 2", "formguard: 1 error, 2 warnings in the workspace — click to open Problems"],
  ])("%o → %s", (count, text, tooltip) => {
    expect(statusText(count)).toEqual({ text, tooltip });
  });
});

describe("CLI results → diagnostics", () => {
  const results = parseCliJson(
    JSON.stringify([
      {
        filePath: "forms/ed.form",
        messages: [
          { ruleId: "cqc-dorset-2015/ed-accompanying-adult", level: "error", message: "Missing prompt — recommendation 2.2", line: 12, column: 3, endLine: 12, endColumn: 18 },
          { ruleId: "missing-label", level: "warning", message: "no label", line: 20, column: 11, endLine: 20, endColumn: 15 },
          { ruleId: "cqc-dorset-2015/ed-paediatric-liaison", level: "error", message: "liaison", line: 5, column: 1, endLine: 5, endColumn: 5 },
        ],
      },
    ]),
  );

  it("converts 1-based CLI positions to 0-based editor positions", () => {
    const d = toPlainDiagnostics(results).get("forms/ed.form")![0];
    expect(d).toEqual({ ruleId: "cqc-dorset-2015/ed-accompanying-adult", level: "error", message: "Missing prompt — recommendation 2.2", start: { line: 11, character: 2 }, end: { line: 11, character: 17 } });
  });

  it("passes formguard.rules to the CLI as --rule flags (the CLI resolves them as the server does)", () => {
    expect(ruleArgs({ "missing-label": "off", "cqc-dorset-2015/ed-paediatric-liaison": "info" })).toEqual(["--rule", "missing-label=off", "--rule", "cqc-dorset-2015/ed-paediatric-liaison=info"]);
    expect(ruleArgs({})).toEqual([]);
  });

  it("says clearly when the CLI printed something that is not JSON", () => {
    expect(() => parseCliJson("formguard: internal error")).toThrow(/did not print JSON/);
  });
});

describe("report webview HTML", () => {
  const nonce = "abc123";
  const report = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src *">
<link rel="stylesheet" href="https://cdn.example/x.css">
<style>body{color:red}</style></head>
<body><button onclick="alert(1)">Filter</button><img src="https://tracker.example/p.gif" alt="pixel">
<script src="https://cdn.example/x.js"></script><script>document.body.dataset.ok = "1"</script></body></html>`;
  const html = secureReportHtml(report, nonce);

  it("carries one strict policy that loads nothing remote", () => {
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(html).toContain(contentSecurityPolicy(nonce));
    expect(contentSecurityPolicy(nonce)).toBe(`default-src 'none'; img-src data:; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toMatch(/https:\/\/(cdn|tracker)\.example/);
  });

  it("allows the report's own inline style and script by nonce", () => {
    expect(html).toContain(`<style nonce="${nonce}">body{color:red}</style>`);
    expect(html).toContain(`<script nonce="${nonce}">document.body.dataset.ok = "1"</script>`);
  });

  it("paints the page white, as the report is designed, whatever the editor theme", () => {
    expect(html).toContain(`<style nonce="${nonce}">html { background: #ffffff; color-scheme: light; }</style>`);
  });

  it("drops inline event handlers, which the policy would block anyway", () => {
    expect(html).toContain("<button>Filter</button>");
  });

  it("makes 32-character alphanumeric nonces", () => {
    const n = makeNonce((k) => Uint8Array.from({ length: k }, (_, i) => i * 7));
    expect(n).toMatch(/^[A-Za-z0-9]{32}$/);
  });
});
