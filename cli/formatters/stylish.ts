/**
 * `--format stylish` (default): like ESLint's. Grouped by file; one line per problem,
 * `line:col  level  message  rule-id`; a summary. Waived findings are listed too, dimmed,
 * with who accepted them and until when: an auditor reading CI logs must see them.
 */
import { counts, wholeRun, type Formatter, type StreamingFormatter } from "./types";
import { PLAIN, type Palette } from "./colours";
import { lineColumn, type Diagnostic } from "../../language/diagnostic";
import { shippedPackFiles } from "../../rules/shipped-packs";
import { terminalText as t } from "../../language/safe-text";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function stylish(palette: Palette = PLAIN): Formatter {
  return wholeRun(streamStylish(palette));
}

/** Streamed, it keeps the counts and the set of rule ids seen (for the closing hint), no file. */
export function streamStylish(palette: Palette = PLAIN): StreamingFormatter {
  return (run) => {
    const p = palette;
    let files = 0;
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    let waived = 0;
    const ruleIds = new Set<string>();
    return {
      head: "",
      file(f) {
        files++;
        if (f.diagnostics.length === 0 && f.waived.length === 0) return "";
        // Names and texts come from the user's files: no escape sequence or bidi control reaches the terminal.
        const out: string[] = [p.underline(t(f.filePath))];
        const { shown, alike } = collapseRepeatedInfos(f.diagnostics);
        const rows = shown.map((d) => [
          lineColumn(d.range),
          d.level === "error" ? p.red("error") : d.level === "warning" ? p.yellow("warning") : p.blue("info"),
          t(d.message),
          p.dim(t(d.ruleId)),
        ]);
        // A reduce, not Math.max(...rows): spreading a junk file's ~100,000 rows overflowed the stack.
        const posWidth = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
        rows.forEach((r, i) => {
          out.push(`  ${r[0].padEnd(posWidth)}  ${r[1]}${" ".repeat(8 - stripAnsi(r[1]).length)}${r[2]}  ${r[3]}`);
          const more = alike.get(shown[i]);
          if (more) out.push(p.dim(`  ${"".padEnd(posWidth)}  ${"".padEnd(8)}… and ${more.length} more like it, at ${placesText(more)} (every one in --format json)`));
        });
        for (const w of f.waived) {
          const who = [w.waiver.by && `by ${t(w.waiver.by)}`, w.waiver.until && `until ${t(w.waiver.until)}`].filter(Boolean).join(", ");
          out.push(p.dim(`  ${lineColumn(w.range).padEnd(posWidth)}  waived  ${t(w.ruleId)}: "${t(w.waiver.reason)}"${who ? ` (${who})` : ""}`));
        }
        const c = counts(f.diagnostics);
        errors += c.errors;
        warnings += c.warnings;
        infos += c.infos;
        waived += f.waived.length;
        for (const d of f.diagnostics) ruleIds.add(d.ruleId);
        return out.join("\n") + "\n\n";
      },
      tail(unreadableInputs) {
        const unreadableFiles = unreadableInputs.length;
        const out: string[] = [];
        const total = errors + warnings + infos;
        const unreadable = unreadableFiles ? `; ${plural(unreadableFiles, "file")} could not be read (see above)` : "";
        if (total === 0 && unreadableFiles) {
          out.push(p.bold(p.red(`✖ ${plural(files, "file")} checked: no problems in ${files === 1 ? "it" : "them"}${unreadable}.`)));
        } else if (total === 0) {
          out.push(`✓ ${plural(files, "file")} checked: no problems${waived ? ` (${plural(waived, "finding")} waived)` : ""}.`);
        } else {
          const line = `✖ ${plural(total, "problem")} (${plural(errors, "error")}, ${plural(warnings, "warning")}, ${infos} info) in ${plural(files, "file")} checked${waived ? `; ${waived} waived` : ""}${unreadable}.`;
          out.push(errors ? p.bold(p.red(line)) : p.bold(p.yellow(line)));
          // docs/rules/ explains the shipped pack's rules only; other packs' pages are written on demand.
          const shipped = new Set(shippedPackFiles());
          const packRules = [...ruleIds].map((id) => run.rules.get(id)).filter((r) => r !== undefined);
          if (packRules.some((r) => shipped.has(r.uri))) out.push(p.dim(`Each shipped rule is explained, with the report's words, in docs/rules/<rule>.md; \`formguard rules\` lists them all.`));
          if (packRules.some((r) => !shipped.has(r.uri))) out.push(p.dim(`\`formguard rules --docs DIR\` writes a page explaining each rule of the other packs.`));
        }
        return out.join("\n") + "\n";
      },
    };
  };
}

/** Infos of one rule saying one thing of many items (only a quoted id differs) at least this often in a file are shown once. */
const COLLAPSE_AT = 4;

/**
 * A Questionnaire of the SDC kind has hundreds of items pre-filled or calculated by FHIRPath,
 * each an info saying so: listed one by one (470 lines for one AEHRC form) they buried its few
 * findings that matter. Infos of one rule whose messages differ only in a quoted id are shown
 * once, with how many more and where. Errors and warnings are always listed one by one; the
 * machine formats list every finding.
 */
export function collapseRepeatedInfos(diagnostics: readonly Diagnostic[]): { shown: Diagnostic[]; alike: Map<Diagnostic, Diagnostic[]> } {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (d.level !== "info") continue;
    const key = `${d.ruleId}\u0000${d.message.replace(/`[^`]*`/g, "`…`")}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(d);
  }
  const alike = new Map<Diagnostic, Diagnostic[]>();
  const dropped = new Set<Diagnostic>();
  for (const list of groups.values()) {
    if (list.length < COLLAPSE_AT) continue;
    alike.set(list[0], list.slice(1));
    for (const d of list.slice(1)) dropped.add(d);
  }
  return { shown: dropped.size ? diagnostics.filter((d) => !dropped.has(d)) : [...diagnostics], alike };
}

function placesText(list: readonly Diagnostic[]): string {
  const places = list.slice(0, 8).map((d) => lineColumn(d.range));
  return places.join(", ") + (list.length > 8 ? ", …" : "");
}

function stripAnsi(s: string): string {
  return s.replace(/\u001b\[\d+m/g, "");
}
