/**
 * `formguard report --format markdown`: the verdict, the configuration, the coverage matrix
 * (grouped as the review groups its recommendations), what could not be assessed, the
 * findings and the waivers as GitHub-flavoured Markdown; errors and warnings in full (each
 * rule's quotes once per form), infos as a count. `--summary` keeps the verdict, the rows with
 * problems and the counts, within `SUMMARY_LIMIT` characters. Every text from the input goes
 * through report/escape-markdown.ts.
 */
import { escapeMarkdown as md, markdownCode } from "./escape-markdown";
import { STATUS_LABEL, VERDICT_LABEL, citationText, inferenceText, plural, rowName } from "./labels";
import type { AuditReport, MatrixCell, MatrixRow, ReportFinding } from "./schema";
import { CELL_STATUSES } from "./statuses";

/** A pull-request comment holds 65,536 characters; a summary stays well inside. */
export const SUMMARY_LIMIT = 60_000;

function cellText(c: MatrixCell): string {
  const l = STATUS_LABEL[c.status];
  if (c.status === "missing") return `${l.symbol} ${c.missing}/${c.forms}`;
  if (c.status === "waived") return `${l.symbol} ${c.waived}/${c.forms}`;
  return c.evidence?.some((e) => e.inferred) ? `${l.symbol} (inferred)` : l.symbol;
}

const rowLabel = (row: MatrixRow) => (row.recommendation !== undefined ? md(row.recommendation) : row.paragraph !== undefined ? `¶ ${md(row.paragraph)}` : `§ ${md(row.section ?? "")}`);

/** `quoted`: rules whose words this form's list already quoted (each is quoted once per form, to keep comments short). */
function findingLine(f: ReportFinding, quoted: Set<string>): string {
  const cites = f.citations.length ? ` (${f.citations.map(citationText).map(md).join("; ")})` : "";
  const quotes = quoted.has(f.ruleId) ? "" : f.quotes.map((q) => `\n  > “${md(q)}”`).join("");
  quoted.add(f.ruleId);
  return `- **${f.level}** ${f.line}:${f.column} ${md(f.message)} ${markdownCode(f.ruleId)}${cites}${quotes}`;
}

function verdictBlock(r: AuditReport): string[] {
  const v = VERDICT_LABEL[r.verdict.status];
  return [`**Verdict: ${v.symbol} ${v.text}** — ${v.meaning}.`, "", ...r.verdict.reasons.map((x) => `- ${md(x)}`), ""];
}

function configurationBlock(r: AuditReport): string[] {
  const c = r.configuration;
  const out = [`**Configuration:** ${c.file ? `${markdownCode(c.file)} (SHA-256 \`${c.sha256}\`)` : "none"}; waivers may run ${c.maxWaiverDays} days${c.expectKinds.length ? `; expected kinds: ${c.expectKinds.map(md).join(", ")}` : ""}. ${md(inferenceText(c.infer))}`, ""];
  if (c.overrides.length) {
    out.push(`**${plural(c.overrides.length, "rule")} switched off or re-levelled by the configuration:**`, "", "| Rule | Own level | Set to |", "|---|---|---|");
    for (const o of c.overrides) out.push(`| ${markdownCode(o.rule)} | ${md(o.from)} | **${md(o.to)}** |`);
    out.push("");
  } else out.push("No rule is switched off or re-levelled by the configuration.", "");
  out.push(`**Packs:** ${r.packs.map((p) => `${markdownCode(p.name)} ${p.version ? md(p.version) : "(no version)"} (SHA-256 \`${p.sha256.slice(0, 12)}…\`)`).join(", ")}.`, "");
  return out;
}

function summaryLine(r: AuditReport): string {
  const s = r.summary;
  return (
    `**${plural(s.forms, "form")}** of ${plural(s.formKinds, "kind")} in ${plural(s.files, "file")}${s.notAssessed ? ` (**${s.notAssessed} not assessed**)` : ""}: ` +
    `**${plural(s.errors, "error")}**, ${plural(s.warnings, "warning")}, ${s.infos} info; ` +
    `${plural(s.waivedFindings, "waived finding")} under ${plural(s.waivers, "waiver")}${s.expiredWaivers ? ` (**${s.expiredWaivers} expired**)` : ""}${s.flaggedWaivers ? ` (**${s.flaggedWaivers} flagged**)` : ""}.`
  );
}

/** The matrix as tables: one per pack and review heading, so each says who must act. */
function matrixTables(r: AuditReport, rows: MatrixRow[], kinds: string[]): string[] {
  const out: string[] = [];
  const kindIndex = kinds.map((k) => r.kinds.indexOf(k));
  let current: string | undefined;
  for (const row of rows) {
    const heading = `${row.pack}\n${row.recommendation !== undefined ? (row.group ?? "Recommendations") : "Paragraphs cited by rules that cite no recommendation"}`;
    if (heading !== current) {
      if (current !== undefined) out.push("");
      current = heading;
      const [pack, group] = heading.split("\n");
      out.push(`#### ${md(group)} (${markdownCode(pack)})`, "", `| Row | ${kinds.map(md).join(" | ")} |`, `|---|${kinds.map(() => ":-:").join("|")}|`);
    }
    out.push(`| ${rowLabel(row)} | ${kindIndex.map((i) => cellText(row.cells[i])).join(" | ")} |`);
  }
  if (rows.length) out.push("");
  return out;
}

function legend(r: AuditReport): string {
  return CELL_STATUSES.map((st) => `${STATUS_LABEL[st].symbol} ${STATUS_LABEL[st].text} (${r.statusCounts[st]})`).join(" · ") + ". A count is forms of that kind with the gap / forms the row applies to.";
}

function notAssessedBlock(r: AuditReport): string[] {
  if (!r.notAssessed.length) return [];
  const out = ["### Not assessed", ""];
  for (const n of r.notAssessed) {
    out.push(`- ${markdownCode(n.file)}${n.forms.length ? ` (${n.forms.map(md).join(", ")})` : ""}: ${md(n.reason)}`);
    for (const e of n.errors.slice(0, 5)) out.push(`  - ${e.line}:${e.column} ${md(e.message)}`);
    if (n.errors.length > 5) out.push(`  - and ${n.errors.length - 5} more`);
  }
  out.push("");
  return out;
}

function footer(r: AuditReport): string[] {
  return [
    "---",
    "",
    `formguard ${md(r.formguardVersion)} · packs ${r.packs.map((p) => `${md(p.name)}${p.version ? ` ${md(p.version)}` : ""}`).join(", ")} · ` +
      `generated ${md(r.generatedAt)} · inputs SHA-256 \`${r.inputs.sha256}\` (${plural(r.inputs.files.length, "file")}; check with \`formguard report --verify\`)`,
  ];
}

export function renderMarkdown(r: AuditReport): string {
  const out: string[] = [];
  out.push(`## ${md(r.title)}`, "");
  out.push(...verdictBlock(r), ...configurationBlock(r), summaryLine(r), "");

  out.push("### Recommendations × form kinds", "");
  if (r.kinds.length === 0) out.push("No forms were checked.", "");
  else out.push(...matrixTables(r, r.matrix, r.kinds));
  out.push(legend(r), "");
  const notCheckable = r.matrix.filter((m) => m.cells[0]?.status === "not-checkable");
  if (notCheckable.length) {
    out.push("<details><summary>Rows no form can evidence, and why</summary>", "");
    for (const m of notCheckable) out.push(`- **${md(rowName(m))}**: ${md(m.cells[0].reason ?? "")}`);
    out.push("", "</details>", "");
  }
  out.push(...notAssessedBlock(r));

  const withFindings = r.forms.filter((f) => f.findings.length);
  out.push("### Findings", "");
  if (withFindings.length === 0 && r.otherFindings.length === 0) out.push("No unmet requirements.", "");
  for (const f of withFindings) {
    out.push(`<details><summary><b>${md(f.id)}</b> (${md(f.kind)})${f.assessed ? (f.unknownKind ? " — a kind no loaded pack declares" : "") : " — not assessed"} — ${plural(f.findings.length, "finding")} — ${md(f.file)}:${f.line}</summary>`, "");
    const quoted = new Set<string>();
    const shown = f.findings.filter((x) => x.level !== "info");
    const infos = f.findings.length - shown.length;
    out.push(...shown.map((x) => findingLine(x, quoted)));
    if (infos) out.push(`- and ${plural(infos, "info finding")} (good practice; listed in the HTML and JSON reports)`);
    out.push("", "</details>", "");
  }
  for (const o of r.otherFindings) {
    out.push(`<details><summary>${md(o.file)} — ${plural(o.findings.length, "problem")} outside any form</summary>`, "");
    const quoted = new Set<string>();
    out.push(...o.findings.map((x) => findingLine(x, quoted)), "", "</details>", "");
  }

  if (r.waivers.length) {
    out.push("### Waivers", "");
    out.push("| Rule | Form | Reason | By | Until | Problems |", "|---|---|---|---|---|---|");
    for (const w of r.waivers) {
      out.push(`| ${markdownCode(w.rule)} | ${md(w.form)} | ${md(w.reason) || "**none**"} | ${md(w.by ?? "") || "**nobody**"} | ${md(w.until ?? "") || "**open-ended**"} | ${w.problems.length ? `**${md(w.problems.join("; "))}**` : "none"} |`);
    }
    out.push("");
  }
  out.push(...footer(r));
  return out.join("\n") + "\n";
}

/** Rows with a problem (missing, waived, no forms), over the columns that have one. */
function problemMatrix(r: AuditReport): { rows: MatrixRow[]; kinds: string[] } {
  const problem = (c: MatrixCell) => c.status === "missing" || c.status === "waived" || c.status === "no-forms";
  const rows = r.matrix.filter((m) => m.cells.some(problem));
  const kinds = r.kinds.filter((k, i) => rows.some((m) => problem(m.cells[i])));
  return { rows, kinds };
}

/**
 * `--summary`: the verdict and reasons, the configuration, the counts and the matrix of
 * problems only, for a pull-request comment or a CI step summary. If even that would pass
 * `SUMMARY_LIMIT` characters, the last rows give way to a line saying how many were left out.
 */
export function renderMarkdownSummary(r: AuditReport): string {
  const head = [`## ${md(r.title)}`, "", ...verdictBlock(r), ...configurationBlock(r), summaryLine(r), ""];
  const tail = [...footer(r)];
  const { rows, kinds } = problemMatrix(r);
  const body: string[] = ["### Rows with problems", ""];
  if (rows.length === 0) body.push("No row has a missing, waived or unsupplied cell.", "");
  const notAssessed = r.notAssessed.length ? [`**Not assessed:** ${r.notAssessed.map((n) => markdownCode(n.file)).join(", ")}.`, ""] : [];
  const build = (n: number) => {
    const shown = rows.slice(0, n);
    const left = rows.length - n;
    const matrix = shown.length ? [...matrixTables(r, shown, kinds), legend(r), ""] : [];
    const more = left > 0 ? [`And ${plural(left, "more row")} with problems: see the full report.`, ""] : [];
    return [...head, ...body, ...matrix, ...more, ...notAssessed, ...tail].join("\n") + "\n";
  };
  let n = rows.length;
  let text = build(n);
  while (text.length >= SUMMARY_LIMIT && n > 0) {
    n = Math.max(0, n - Math.max(1, Math.ceil((text.length - SUMMARY_LIMIT) / 200)));
    text = build(n);
  }
  return text;
}
