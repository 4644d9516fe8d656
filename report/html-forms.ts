/**
 * The HTML report's per-form part: a contents list by kind, each form collapsible (open by
 * default, and opened for printing) with its version, owner, findings and evidence, then what
 * could not be assessed, the waivers with their problems, and the rules the findings cite.
 */
import { anchor, esc, messageHtml } from "./html-escape";
import { STATUS_LABEL, citationText, plural, rowName } from "./labels";
import type { AuditReport, ReportFinding } from "./schema";

type ReportForm = AuditReport["forms"][number];

/**
 * A form is "missing" when a requirement is unmet (a pack rule's finding, at any level) or it has
 * an error or warning; built-in infos (suggestions) alone do not make it so. A form that could
 * not be assessed is never shown as met.
 */
export function formStatus(f: ReportForm): "missing" | "waived" | "met" | "no-forms" {
  if (!f.assessed) return "no-forms";
  if (f.findings.some((x) => x.title !== undefined || x.level !== "info")) return "missing";
  return f.waived.length ? "waived" : "met";
}

function badge(status: ReturnType<typeof formStatus>): string {
  if (status === "no-forms") return `<span aria-hidden="true">?</span> not assessed`;
  const l = STATUS_LABEL[status];
  return `<span aria-hidden="true">${l.symbol}</span> ${esc(l.text)}`;
}

/** The pack rules findings cite, each once: the targets of the findings' rule links. */
export function citedRules(r: AuditReport): Map<string, ReportFinding> {
  const out = new Map<string, ReportFinding>();
  for (const f of [...r.forms.flatMap((x) => [...x.findings, ...x.waived]), ...r.otherFindings.flatMap((o) => o.findings)]) {
    if (f.title !== undefined && !out.has(f.ruleId)) out.set(f.ruleId, f);
  }
  return out;
}

function findingHtml(f: ReportFinding, rules: ReadonlySet<string>, waiver?: { reason: string; by?: string; until?: string }): string {
  const lvl = waiver ? `<span class="lvl lvl-waived">waived</span>` : `<span class="lvl lvl-${f.level}">${f.level}</span>`;
  const cites = f.citations.length ? `<div class="cites">Cites ${esc(f.citations.map(citationText).join("; "))}</div>` : "";
  const quotes = f.quotes.map((q) => `<blockquote>“${esc(q)}”</blockquote>`).join("");
  const w = waiver ? `<div class="cites">Waived: “${esc(waiver.reason)}”${waiver.by ? ` by ${esc(waiver.by)}` : ""}${waiver.until ? ` until ${esc(waiver.until)}` : ""}</div>` : "";
  const rule = rules.has(f.ruleId) ? `<a class="rule" href="#${esc(anchor("rule", f.ruleId))}">${esc(f.ruleId)}</a>` : `<span class="rule">${esc(f.ruleId)}</span>`;
  return `<li>${lvl} <span class="pos">line ${f.line}:${f.column}</span> ${messageHtml(f.message)} ${rule}${cites}${quotes}${w}</li>`;
}

/** Each row this form evidences, with the fields that do. */
function evidenceOf(r: AuditReport, form: ReportForm): Array<{ row: string; fields: string }> {
  const out: Array<{ row: string; fields: string }> = [];
  const k = r.kinds.indexOf(form.kind);
  for (const row of r.matrix) {
    const ev = (row.cells[k]?.evidence ?? []).filter((e) => e.form === form.id);
    if (ev.length) out.push({ row: rowName(row), fields: ev.map((e) => `${e.field} (line ${e.line}${e.inferred ? ", inferred from the label" : ""})`).join(", ") });
  }
  return out;
}

export function formsSection(r: AuditReport): string {
  const rules = new Set(citedRules(r).keys());
  const h: string[] = [`<section aria-labelledby="h-findings"><h2 id="h-findings">Forms: findings and evidence</h2>`];
  if (r.forms.length === 0) h.push(`<p>No forms were checked.</p>`);
  else {
    h.push(`<nav aria-labelledby="h-contents" class="contents"><h3 id="h-contents">Contents</h3><ul>`);
    for (const kind of [...new Set(r.forms.map((f) => f.kind))].sort()) {
      const forms = r.forms.filter((f) => f.kind === kind);
      h.push(
        `<li>${esc(kind)}<ul>${forms.map((f) => `<li><a href="#${esc(anchor("form", f.file, f.id))}">${esc(f.title ?? f.id)}</a> <span class="st-${formStatus(f)}">${badge(formStatus(f))}</span></li>`).join("")}</ul></li>`,
      );
    }
    h.push(`</ul></nav>`);
  }
  for (const f of r.forms) {
    const st = formStatus(f);
    const facts = [esc(f.kind), f.audiences.length ? `audience ${esc(f.audiences.join(", "))}` : "", `version ${f.version ? esc(f.version) : "<em>not declared</em>"}`, `owner ${f.owner ? esc(f.owner) : "<em>not declared</em>"}`, `${esc(f.file)}:${f.line}`]
      .filter(Boolean)
      .join(" · ");
    h.push(
      `<details class="form" open id="${esc(anchor("form", f.file, f.id))}" data-kind="${esc(f.kind)}" data-status="${st}" data-form="${esc(f.id)}">`,
      `<summary><h3>${esc(f.title ?? f.id)} <span class="rule">${esc(f.id)}</span></h3></summary>`,
      `<p class="sub">${facts} · <span class="st-${st}">${badge(st)}</span>: ${plural(f.findings.length, "finding")}${f.waived.length ? `, ${f.waived.length} waived` : ""}</p>`,
    );
    if (!f.assessed) h.push(`<p class="why">Not assessed: its file has syntax errors, so nothing in it counts as met (see Not assessed).</p>`);
    else {
      if (f.unknownKind) h.push(`<p class="why">Its kind, ${esc(f.kind)}, is declared by no loaded pack: only the requirements for every form were checked on it.</p>`);
      if (f.unknownAudiences?.length) h.push(`<p class="why">No loaded pack declares its ${f.unknownAudiences.length === 1 ? "audience" : "audiences"} ${esc(f.unknownAudiences.join(", "))}: the requirements for ${f.unknownAudiences.length === 1 ? "it" : "them"} were not checked.</p>`);
    }
    if (f.findings.length || f.waived.length) h.push(`<ol>${f.findings.map((x) => findingHtml(x, rules)).join("")}${f.waived.map((x) => findingHtml(x, rules, x.waiver)).join("")}</ol>`);
    const ev = evidenceOf(r, f);
    h.push(
      `<div id="${esc(anchor("ev", f.file, f.id))}" class="evidence">` +
        (ev.length ? `<h4>Evidence: what meets the rules</h4><ul>${ev.map((e) => `<li><b>${esc(e.row)}</b>: ${esc(e.fields)}</li>`).join("")}</ul>` : "") +
        `</div>`,
    );
    h.push(`</details>`);
  }
  for (const o of r.otherFindings) {
    h.push(`<details class="form" open data-kind="" data-status="missing"><summary><h3>${esc(o.file)}</h3></summary><p class="sub">Problems outside any form</p><ol>${o.findings.map((x) => findingHtml(x, rules)).join("")}</ol></details>`);
  }
  h.push(`</section>`);
  return h.join("\n");
}

export function notAssessedSection(r: AuditReport): string {
  if (!r.notAssessed.length) return "";
  const h = [`<section aria-labelledby="h-not-assessed"><h2 id="h-not-assessed">Not assessed</h2><p>These inputs could not be assessed, so the report cannot say they comply: each is a reason the verdict is not <em>compliant</em>.</p><ul class="not-assessed">`];
  for (const n of r.notAssessed) {
    h.push(
      `<li><b>${esc(n.file)}</b>${n.forms.length ? ` (${esc(n.forms.join(", "))})` : ""}: ${esc(n.reason)}` +
        (n.errors.length ? `<ol>${n.errors.map((e) => `<li><span class="pos">line ${e.line}:${e.column}</span> ${messageHtml(e.message)}</li>`).join("")}</ol>` : "") +
        `</li>`,
    );
  }
  h.push(`</ul></section>`);
  return h.join("\n");
}

export function waiversSection(r: AuditReport): string {
  const kindOf = new Map(r.forms.map((f) => [f.id, f.kind]));
  const h = [`<section aria-labelledby="h-waivers"><h2 id="h-waivers">Waivers</h2>`];
  if (r.waivers.length === 0) h.push(`<p>No form waives a rule.</p>`);
  else {
    h.push(
      `<div class="table-wrap"><table id="waivers"><caption>Every waiver: who accepted a gap, why, until when, and what an auditor should question (waivers may run ${r.configuration.maxWaiverDays} days)</caption>`,
      `<thead><tr>${["Rule", "Form", "Reason", "By", "Until", "Problems"].map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead><tbody>`,
    );
    for (const w of r.waivers) {
      h.push(
        `<tr data-kind="${esc(kindOf.get(w.form) ?? "")}"><td class="rule">${esc(w.rule)}</td><td>${esc(w.form)}<div class="rec-text">${esc(w.file)}:${w.line}</div></td>` +
          `<td>${w.reason.trim() ? esc(w.reason) : "<em>none</em>"}</td><td>${w.by ? esc(w.by) : "<em>nobody</em>"}</td><td>${w.until ? esc(w.until) : "<em>open-ended</em>"}</td>` +
          `<td>${w.problems.length ? `<ul class="problems">${w.problems.map((p) => `<li>${messageHtml(p)}</li>`).join("")}</ul>` : "none"}</td></tr>`,
      );
    }
    h.push(`</tbody></table></div>`);
  }
  h.push(`</section>`);
  return h.join("\n");
}

export function rulesSection(r: AuditReport): string {
  const rules = [...citedRules(r).values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  if (!rules.length) return "";
  const h = [`<section aria-labelledby="h-rules"><h2 id="h-rules">Rules cited by the findings</h2>`];
  for (const f of rules) {
    h.push(
      `<article class="rule-page" id="${esc(anchor("rule", f.ruleId))}"><h3>${esc(f.title ?? f.ruleId)} <span class="rule">${esc(f.ruleId)}</span></h3>` +
        (f.citations.length ? `<div class="cites">Cites ${esc(f.citations.map(citationText).join("; "))}</div>` : "") +
        f.quotes.map((q) => `<blockquote>“${esc(q)}”</blockquote>`).join("") +
        `</article>`,
    );
  }
  h.push(`</section>`);
  return h.join("\n");
}
