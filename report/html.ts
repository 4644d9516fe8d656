/**
 * `formguard report --format html`: one self-contained page (inline CSS, script and SVG) that
 * makes no network request of any kind. Its Content-Security-Policy allows only the page's own
 * stylesheet and script, by hash. Every text from the input goes through `esc`.
 *
 * Accessible: headings, captions, `<th scope>`; each status is a symbol *and* a word, so colour
 * is never the only signal. Printable: `@media print` drops the controls and keeps table heads.
 */
import { createHash } from "node:crypto";
import { htmlText } from "../language/safe-text";
import { REPORT_CSS, REPORT_JS } from "./html-assets";
import { STATUS_LABEL, citationText, plural } from "./labels";
import { CELL_STATUSES, type AuditReport, type MatrixCell, type ReportFinding } from "./schema";

/** Escapes text for element content and quoted attribute values alike (bidi controls marked). */
export const esc = htmlText;

/** A message, escaped, with its `code` spans shown as code (safe: the escaped text has no markup). */
export function messageHtml(s: string): string {
  return esc(s).replace(/`([^`\n]+)`/g, "<code>$1</code>");
}

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(REPORT_CSS)}`,
    `script-src ${sha256(REPORT_JS)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * A form is "missing" when a requirement is unmet (a pack rule's finding, at any level) or it has
 * an error or warning; built-in infos (suggestions) alone do not make it so.
 */
export function formStatus(f: AuditReport["forms"][number]): "missing" | "waived" | "met" {
  if (f.findings.some((x) => x.title !== undefined || x.level !== "info")) return "missing";
  return f.waived.length ? "waived" : "met";
}

function statusBadge(status: MatrixCell["status"]): string {
  const l = STATUS_LABEL[status];
  return `<span aria-hidden="true">${l.symbol}</span> ${esc(l.text)}`;
}

function cellHtml(c: MatrixCell, rec: string): string {
  const l = STATUS_LABEL[c.status];
  const detail =
    c.status === "missing" ? `${c.missing} of ${c.forms}` : c.status === "waived" ? `${c.waived} of ${c.forms}` : c.status === "met" ? `${c.met} of ${c.forms}` : "";
  const title = c.status === "not-checkable" ? c.reason ?? l.meaning : `Recommendation ${rec}, ${c.kind}: ${l.meaning}`;
  return (
    `<td class="cell st-${c.status}" data-kind="${esc(c.kind)}" data-status="${c.status}" title="${esc(title)}">` +
    `<span aria-hidden="true">${l.symbol}</span><span class="lbl">${esc(l.text)}${detail ? ` <span class="n">${detail}</span>` : ""}</span></td>`
  );
}

function chartSvg(r: AuditReport): string {
  const max = Math.max(1, ...CELL_STATUSES.map((s) => r.statusCounts[s]));
  const rowH = 24;
  const labelW = 120;
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

function findingHtml(f: ReportFinding, waiver?: { reason: string; by?: string; until?: string }): string {
  const lvl = waiver ? `<span class="lvl lvl-waived">waived</span>` : `<span class="lvl lvl-${f.level}">${f.level}</span>`;
  const cites = f.citations.length ? `<div class="cites">Cites ${esc(f.citations.map(citationText).join("; "))}</div>` : "";
  const quotes = f.quotes.map((q) => `<blockquote>“${esc(q)}”</blockquote>`).join("");
  const w = waiver
    ? `<div class="cites">Waived: “${esc(waiver.reason)}”${waiver.by ? ` by ${esc(waiver.by)}` : ""}${waiver.until ? ` until ${esc(waiver.until)}` : ""}</div>`
    : "";
  return `<li>${lvl} <span class="pos">line ${f.line}:${f.column}</span> ${messageHtml(f.message)} <span class="rule">${esc(f.ruleId)}</span>${cites}${quotes}${w}</li>`;
}

export function renderHtml(r: AuditReport): string {
  const s = r.summary;
  const kindOf = new Map(r.forms.map((f) => [f.id, f.kind]));
  const formsPerKind = new Map<string, number>();
  for (const f of r.forms) formsPerKind.set(f.kind, (formsPerKind.get(f.kind) ?? 0) + 1);
  const h: string[] = [];
  h.push(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy())}">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="referrer" content="no-referrer">`,
    `<title>${esc(r.title)}</title><style>${REPORT_CSS}</style></head><body>`,
  );
  h.push(`<header><h1>${esc(r.title)}</h1><p class="sub">Generated ${esc(r.generatedAt)} by formguard ${esc(r.formguardVersion)}; waivers judged as of ${esc(r.today)}.</p></header><main>`);

  // Summary
  const dl: Array<[string, string | number]> = [
    ["Files", s.files],
    ["Forms", s.forms],
    ["Form kinds", s.formKinds],
    ["Errors", s.errors],
    ["Warnings", s.warnings],
    ["Infos", s.infos],
    ["Waived findings", s.waivedFindings],
    ["Waivers", s.waivers],
    ["Expired waivers", s.expiredWaivers],
  ];
  h.push(
    `<section aria-labelledby="h-summary"><h2 id="h-summary">Summary</h2><div class="summary">`,
    `<dl id="summary">${dl.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("")}</dl>`,
    chartSvg(r),
    `</div></section>`,
  );

  // Controls: hidden until the script runs, so a page without script never shows dead controls.
  h.push(
    `<form id="controls" class="controls" role="search" aria-label="Filter the report" hidden>`,
    `<label for="f-kind">Form kind<select id="f-kind"><option value="">All kinds</option>${r.kinds.map((k) => `<option value="${esc(k)}">${esc(k)}</option>`).join("")}</select></label>`,
    `<label for="f-status">Status<select id="f-status"><option value="">All statuses</option>${CELL_STATUSES.map((st) => `<option value="${st}">${esc(STATUS_LABEL[st].text)}</option>`).join("")}</select></label>`,
    `<label for="f-text">Search<input id="f-text" type="search" placeholder="rule, concept, words…" autocomplete="off"></label>`,
    `<output id="f-count" aria-live="polite"></output></form>`,
  );

  // Matrix
  h.push(`<section aria-labelledby="h-matrix"><h2 id="h-matrix">Recommendations × form kinds</h2>`);
  if (r.kinds.length === 0) h.push(`<p>No forms were checked.</p>`);
  h.push(`<div class="table-wrap"><table id="matrix" class="matrix"><caption>Each of the report's ${r.matrix.length} recommendations (rows) against each kind of form checked (columns)</caption>`);
  h.push(
    `<thead><tr><th scope="col">Recommendation</th>${r.kinds.map((k) => `<th scope="col" class="kind" data-kind="${esc(k)}">${esc(k)} (${plural(formsPerKind.get(k) ?? 0, "form")})</th>`).join("")}</tr></thead><tbody>`,
  );
  for (const row of r.matrix) {
    const rules = row.rules.length ? `<div class="rule">${esc(row.rules.join(", "))}</div>` : "";
    const partly = row.partly ? `<div class="rec-text">Partly: ${esc(row.partly)}</div>` : "";
    h.push(
      `<tr data-rec="${esc(row.recommendation)}"><th scope="row"><b>Recommendation ${esc(row.recommendation)}</b>${row.text ? `<span class="rec-text">${esc(row.text)}</span>` : ""}${partly}${rules}</th>`,
      row.cells.map((c) => cellHtml(c, row.recommendation)).join(""),
      `</tr>`,
    );
  }
  h.push(`</tbody><tfoot><tr><th scope="row">Missing / met</th>`);
  for (const k of r.kinds) {
    const cells = r.matrix.map((m) => m.cells.find((c) => c.kind === k)!);
    const missing = cells.filter((c) => c.status === "missing").length;
    const met = cells.filter((c) => c.status === "met").length;
    h.push(`<td class="cell" data-kind="${esc(k)}" data-missing="${missing}" data-met="${met}">${missing} ✗ / ${met} ✓</td>`);
  }
  h.push(`</tr></tfoot></table></div>`);
  h.push(`<ul class="legend" aria-label="Legend">${CELL_STATUSES.map((st) => `<li class="st-${st}">${statusBadge(st)} (${r.statusCounts[st]}): ${esc(STATUS_LABEL[st].meaning)}</li>`).join("")}</ul></section>`);

  // Findings per form
  h.push(`<section aria-labelledby="h-findings"><h2 id="h-findings">Findings by form</h2>`);
  if (r.forms.length === 0) h.push(`<p>No forms were checked.</p>`);
  for (const f of r.forms) {
    const st = formStatus(f);
    h.push(
      `<article class="form" data-kind="${esc(f.kind)}" data-status="${st}" data-form="${esc(f.id)}">`,
      `<h3>${esc(f.title ?? f.id)} <span class="rule">${esc(f.id)}</span></h3>`,
      `<p class="sub">${esc(f.kind)}${f.audiences.length ? ` · audience ${esc(f.audiences.join(", "))}` : ""} · ${esc(f.file)}:${f.line} · <span class="st-${st}">${statusBadge(st)}</span>: ${plural(f.findings.length, "finding")}${f.waived.length ? `, ${f.waived.length} waived` : ""}</p>`,
    );
    if (f.findings.length || f.waived.length) {
      h.push(`<ol>${f.findings.map((x) => findingHtml(x)).join("")}${f.waived.map((x) => findingHtml(x, x.waiver)).join("")}</ol>`);
    }
    h.push(`</article>`);
  }
  for (const o of r.otherFindings) {
    h.push(`<article class="form" data-kind="" data-status="missing"><h3>${esc(o.file)}</h3><p class="sub">Problems outside any form</p><ol>${o.findings.map((x) => findingHtml(x)).join("")}</ol></article>`);
  }
  h.push(`</section>`);

  // Waivers
  h.push(`<section aria-labelledby="h-waivers"><h2 id="h-waivers">Waivers</h2>`);
  if (r.waivers.length === 0) h.push(`<p>No form waives a rule.</p>`);
  else {
    h.push(
      `<div class="table-wrap"><table id="waivers"><caption>Every waiver: who accepted a gap, why, and until when</caption>`,
      `<thead><tr>${["Rule", "Form", "Reason", "By", "Until", "Expired"].map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead><tbody>`,
    );
    for (const w of r.waivers) {
      h.push(
        `<tr data-kind="${esc(kindOf.get(w.form) ?? "")}"><td class="rule">${esc(w.rule)}</td><td>${esc(w.form)}<div class="rec-text">${esc(w.file)}:${w.line}</div></td><td>${esc(w.reason)}</td><td>${esc(w.by ?? "")}</td><td>${esc(w.until ?? "")}</td>`,
        `<td>${w.expired ? `<span class="expired">✗ expired</span>` : "no"}</td></tr>`,
      );
    }
    h.push(`</tbody></table></div>`);
  }
  h.push(`</section></main>`);

  // Footer: what exactly was checked, with what.
  h.push(
    `<footer><p>formguard ${esc(r.formguardVersion)} · rule packs: ${r.packs.map((p) => `${esc(p.name)}${p.version ? ` ${esc(p.version)}` : ""}${p.title ? ` (“${esc(p.title)}”${p.publisher ? `, ${esc(p.publisher)}` : ""}${p.published ? `, ${esc(p.published)}` : ""})` : ""}`).join("; ")}.</p>`,
    `<p>Generated ${esc(r.generatedAt)}. Inputs: ${plural(r.inputs.files.length, "file")}, SHA-256 <code id="content-hash">${esc(r.inputs.sha256)}</code> over each file's path, length and content in path order.</p>`,
    `<details><summary>Files checked</summary><ul>${r.inputs.files.map((f) => `<li>${esc(f)}</li>`).join("")}</ul></details></footer>`,
  );
  h.push(`<script>${REPORT_JS}</script></body></html>`);
  return h.join("\n") + "\n";
}
