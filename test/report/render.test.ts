import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REPORT_CSS, REPORT_JS } from "../../report/html-assets";
import { esc, messageHtml, renderHtml } from "../../report/html";
import { mdText, renderMarkdown } from "../../report/markdown";
import { edExamples, HOSTILE_FORM, reportFor } from "./fixture";

const { report } = reportFor({ ...edExamples(), "hostile.form": HOSTILE_FORM });
const html = renderHtml(report);
const md = renderMarkdown(report);

describe("HTML report", () => {
  it("escapes every text from the input", () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    // the form title and the waiver's reason and author are shown, as text
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(2)&gt; | &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;svg onload=alert(4)&gt;");
    expect(html).not.toMatch(/<script>alert|<img|<svg onload|<\/title><script/);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("shows a message's `code` spans as code, still escaped", () => {
    expect(messageHtml("Add `covers <x>` & `y`")).toBe("Add <code>covers &lt;x&gt;</code> &amp; <code>y</code>");
  });

  it("is self-contained: no URL is loaded and nothing is fetched", () => {
    // input text is escaped, so every "<" left opens one of the page's own tags
    const tags = html.match(/<[a-zA-Z][^>]*>/g)!;
    expect(tags.filter((t) => /\s(src|href|action|srcset|poster|data|formaction|background)\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<(link|iframe|object|embed|img|base|audio|video|source)\b/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(/i);
    // the only URL is the SVG namespace, which is a name and never fetched
    expect(html.match(/https?:\/\/[^\s"')]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("allows by hash exactly its own inline stylesheet and script, and nothing else", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(csp).toContain(`style-src ${hash(REPORT_CSS)}`);
    expect(csp).toContain(`script-src ${hash(REPORT_JS)}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain(`<style>${REPORT_CSS}</style>`);
    expect(html).toContain(`<script>${REPORT_JS}</script>`);
    // inline style attributes would be blocked by this policy: there are none
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("is accessible: captions, scoped header cells, and a word beside every status symbol", () => {
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<caption>/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html.match(/<th scope="row">/g)!.length).toBeGreaterThanOrEqual(42);
    expect(html).toMatch(/<th scope="col" class="kind" data-kind="emergency-department">/);
    const label = { met: "✓</span><span class=\"lbl\">met", missing: "✗</span><span class=\"lbl\">missing", waived: "⚑</span><span class=\"lbl\">waived", "not-applicable": "–</span><span class=\"lbl\">not applicable", "not-checkable": "∅</span><span class=\"lbl\">not checkable" };
    const cells = html.match(/<td class="cell st-[^"]+"[^>]*>.*?<\/td>/g)!;
    expect(cells).toHaveLength(42 * report.kinds.length);
    for (const c of cells) {
      const status = /st-([a-z-]+)/.exec(c)![1] as keyof typeof label;
      expect(c).toContain(label[status]);
    }
  });

  it("has print styles", () => {
    expect(REPORT_CSS).toContain("@media print");
  });
});

describe("Markdown report", () => {
  it("escapes HTML and table pipes in text from the input", () => {
    expect(mdText("a | <b>c</b>\nd & e")).toBe("a \\| &lt;b&gt;c&lt;/b&gt; d &amp; e");
    expect(md).not.toMatch(/<script>|<img|<svg/);
    expect(md).toContain("&lt;img src=x onerror=alert(2)&gt; \\| &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps every table row to the header's number of cells", () => {
    for (const table of md.split("\n\n").filter((b) => b.startsWith("|"))) {
      const rows = table.split("\n");
      const cells = (row: string) => row.replace(/\\\|/g, "").split("|").length;
      for (const row of rows) expect(cells(row)).toBe(cells(rows[0]));
    }
  });

  it("has the summary, a matrix row per recommendation, the findings and the waivers", () => {
    expect(md).toMatch(/\*\*5 forms\*\* of 1 kind in 5 files: \*\*\d+ errors\*\*/);
    expect(md.split("\n").filter((l) => /^\| \d+\.\d+ \|/.test(l))).toHaveLength(42);
    expect(md).toContain("| 2.2 | ✗ 1/3 |");
    expect(md).toContain("<b>ed-paediatric-noncompliant</b>");
    expect(md).toContain("> “");
    expect(md).toMatch(/\| cqc-dorset-2015\/ed-paediatric-liaison \| ed-paediatric-noncompliant \| Interim action plan/);
    expect(md).toContain(report.inputs.sha256);
  });
});
