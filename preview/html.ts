/**
 * The preview as HTML: the form as the person filling it in sees it, with formguard's findings
 * laid over it in elements of class `lint` (which print hides, leaving a blank form to fill in
 * by hand). One self-contained page, under the same strict policy as the audit report; every
 * text from the form goes through `esc`.
 *
 * Accessible by construction: every control has a `<label>`; yes/no and choice questions are a
 * `<fieldset>` named by its `<legend>`; required questions carry `required` (radio groups on each
 * radio, as HTML defines a required group) and a visible marker; hints are tied to their
 * control with `aria-describedby`.
 */
import { esc, messageHtml, pageHead } from "../report/html-page";
import { PREVIEW_CSS, PREVIEW_JS } from "./assets";
import { evaluateCondition } from "./condition";
import type { PreviewField, PreviewFinding, PreviewForm, PreviewItem, PreviewMissing, PreviewModel } from "./model";

export interface PageOptions {
  /** The page's title (default: the first form's title). */
  title?: string;
}

export function renderPreviewPage(model: PreviewModel, opts: PageOptions = {}): string {
  const title = opts.title ?? `Preview: ${model.forms[0]?.title ?? model.uri}`;
  return `${pageHead(title, PREVIEW_CSS, PREVIEW_JS)}\n<div id="preview-root">${renderPreviewBody(model)}</div>\n<script>${PREVIEW_JS}</script></body></html>\n`;
}

/** Everything inside `#preview-root`: what the editor's preview replaces on each edit. */
export function renderPreviewBody(model: PreviewModel): string {
  const h: string[] = [];
  h.push(
    `<header class="lint toolbar" aria-label="Preview options">`,
    `<label><input type="checkbox" id="opt-findings" checked> Show what formguard found</label>`,
    `<label><input type="checkbox" id="opt-tags" checked> Show concept tags</label></header><main>`,
  );
  if (model.findings.length) h.push(`<section class="lint outside" aria-labelledby="outside-title"><h2 id="outside-title">Problems outside any form</h2>${findingsHtml(model.findings)}</section>`);
  if (model.forms.length === 0) h.push(`<p>This file holds no form to preview.</p>`);
  model.forms.forEach((f, i) => h.push(formHtml(f, i)));
  h.push(`</main>`);
  return h.join("\n");
}

function formHtml(form: PreviewForm, n: number): string {
  const s = form.summary;
  const verdict = s.verdict === "fails" ? `✗ Does not pass: ${count(s.errors, "error")}` : s.warnings ? `✓ Passes, with ${count(s.warnings, "warning")}` : "✓ Passes";
  const h: string[] = [];
  h.push(
    `<article class="fg-form" data-form="${esc(form.id)}" data-line="${form.line}" aria-labelledby="form-${n}-title">`,
    `<h1 id="form-${n}-title" class="reveal" data-line="${form.line}">${esc(form.title)}</h1>`,
    `<div class="lint summary" role="status" aria-label="What formguard found in this form" data-verdict="${s.verdict}">`,
    `<span class="count lvl-error">${count(s.errors, "error")}</span> <span class="count lvl-warning">${count(s.warnings, "warning")}</span>`,
    s.infos ? ` <span class="count lvl-info">${count(s.infos, "suggestion")}</span>` : "",
    s.waived ? ` <span class="count">${s.waived} waived</span>` : "",
    ` <strong class="verdict verdict-${s.verdict}">${esc(verdict)}</strong></div>`,
    `<p class="legend-required"><span class="req" aria-hidden="true">*</span> marks a required question.</p>`,
  );
  if (form.findings.length) h.push(`<div class="lint form-findings">${findingsHtml(form.findings)}</div>`);
  h.push(itemsHtml(form.items, `${n}`, 2), `</article>`);
  return h.join("\n");
}

function itemsHtml(items: PreviewItem[], scope: string, depth: number): string {
  return items
    .map((it) => {
      if (it.kind === "field") return fieldHtml(it, scope);
      if (it.kind === "missing") return missingHtml(it);
      const hid = `s-${scope}-${it.id}`;
      const level = Math.min(depth, 6);
      // A section whose every question waits on a condition appears with the first of them.
      const fields = sectionFields(it.items);
      const hidden = fields.length > 0 && !fields.some(initiallyShown) ? " hidden" : "";
      return `<section class="fg-section" aria-labelledby="${esc(hid)}" data-line="${it.line}"${hidden}><h${level} id="${esc(hid)}" class="reveal" data-line="${it.line}">${esc(it.title)}</h${level}>\n${itemsHtml(it.items, scope, depth + 1)}</section>`;
    })
    .join("\n");
}

function sectionFields(items: PreviewItem[], out: PreviewField[] = []): PreviewField[] {
  for (const it of items) {
    if (it.kind === "field") out.push(it);
    else if (it.kind === "section") sectionFields(it.items, out);
  }
  return out;
}

/** Before anything is answered. */
const initiallyShown = (f: PreviewField) => (f.when ? evaluateCondition(f.when, () => undefined) : true);

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function fieldHtml(f: PreviewField, scope: string): string {
  const id = `f-${scope}-${f.id}`;
  const hints: string[] = [];
  const described: string[] = [];
  if (f.help) {
    hints.push(`<p class="help" id="${esc(id)}-help">${esc(f.help)}</p>`);
    described.push(`${id}-help`);
  }
  const range = rangeText(f);
  if (range) {
    hints.push(`<p class="help" id="${esc(id)}-range">${esc(range)}</p>`);
    described.push(`${id}-range`);
  }
  if (f.hidden) hints.push(`<p class="condition">Never shown to the person completing the form (hidden): it carries a value the form fills in itself.</p>`);
  else if (f.whenText) hints.push(`<p class="condition">Asked only when ${messageHtml("`" + f.whenText + "`")}.</p>`);
  const desc = described.length ? ` aria-describedby="${esc(described.join(" "))}"` : "";
  const req = f.required ? " required" : "";
  const marker = f.required ? ` <span class="req" aria-hidden="true">*</span>` : "";
  const lookback = f.lookback ? ` <span class="lookback">(in the last ${esc(f.lookback)})</span>` : "";
  const text = `${esc(f.label)}${lookback}${marker}`;
  let control: string;
  switch (f.type) {
    case "yesno":
    case "choice":
    case "multichoice": {
      const multiple = f.type === "multichoice";
      const options = f.type === "yesno" ? [["yes", "Yes"], ["no", "No"]] : f.options.map((o) => [o, o]);
      // A required group of checkboxes has no HTML attribute: say it in the legend's words.
      const groupReq = multiple && f.required ? ` data-required="true"` : "";
      const choices = options
        .map(([value, shown], i) => `<label class="choice"><input type="${multiple ? "checkbox" : "radio"}" id="${esc(id)}-${i}" name="${esc(id)}" value="${esc(value)}"${multiple ? "" : req}> ${esc(shown)}</label>`)
        .join("");
      const none = options.length ? "" : `<p class="help">No options are listed.</p>`;
      control = `<fieldset id="${esc(id)}"${desc}${groupReq}><legend>${text}${multiple && f.required ? ` <span class="help">(choose at least one)</span>` : ""}</legend>${choices}${none}</fieldset>`;
      break;
    }
    case "longtext":
      control = `<label for="${esc(id)}">${text}</label><textarea id="${esc(id)}" name="${esc(id)}" rows="4"${req}${desc}></textarea>`;
      break;
    case "signature":
      control = `<label for="${esc(id)}">${text}</label><input id="${esc(id)}" name="${esc(id)}" type="text" class="signature" autocomplete="off" placeholder="Type your name to sign"${req}${desc}>`;
      break;
    default: {
      const type = f.type === "number" ? "number" : f.type === "date" ? "date" : f.type === "datetime" ? "datetime-local" : "text";
      const bounds = f.type === "number" ? `${f.min !== undefined ? ` min="${f.min}"` : ""}${f.max !== undefined ? ` max="${f.max}"` : ""}` : "";
      const auto = f.type === "person" ? ` autocomplete="name" class="person"` : "";
      control = `<label for="${esc(id)}">${text}</label><input id="${esc(id)}" name="${esc(id)}" type="${type}"${bounds}${auto}${req}${desc}>`;
    }
  }
  const shown = initiallyShown(f);
  const when = f.when ? ` data-when="${esc(JSON.stringify(f.when))}"` : "";
  const tags = f.concepts.length
    ? `<ul class="lint tags" aria-label="Covers">${f.concepts.map((c) => `<li class="tag"${c.title ? ` title="${esc(c.title)}"` : ""}>${esc(c.id)}</li>`).join("")}</ul>`
    : "";
  const findings = f.findings.length ? `<div class="lint field-findings">${findingsHtml(f.findings)}</div>` : "";
  return (
    `<div class="fg-field reveal type-${esc(f.type)}${f.findings.length ? " has-findings" : ""}" data-field="${esc(f.id)}" data-type="${esc(f.type)}" data-line="${f.line}"${when}${shown ? "" : " hidden"}>` +
    `<div class="question">${control}${hints.join("")}${tags}</div>${findings}</div>`
  );
}

function rangeText(f: PreviewField): string | undefined {
  if (f.type !== "number" || (f.min === undefined && f.max === undefined)) return undefined;
  if (f.min !== undefined && f.max !== undefined) return `A number from ${f.min} to ${f.max}.`;
  return f.min !== undefined ? `A number of at least ${f.min}.` : `A number of at most ${f.max}.`;
}

/** Field types as people say them. */
const TYPE_WORDS: Record<string, string> = { yesno: "yes/no", longtext: "long text", multichoice: "multiple-choice", datetime: "date and time" };

function missingHtml(m: PreviewMissing): string {
  const what = `${m.required ? "required " : ""}${TYPE_WORDS[m.type] ?? m.type}${m.options.length ? ` (${m.options.join(", ")})` : ""}${m.lookback ? `, looking back ${m.lookback}` : ""}`;
  return (
    `<div class="lint missing reveal" role="note" aria-label="Missing prompt: ${esc(m.label)}" data-concept="${esc(m.concept)}" data-line="${m.line}">` +
    `<p class="missing-title"><span class="lvl lvl-${m.finding.level}">missing</span> <strong>${esc(m.label)}</strong> <span class="rule">${esc(m.concepts.join(" or "))}</span></p>` +
    `<p class="missing-what">The quick fix adds a ${esc(what)} question here${m.whenText ? `, shown when ${messageHtml("`" + m.whenText + "`")}` : ""}.</p>` +
    (m.finding.cites ? `<p class="cites">Cites ${esc(m.finding.cites)}</p>` : "") +
    m.finding.quotes.map((q) => `<blockquote>“${esc(q)}”</blockquote>`).join("") +
    `<p class="rule">${esc(m.finding.ruleId)}</p></div>`
  );
}

function findingsHtml(list: PreviewFinding[]): string {
  return `<ul class="findings">${list
    .map(
      (f) =>
        `<li class="finding reveal" data-line="${f.line}"><span class="lvl lvl-${f.level}">${f.level}</span> ${messageHtml(f.message)} <span class="rule">${esc(f.ruleId)}</span>` +
        (f.quotes.length ? `<details><summary>The report's words</summary>${f.quotes.map((q) => `<blockquote>“${esc(q)}”</blockquote>`).join("")}</details>` : "") +
        `</li>`,
    )
    .join("")}</ul>`;
}
