/**
 * `formguard report --format markdown`: the summary, the coverage matrix, the findings and the
 * waivers as GitHub-flavoured Markdown, sized for a pull-request comment: errors and warnings
 * in full (each rule's quotes once per form), infos as a count. Every text from the input is
 * escaped (language/safe-text.ts): Markdown and HTML are shown as text, `|` cannot break a
 * table, bidi controls are marked; inside the raw-HTML `<summary>` lines, HTML escaping only.
 */
import { htmlText, markdownCode, markdownText } from "../language/safe-text";
import { STATUS_LABEL, citationText, plural } from "./labels";
import { CELL_STATUSES, type AuditReport, type MatrixCell, type ReportFinding } from "./schema";

/** Text from the input, safe anywhere in Markdown: no markup, no table breaks, one line. */
export const mdText = markdownText;

function cellText(c: MatrixCell): string {
  const l = STATUS_LABEL[c.status];
  if (c.status === "missing") return `${l.symbol} ${c.missing}/${c.forms}`;
  if (c.status === "waived") return `${l.symbol} ${c.waived}/${c.forms}`;
  return l.symbol;
}

/** `quoted`: rules whose words this form's list already quoted (each is quoted once per form, to keep comments short). */
function findingLine(f: ReportFinding, quoted: Set<string>): string {
  const cites = f.citations.length ? ` (${f.citations.map(citationText).map(mdText).join("; ")})` : "";
  const quotes = quoted.has(f.ruleId) ? "" : f.quotes.map((q) => `\n  > “${mdText(q)}”`).join("");
  quoted.add(f.ruleId);
  return `- **${f.level}** ${f.line}:${f.column} ${mdText(f.message)} ${markdownCode(f.ruleId)}${cites}${quotes}`;
}

export function renderMarkdown(r: AuditReport): string {
  const s = r.summary;
  const out: string[] = [];
  out.push(`## ${mdText(r.title)}`, "");
  out.push(
    `**${plural(s.forms, "form")}** of ${plural(s.formKinds, "kind")} in ${plural(s.files, "file")}: ` +
      `**${plural(s.errors, "error")}**, ${plural(s.warnings, "warning")}, ${s.infos} info; ` +
      `${plural(s.waivedFindings, "waived finding")} under ${plural(s.waivers, "waiver")}${s.expiredWaivers ? ` (**${s.expiredWaivers} expired**)` : ""}.`,
    "",
  );

  out.push("### Recommendations × form kinds", "");
  if (r.kinds.length === 0) {
    out.push("No forms were checked.", "");
  } else {
    out.push(`| Rec | ${r.kinds.map(mdText).join(" | ")} |`);
    out.push(`|---|${r.kinds.map(() => ":-:").join("|")}|`);
    for (const row of r.matrix) out.push(`| ${mdText(row.recommendation)} | ${row.cells.map(cellText).join(" | ")} |`);
    out.push("");
  }
  out.push(
    CELL_STATUSES.map((st) => `${STATUS_LABEL[st].symbol} ${STATUS_LABEL[st].text} (${r.statusCounts[st]})`).join(" · ") +
      ". A count is forms of that kind with the gap / forms the recommendation applies to.",
    "",
  );
  const notCheckable = r.matrix.filter((m) => m.cells[0]?.status === "not-checkable");
  if (notCheckable.length) {
    out.push("<details><summary>Recommendations no form can evidence</summary>", "");
    for (const m of notCheckable) out.push(`- **${mdText(m.recommendation)}**: ${mdText(m.cells[0].reason ?? "")}`);
    out.push("", "</details>", "");
  }

  const withFindings = r.forms.filter((f) => f.findings.length);
  out.push("### Findings", "");
  if (withFindings.length === 0 && r.otherFindings.length === 0) out.push("No unmet requirements.", "");
  for (const f of withFindings) {
    out.push(`<details><summary><b>${htmlText(f.id)}</b> (${htmlText(f.kind)}) — ${plural(f.findings.length, "finding")} — ${htmlText(f.file)}:${f.line}</summary>`, "");
    const quoted = new Set<string>();
    const shown = f.findings.filter((x) => x.level !== "info");
    const infos = f.findings.length - shown.length;
    out.push(...shown.map((x) => findingLine(x, quoted)));
    if (infos) out.push(`- and ${plural(infos, "info finding")} (good practice; listed in the HTML and JSON reports)`);
    out.push("", "</details>", "");
  }
  for (const o of r.otherFindings) {
    out.push(`<details><summary>${htmlText(o.file)} — ${plural(o.findings.length, "problem")} outside any form</summary>`, "");
    const quoted = new Set<string>();
    out.push(...o.findings.map((x) => findingLine(x, quoted)), "", "</details>", "");
  }

  if (r.waivers.length) {
    out.push("### Waivers", "");
    out.push("| Rule | Form | Reason | By | Until | Expired |", "|---|---|---|---|---|---|");
    for (const w of r.waivers) {
      out.push(`| ${mdText(w.rule)} | ${mdText(w.form)} | ${mdText(w.reason)} | ${mdText(w.by ?? "")} | ${mdText(w.until ?? "")} | ${w.expired ? "**yes**" : "no"} |`);
    }
    out.push("");
  }

  out.push("---", "");
  out.push(
    `formguard ${mdText(r.formguardVersion)} · packs ${r.packs.map((p) => `${mdText(p.name)}${p.version ? ` ${mdText(p.version)}` : ""}`).join(", ")} · ` +
      `generated ${mdText(r.generatedAt)} · inputs SHA-256 \`${r.inputs.sha256}\` (${plural(r.inputs.files.length, "file")})`,
  );
  return out.join("\n") + "\n";
}
