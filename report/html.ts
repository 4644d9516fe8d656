/**
 * `formguard report --format html`: one self-contained page (inline CSS, script and SVG) that
 * makes no network request of any kind. Its Content-Security-Policy allows only the page's own
 * stylesheets and script, by hash. Every text from the input goes through `esc`.
 *
 * Order: verdict, configuration and packs (nothing hidden by configuration), summary, matrix,
 * what was not assessed, forms, waivers, rules, and a footer naming exactly what was checked.
 * Accessible: headings, captions, `<th scope>`; each status is a symbol *and* a word, so colour
 * is never the only signal. Printable: a transposed, split matrix, and every page carries its
 * number, the input hash and the date (CSS @page margin boxes).
 */
import { EMBEDDED_INPUTS_ID } from "./embedded-inputs";
import { REPORT_CSS, REPORT_JS } from "./html-assets";
import { esc } from "./html-escape";
import { strictContentSecurityPolicy } from "./html-page";
import { formsSection, notAssessedSection, rulesSection, waiversSection } from "./html-forms";
import { printMatrix, screenMatrix } from "./html-matrix";
import { STATUS_LABEL, VERDICT_LABEL, inferenceText, plural } from "./labels";
import type { AuditReport } from "./schema";
import { CELL_STATUSES } from "./statuses";

export { esc, messageHtml } from "./html-escape";
export { formStatus } from "./html-forms";


export function contentSecurityPolicy(pageCss = ""): string {
  return strictContentSecurityPolicy(pageCss ? [REPORT_CSS, pageCss] : REPORT_CSS, REPORT_JS);
}

/**
 * The printed page's running footer: this report's hash and date, and the page number. Only
 * hex digits, digits and fixed words go into it — never text from the input.
 */
export function printPageCss(r: AuditReport): string {
  const date = /^[0-9T:.Z-]+$/.test(r.generatedAt) ? r.generatedAt.slice(0, 10) : "";
  return (
    `@page { @bottom-left { content: "Inputs SHA-256 ${r.inputs.sha256.replace(/[^0-9a-f]/g, "")} · generated ${date} · formguard audit report"; font: 7pt system-ui, sans-serif; color: #424a53; }` +
    ` @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #424a53; } }`
  );
}

function chartSvg(r: AuditReport): string {
  const max = Math.max(1, ...CELL_STATUSES.map((s) => r.statusCounts[s]));
  const rowH = 24;
  const labelW = 130;
  const barW = 260;
  const h = CELL_STATUSES.length * rowH + 8;
  const bars = CELL_STATUSES.map((s, i) => {
    const n = r.statusCounts[s];
    const w = n ? Math.max(2, Math.round((n / max) * barW)) : 0;
    const y = 4 + i * rowH;
    return (
      `<text x="0" y="${y + 15}">${STATUS_LABEL[s].symbol} ${esc(STATUS_LABEL[s].text)}</text>` +
      `<rect class="bar-${s}" x="${labelW}" y="${y + 3}" width="${w}" height="${rowH - 8}"></rect>` +
      `<text x="${labelW + w + 6}" y="${y + 15}">${n}</text>`
    );
  }).join("");
  const desc = CELL_STATUSES.map((s) => `${STATUS_LABEL[s].text}: ${r.statusCounts[s]}`).join(", ");
  return `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" width="${labelW + barW + 50}" height="${h}" viewBox="0 0 ${labelW + barW + 50} ${h}" xmlns="http://www.w3.org/2000/svg"><title id="chart-title">Matrix cells by status</title><desc id="chart-desc">${esc(desc)}</desc>${bars}</svg>`;
}

function verdictSection(r: AuditReport): string {
  const v = VERDICT_LABEL[r.verdict.status];
  return (
    `<section id="verdict" class="verdict v-${r.verdict.status}" aria-labelledby="h-verdict"><h2 id="h-verdict">Verdict: <span aria-hidden="true">${v.symbol}</span> ${esc(v.text)}</h2>` +
    `<p>${esc(v.meaning)}.</p><ul>${r.verdict.reasons.map((x) => `<li>${esc(x)}</li>`).join("")}</ul></section>`
  );
}

function configurationSection(r: AuditReport): string {
  const c = r.configuration;
  const h = [`<section id="configuration" aria-labelledby="h-configuration"><h2 id="h-configuration">Configuration and packs</h2>`];
  h.push(
    `<p>Configuration: ${c.file ? `<code>${esc(c.file)}</code> (SHA-256 <code>${esc(c.sha256 ?? "")}</code>)` : "none found"}. Waivers may run ${c.maxWaiverDays} days.` +
      `${c.expectKinds.length ? ` Expected form kinds: ${esc(c.expectKinds.join(", "))}.` : " No form kinds are expected (--expect-kinds)."}` +
      ` ${esc(inferenceText(c.infer))}</p>`,
  );
  if (c.overrides.length) {
    h.push(
      `<table id="overrides"><caption>${plural(c.overrides.length, "rule")} switched off or re-levelled by the configuration</caption><thead><tr><th scope="col">Rule</th><th scope="col">Own level</th><th scope="col">Set to</th></tr></thead><tbody>`,
      c.overrides.map((o) => `<tr><td class="rule">${esc(o.rule)}</td><td>${esc(o.from)}</td><td class="${o.to === "off" ? "off" : ""}"><b>${esc(o.to)}</b></td></tr>`).join(""),
      `</tbody></table>`,
    );
  } else h.push(`<p id="overrides">No rule is switched off or re-levelled by the configuration.</p>`);
  h.push(
    `<table id="packs"><caption>Rule packs loaded</caption><thead><tr><th scope="col">Pack</th><th scope="col">Version</th><th scope="col">Source</th><th scope="col">SHA-256</th></tr></thead><tbody>`,
    r.packs
      .map(
        (p) =>
          `<tr><td class="rule">${esc(p.name)}</td><td>${esc(p.version ?? "not declared")}</td><td>${p.title ? `“${esc(p.title)}”` : ""}${p.publisher ? `, ${esc(p.publisher)}` : ""}${p.published ? `, ${esc(p.published)}` : ""}${p.shipped ? " (shipped with formguard)" : ""}</td><td><code>${esc(p.sha256)}</code></td></tr>`,
      )
      .join(""),
    `</tbody></table></section>`,
  );
  return h.join("\n");
}

function summarySection(r: AuditReport): string {
  const s = r.summary;
  const dl: Array<[string, string | number]> = [
    ["Files", s.files],
    ["Forms", s.forms],
    ["Form kinds", s.formKinds],
    ["Not assessed", s.notAssessed],
    ["Errors", s.errors],
    ["Warnings", s.warnings],
    ["Infos", s.infos],
    ["Waived findings", s.waivedFindings],
    ["Waivers", s.waivers],
    ["Expired waivers", s.expiredWaivers],
    ["Flagged waivers", s.flaggedWaivers],
  ];
  return `<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><div class="summary"><dl id="summary">${dl.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>${chartSvg(r)}</div></section>`;
}

function controls(r: AuditReport): string {
  // Hidden until the script runs, so a page without script never shows dead controls.
  return [
    `<form id="controls" class="controls" role="search" aria-label="Filter the report" hidden>`,
    `<label for="f-kind">Form kind<select id="f-kind"><option value="">All kinds</option>${r.kinds.map((k) => `<option value="${esc(k)}">${esc(k)}</option>`).join("")}</select></label>`,
    `<label for="f-status">Status<select id="f-status"><option value="">All statuses</option>${CELL_STATUSES.map((st) => `<option value="${st}">${esc(STATUS_LABEL[st].text)}</option>`).join("")}</select></label>`,
    `<label for="f-text">Search<input id="f-text" type="search" placeholder="rule, concept, words…" autocomplete="off"></label>`,
    `<output id="f-count" aria-live="polite"></output></form>`,
  ].join("\n");
}

/** What `--verify` needs, as inert JSON data (never run: not JavaScript, and `<` is escaped). */
function embeddedInputs(r: AuditReport): string {
  const json = JSON.stringify({ inputs: r.inputs, configuration: r.configuration, packs: r.packs }).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${EMBEDDED_INPUTS_ID}">${json}</script>`;
}

export function renderHtml(r: AuditReport): string {
  const pageCss = printPageCss(r);
  const ruleLinks = new Set(r.forms.flatMap((f) => [...f.findings, ...f.waived]).filter((f) => f.title !== undefined).map((f) => f.ruleId));
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(pageCss))}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${esc(r.title)}</title><style>${REPORT_CSS}</style><style>${pageCss}</style></head><body>`,
  );
  h.push(`<header><h1>${esc(r.title)}</h1><p class="sub">Generated ${esc(r.generatedAt)} by formguard ${esc(r.formguardVersion)}; waivers judged as of ${esc(r.today)}. Inputs SHA-256 <code>${esc(r.inputs.sha256)}</code>.</p></header><main>`);
  h.push(verdictSection(r), configurationSection(r), summarySection(r), controls(r));
  h.push(`<section aria-labelledby="h-matrix"><h2 id="h-matrix">Recommendations × form kinds</h2>`);
  if (r.kinds.length === 0) h.push(`<p>No forms were checked.</p>`);
  h.push(screenMatrix(r, ruleLinks), printMatrix(r));
  h.push(`<ul class="legend" aria-label="Legend">${CELL_STATUSES.map((st) => `<li class="st-${st}"><span aria-hidden="true">${STATUS_LABEL[st].symbol}</span> ${esc(STATUS_LABEL[st].text)}<span class="print-only"> (on paper “${esc(STATUS_LABEL[st].short)}”)</span> (${r.statusCounts[st]}): ${esc(STATUS_LABEL[st].meaning)}</li>`).join("")}</ul></section>`);
  h.push(notAssessedSection(r), formsSection(r), waiversSection(r), rulesSection(r), `</main>`);

  // Footer: what exactly was checked, with what.
  h.push(
    `<footer><p>formguard ${esc(r.formguardVersion)} · rule packs: ${r.packs.map((p) => `${esc(p.name)}${p.version ? ` ${esc(p.version)}` : ""}`).join("; ")}.</p>`,
    `<p>Generated ${esc(r.generatedAt)}. Inputs: ${plural(r.inputs.files.length, "file")}, SHA-256 <code id="content-hash">${esc(r.inputs.sha256)}</code> over each file's path and hash, the configuration and the packs; check it with <code>formguard report --verify</code> on this file.</p>`,
    `<details><summary>Files checked</summary><ul>${r.inputs.files.map((f) => `<li>${esc(f.path)} <code>${esc(f.sha256 ?? "unreadable")}</code></li>`).join("")}</ul></details></footer>`,
  );
  h.push(embeddedInputs(r), `<script>${REPORT_JS}</script></body></html>`);
  return h.join("\n") + "\n";
}
