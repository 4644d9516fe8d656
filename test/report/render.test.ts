import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { REPORT_CSS, REPORT_JS } from "../../report/html-assets";
import { contentSecurityPolicy, esc, messageHtml, printPageCss, renderHtml } from "../../report/html";
import { escapeMarkdown, markdownCode } from "../../report/escape-markdown";
import { renderMarkdown, renderMarkdownSummary } from "../../report/markdown";
import { STATUS_LABEL } from "../../report/labels";
import { SUMMARY_LIMIT } from "../../report/markdown";
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
    // the page's own script, and the inert JSON `--verify` reads (with every "<" escaped)
    expect(html.match(/<script/g)).toHaveLength(2);
    const data = /<script type="application\/json" id="formguard-inputs">([^<]*)<\/script>/.exec(html)!;
    expect(JSON.parse(data[1])).toEqual({ inputs: report.inputs, configuration: report.configuration, packs: report.packs });
  });

  it("shows a message's `code` spans as code, still escaped", () => {
    expect(messageHtml("Add `covers <x>` & `y`")).toBe("Add <code>covers &lt;x&gt;</code> &amp; <code>y</code>");
  });

  it("is self-contained: no URL is loaded and nothing is fetched; links go only within the page", () => {
    // input text is escaped, so every "<" left opens one of the page's own tags
    const tags = html.match(/<[a-zA-Z][^>]*>/g)!;
    expect(tags.filter((t) => /\s(src|action|srcset|poster|data|formaction|background)\s*=/i.test(t))).toEqual([]);
    const hrefs = tags.flatMap((t) => /\shref="([^"]*)"/.exec(t)?.[1] ?? []);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const h of hrefs) expect(h).toMatch(/^#[A-Za-z0-9_-]+$/);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const h of hrefs) expect(ids.has(h.slice(1)), h).toBe(true);
    expect(tags.filter((t) => /^<(link|iframe|object|embed|img|base|audio|video|source)\b/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(/i);
    // the only URL is the SVG namespace, which is a name and never fetched
    expect(html.match(/https?:\/\/[^\s"')]+/g)).toEqual(["http://www.w3.org/2000/svg"]);
  });

  it("allows by hash exactly its own inline stylesheet and script, and nothing else", () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
    expect(csp).toContain(`style-src ${hash(REPORT_CSS)} ${hash(printPageCss(report))}`);
    expect(csp).toBe(contentSecurityPolicy(printPageCss(report)));
    expect(csp).toContain(`script-src ${hash(REPORT_JS)}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain(`<style>${REPORT_CSS}</style><style>${printPageCss(report)}</style>`);
    expect(html).toContain(`<script>${REPORT_JS}</script>`);
    // inline style attributes would be blocked by this policy: there are none
    expect(html).not.toMatch(/\sstyle="/);
  });

  it("is accessible: captions, scoped header cells, and a word beside every status symbol", () => {
    expect(html).toContain('<html lang="en">');
    expect(html.match(/<caption>/g)!.length).toBeGreaterThanOrEqual(2);
    expect(html.match(/<th scope="row">/g)!.length).toBeGreaterThanOrEqual(report.matrix.length);
    expect(html).toMatch(/<th scope="col" class="kind" data-kind="emergency-department">/);
    const cells = html.match(/<td class="cell st-[^"]+"[^>]*>.*?<\/td>/g)!;
    expect(cells).toHaveLength(report.matrix.length * report.kinds.length);
    for (const c of cells) {
      const status = /st-([a-z-]+)/.exec(c)![1] as keyof typeof STATUS_LABEL;
      expect(c).toContain(`${STATUS_LABEL[status].symbol}</span><span class="lbl">${STATUS_LABEL[status].text}`);
    }
  });

  it("puts only the hash, the date and fixed words in the printed pages' running footer", () => {
    const css = printPageCss({ ...report, generatedAt: 'x"; } body { display: none' });
    expect(css).toContain(`Inputs SHA-256 ${report.inputs.sha256} · generated  · formguard audit report`);
    expect(css).not.toContain("display: none");
  });

  it("has print styles", () => {
    expect(REPORT_CSS).toContain("@media print");
  });
});

describe("Markdown report", () => {
  it("escapes HTML, table pipes and Markdown syntax in text from the input", () => {
    expect(escapeMarkdown("a | <b>c</b>\nd & e")).toBe("a \\| &lt;b&gt;c&lt;/b&gt; d &amp; e");
    expect(escapeMarkdown("*bold* _it_ [link](x) `code` ~~s~~ \\")).toBe("\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\~\\~s\\~\\~ \\\\");
    expect(markdownCode("a`b|c\nd")).toBe("`a'b¦c d`");
    expect(md).not.toMatch(/<script>|<img|<svg/);
    expect(md).toContain("&lt;img src=x onerror=alert(2)&gt; \\| &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps every table row to the header's number of cells", () => {
    for (const text of [md, renderMarkdownSummary(report)]) {
      for (const table of text.split("\n\n").filter((b) => b.startsWith("|"))) {
        const rows = table.split("\n");
        const cells = (row: string) => row.replace(/\\\|/g, "").split("|").length;
        for (const row of rows) expect(cells(row)).toBe(cells(rows[0]));
      }
    }
  });

  it("has the verdict, the configuration, a row per recommendation and paragraph under the review's headings, the findings and the waivers", () => {
    expect(md).toMatch(/^## formguard audit report\n\n\*\*Verdict: ✗ Non-compliant\*\* — at least one error-level finding is not waived\.\n\n- \d+ unwaived errors/);
    expect(md).toContain("No rule is switched off or re-levelled by the configuration.");
    expect(md).toMatch(/\*\*5 forms\*\* of 1 kind in 5 files: \*\*\d+ errors\*\*/);
    expect(md.split("\n").filter((l) => /^\| \d+\.\d+ \|/.test(l))).toHaveLength(42);
    expect(md.split("\n").filter((l) => /^\| ¶ \d+(\.\d+)+ \|/.test(l)).length).toBeGreaterThan(30);
    expect(md).toContain("#### Dorset CCG and Dorset County Hospital NHS Foundation Trust should: (`cqc-dorset-2015`)");
    expect(md).toContain("| 2.2 | ✗ 1/3 |");
    expect(md).toContain("<b>ed-paediatric-noncompliant</b>");
    expect(md).toContain("> “");
    expect(md).toMatch(/\| `cqc-dorset-2015\/ed-paediatric-liaison` \| ed-paediatric-noncompliant \| Interim action plan/);
    expect(md).toContain(report.inputs.sha256);
  });

  it("--summary keeps the verdict, the configuration and the rows with problems, and gives way row by row under the limit", () => {
    const summary = renderMarkdownSummary(report);
    expect(summary).toContain("**Verdict: ✗ Non-compliant**");
    expect(summary).toContain("| 2.2 | ✗ 1/3 |");
    expect(summary).not.toMatch(/^\| 1\.1 \|/m);
    expect(summary).not.toContain("### Findings");
    // a report whose problem rows could not all fit: the last rows give way, and it says so
    const many = { ...report, matrix: Array.from({ length: 5000 }, (_, i) => ({ ...report.matrix.find((m) => m.recommendation === "2.2")!, recommendation: `9.${i}` })) };
    const cut = renderMarkdownSummary(many);
    expect(cut.length).toBeLessThan(SUMMARY_LIMIT);
    expect(cut).toMatch(/And \d+ more rows with problems: see the full report\./);
  });
});
