/**
 * examples/README.md, rendered from the examples themselves: each file's leading comment says
 * what it demonstrates, and each non-compliant file's findings (from the same lint run the
 * expectation test makes) are tabled with the rule, its docs page and the report paragraphs
 * behind it. The examples test compares the committed README with this rendering, so the
 * README cannot drift from the forms.
 */
import type { Form } from "../../language/ast";
import type { Citation } from "../../language/diagnostic";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { formatCitations } from "../../rules/rule-set";

export interface ReadmeFinding {
  ruleId: string;
  level: string;
  line: number;
  column: number;
  message: string;
  citations: Citation[];
}

export interface ReadmeExample {
  /** Relative to examples/, e.g. `forms/minor-injury-unit.compliant.form`. */
  file: string;
  text: string;
  form?: Form;
  findings: ReadmeFinding[];
  /** Findings a waiver in the form exempts, with the waiver. */
  waived: Array<ReadmeFinding & { suppressions?: Array<{ justification?: string; by?: string; until?: string }> }>;
}

/** The `//` comment block a file opens with, as one paragraph. */
export function leadingComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*\/\/\s?(.*)$/.exec(line);
    if (!m) break;
    lines.push(m[1].trim());
  }
  return lines.join(" ").replace(/\s+/g, " ").trim();
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

function findingRow(f: ReadmeFinding, index: WorkspaceIndex): string {
  const pack = index.rules.get(f.ruleId)?.[0];
  const name = f.ruleId.split("/").pop()!;
  const rule = pack ? `[${name}](../docs/rules/${name}.md)` : `\`${f.ruleId}\``;
  const what = pack?.node.title?.value ?? f.message;
  return `| ${f.line}:${f.column} | ${f.level} | ${rule} | ${cell(what)} | ${cell(formatCitations(f.citations)) || "—"} |`;
}

export function renderExamplesReadme(examples: ReadmeExample[], index: WorkspaceIndex, command: string): string {
  const out: string[] = [
    "<!-- Checked by test/examples/examples.test.ts against the examples; regenerate with",
    "     FORMGUARD_UPDATE_EXAMPLES=1 npx vitest run test/examples -->",
    "",
    "# Example forms",
    "",
    `Realistic assessment forms for every form kind of the \`cqc-dorset-2015\` pack, each in two versions: a **compliant** one that meets every rule (\`formguard lint\` reports nothing, not even a warning or an info), and a **non-compliant** one written as the CQC review of Dorset found the form, with each gap marked in a comment beside it.`,
    "",
    "```sh",
    "npx formguard lint examples/                                  # exit 1: the non-compliant forms have errors",
    "npx formguard lint examples/forms/minor-injury-unit.noncompliant.form",
    "```",
    "",
    `Between them the non-compliant examples show ${new Set(examples.flatMap((e) => [...e.findings, ...e.waived].map((f) => f.ruleId)).filter((id) => index.rules.has(id))).size} of the ${index.allRules().length} rules failing; every rule also has a minimal compliant and non-compliant example on its page in [docs/rules](../docs/rules/README.md).`,
    "",
    `[expected.json](expected.json) records the exact findings (rule, level, line, column) of \`${command}\` for every file; \`test/examples/examples.test.ts\` checks them, and checks that every compliant form is clean. Each rule links to its page in [docs/rules](../docs/rules/README.md), which quotes the report.`,
    "",
  ];
  const kinds = [...index.services.keys()];
  const kindOf = (e: ReadmeExample) => e.form?.service?.text ?? "";
  const ordered = [...kinds, ...new Set(examples.map(kindOf).filter((k) => !kinds.includes(k)))];
  for (const kind of ordered) {
    const list = examples.filter((e) => kindOf(e) === kind);
    if (list.length === 0) continue;
    const title = index.services.get(kind)?.[0]?.node.title?.value;
    out.push(`## \`${kind || "(no service)"}\`${title ? ` — ${title}` : ""}`, "");
    for (const e of list) {
      const compliant = e.file.endsWith(".compliant.form");
      out.push(`### [${e.file.split("/").pop()}](${e.file}) — ${compliant ? "compliant" : "non-compliant"}`, "");
      const about = leadingComment(e.text) || e.form?.title?.value || "";
      if (about) out.push(about, "");
      const waivedRows = e.waived.map((w) => {
        const s = w.suppressions?.[0];
        return `${findingRow(w, index)} ${cell(s?.justification ?? "")}${s?.by ? ` — ${cell(s.by)}` : ""}${s?.until ? `, until ${s.until}` : ""} |`;
      });
      const waivedTable = waivedRows.length
        ? ["Waived (listed for auditors, not counted):", "", "| line:col | level | rule | finding | report | waiver |", "|---|---|---|---|---|---|", ...waivedRows, ""]
        : [];
      if (e.findings.length === 0) {
        out.push("`formguard lint`: no findings.", "", ...waivedTable);
        continue;
      }
      const counts = ["error", "warning", "info"].map((l) => [l, e.findings.filter((f) => f.level === l).length] as const).filter(([, n]) => n > 0);
      out.push(`\`formguard lint\`: ${counts.map(([l, n]) => `${n} ${l}${n === 1 ? "" : "s"}`).join(", ")}.`, "");
      out.push("| line:col | level | rule | finding | report |", "|---|---|---|---|---|", ...e.findings.map((f) => findingRow(f, index)), "", ...waivedTable);
    }
  }
  return out.join("\n");
}
