/**
 * The HTML report's matrix, twice: on screen one table (rows × kinds) in a scrolling region
 * whose header row and first column stay in view; on paper the same data transposed (kinds ×
 * rows) and split into parts of `PRINT_ROWS_PER_PART` rows, so every kind appears on an A4
 * landscape page and each part repeats its header.
 */
import { anchor, esc } from "./html-escape";
import { STATUS_LABEL, plural, rowName } from "./labels";
import type { AuditReport, MatrixCell, MatrixRow } from "./schema";

/** Rows of the report per printed part: each becomes a column, and 12 fit across A4 landscape on one line each. */
export const PRINT_ROWS_PER_PART = 12;

const NO_RECOMMENDATION = "Paragraphs cited by rules that cite no recommendation";

/** The heading a row sits under: the review's grouping (who must act), or the paragraph rows'. */
export function rowHeading(row: MatrixRow): string {
  return row.recommendation !== undefined ? (row.group ?? "Recommendations") : NO_RECOMMENDATION;
}

export function rowKey(row: MatrixRow): string {
  return row.recommendation !== undefined ? `rec:${row.recommendation}` : row.paragraph !== undefined ? `para:${row.paragraph}` : `section:${row.section}`;
}

/** Where a cell links: the first form of its kind that misses (or waives, or evidences) the row. */
export function cellTarget(r: AuditReport, row: MatrixRow, c: MatrixCell): string | undefined {
  const ofKind = r.forms.filter((f) => f.kind === c.kind && f.assessed);
  if (c.status === "missing" || c.status === "waived") {
    const list = c.status === "missing" ? (f: (typeof ofKind)[number]) => f.findings : (f: (typeof ofKind)[number]) => f.waived;
    const form = ofKind.find((f) => list(f).some((x) => row.rules.includes(x.ruleId)));
    return form ? `#${anchor("form", form.file, form.id)}` : undefined;
  }
  if ((c.status === "met" || c.status === "partly-met") && c.evidence?.length) {
    const form = ofKind.find((f) => f.id === c.evidence![0].form);
    return form ? `#${anchor("ev", form.file, form.id)}` : undefined;
  }
  return undefined;
}

function cellHtml(r: AuditReport, row: MatrixRow, c: MatrixCell): string {
  const l = STATUS_LABEL[c.status];
  const n = c.status === "missing" ? c.missing : c.status === "waived" ? c.waived : c.status === "met" || c.status === "partly-met" ? c.met : 0;
  // Met only by a field recognised from its label (inference on): said in the cell, not only in the evidence.
  const inferred = c.evidence?.some((e) => e.inferred) ? " (inferred)" : "";
  const detail = c.forms ? ` <span class="n">${n} of ${c.forms}${inferred}</span>` : "";
  const inner = `<span aria-hidden="true">${l.symbol}</span><span class="lbl">${esc(l.text)}${detail}</span>`;
  const target = cellTarget(r, row, c);
  const label = `${rowName(row)}, ${c.kind}: ${l.text}${c.forms ? `, ${n} of ${c.forms} forms` : ""}${inferred ? ", some only by inference from labels" : ""}`;
  const body = target ? `<a href="${esc(target)}" aria-label="${esc(label)}">${inner}</a>` : inner;
  return `<td class="cell st-${c.status}" data-kind="${esc(c.kind)}" data-status="${c.status}">${body}</td>`;
}

function rowHeader(row: MatrixRow, ruleLinks: ReadonlySet<string>): string {
  const rule = (id: string) => (ruleLinks.has(id) ? `<a href="#${esc(anchor("rule", id))}">${esc(id)}</a>` : esc(id));
  const nc = row.cells[0]?.status === "not-checkable" ? `<span class="why">Not checkable: ${esc(row.cells[0].reason ?? "")}</span>` : "";
  return (
    `<th scope="row"><b>${esc(rowName(row))}</b>${row.text ? `<span class="rec-text">${esc(row.text)}</span>` : ""}` +
    (row.partly ? `<span class="why">Partly: only part is a form; not a form: ${esc(row.partly)}</span>` : "") +
    nc +
    (row.rules.length ? `<span class="rule">${row.rules.map(rule).join(", ")}</span>` : "") +
    (row.rulesOff.length ? `<span class="off">Turned off by the configuration: ${esc(row.rulesOff.join(", "))}</span>` : "") +
    `</th>`
  );
}

function kindHeader(r: AuditReport, kind: string, forms: number): string {
  const none = !r.forms.some((f) => f.kind === kind);
  return `<th scope="col" class="kind${none ? " no-forms" : ""}" data-kind="${esc(kind)}">${esc(kind)} (${none ? "no forms supplied" : plural(forms, "form")})</th>`;
}

export function screenMatrix(r: AuditReport, ruleLinks: ReadonlySet<string>): string {
  const formsPerKind = new Map<string, number>();
  for (const f of r.forms) formsPerKind.set(f.kind, (formsPerKind.get(f.kind) ?? 0) + 1);
  const h: string[] = [];
  h.push(
    `<div class="table-wrap matrix-wrap screen-only" tabindex="0" role="region" aria-label="Recommendations × form kinds (scrolls)">`,
    `<table id="matrix" class="matrix"><caption>Each of the ${plural(r.matrix.length, "row")} (recommendations, then paragraphs cited by rules that cite none) against each kind of form (columns)</caption>`,
    `<thead><tr><th scope="col" class="corner">Row</th>${r.kinds.map((k) => kindHeader(r, k, formsPerKind.get(k) ?? 0)).join("")}</tr></thead><tbody>`,
  );
  let heading: string | undefined;
  for (const row of r.matrix) {
    const hd = `${row.pack}\n${rowHeading(row)}`;
    if (hd !== heading) {
      heading = hd;
      h.push(`<tr class="group"><th scope="colgroup" colspan="${r.kinds.length + 1}"><span class="group-name">${esc(rowHeading(row))}</span> <span class="rule">${esc(row.pack)}</span></th></tr>`);
    }
    const key = row.recommendation !== undefined ? ` data-rec="${esc(row.recommendation)}"` : row.paragraph !== undefined ? ` data-paragraph="${esc(row.paragraph)}"` : "";
    h.push(`<tr data-row="${esc(rowKey(row))}" data-pack="${esc(row.pack)}"${key}>${rowHeader(row, ruleLinks)}${row.cells.map((c) => cellHtml(r, row, c)).join("")}</tr>`);
  }
  h.push(`</tbody><tfoot><tr><th scope="row">Missing / met</th>`);
  r.kinds.forEach((k, i) => {
    const cells = r.matrix.map((m) => m.cells[i]);
    const missing = cells.filter((c) => c.status === "missing").length;
    const met = cells.filter((c) => c.status === "met" || c.status === "partly-met").length;
    h.push(`<td class="cell" data-kind="${esc(k)}" data-missing="${missing}" data-met="${met}">${missing} ✗ / ${met} ✓</td>`);
  });
  h.push(`</tr></tfoot></table></div>`);
  return h.join("\n");
}

/** The printed matrix: kinds down the side, report rows across, in parts that fit the page. */
export function printMatrix(r: AuditReport): string {
  const h: string[] = [`<div class="print-only">`];
  const parts = Math.ceil(r.matrix.length / PRINT_ROWS_PER_PART);
  for (let p = 0; p < parts; p++) {
    const rows = r.matrix.slice(p * PRINT_ROWS_PER_PART, (p + 1) * PRINT_ROWS_PER_PART);
    const groups: Array<{ name: string; span: number }> = [];
    for (const row of rows) {
      const name = `${rowHeading(row)} (${row.pack})`;
      if (groups.length && groups[groups.length - 1].name === name) groups[groups.length - 1].span++;
      else groups.push({ name, span: 1 });
    }
    h.push(
      `<table class="matrix-print"><caption>Recommendations × form kinds, part ${p + 1} of ${parts}: ${esc(rowName(rows[0]))} to ${esc(rowName(rows[rows.length - 1]))}</caption>`,
      `<thead><tr><td class="corner"></td>${groups.map((g) => `<th scope="colgroup" colspan="${g.span}">${esc(g.name)}</th>`).join("")}</tr>`,
      `<tr><th scope="col">Form kind</th>${rows.map((row) => `<th scope="col">${row.recommendation !== undefined ? esc(row.recommendation) : `¶ ${esc(row.paragraph ?? row.section ?? "")}`}</th>`).join("")}</tr></thead><tbody>`,
    );
    r.kinds.forEach((kind, i) => {
      h.push(`<tr><th scope="row">${esc(kind)}</th>${rows.map((row) => printCell(row.cells[i])).join("")}</tr>`);
    });
    h.push(`</tbody></table>`);
  }
  h.push(`</div>`);
  return h.join("\n");
}

function printCell(c: MatrixCell): string {
  const l = STATUS_LABEL[c.status];
  const n = c.status === "missing" ? ` ${c.missing}/${c.forms}` : c.status === "waived" ? ` ${c.waived}/${c.forms}` : "";
  return `<td class="st-${c.status}">${l.symbol} ${esc(l.short)}${n}</td>`;
}
