/**
 * `--format stylish` (default): like ESLint's. Grouped by file; one line per problem,
 * `line:col  level  message  rule-id`; a summary. Waived findings are listed too, dimmed,
 * with who accepted them and until when: an auditor reading CI logs must see them.
 */
import { counts, wholeRun, type Formatter, type StreamingFormatter } from "./types";
import { PLAIN, type Palette } from "./colours";
import { lineColumn } from "../../language/diagnostic";
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
        const rows = f.diagnostics.map((d) => [
          lineColumn(d.range),
          d.level === "error" ? p.red("error") : d.level === "warning" ? p.yellow("warning") : p.blue("info"),
          t(d.message),
          p.dim(t(d.ruleId)),
        ]);
        // A reduce, not Math.max(...rows): spreading a junk file's ~100,000 rows overflowed the stack.
        const posWidth = rows.reduce((w, r) => Math.max(w, r[0].length), 0);
        for (const r of rows) out.push(`  ${r[0].padEnd(posWidth)}  ${r[1]}${" ".repeat(8 - stripAnsi(r[1]).length)}${r[2]}  ${r[3]}`);
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

function stripAnsi(s: string): string {
  return s.replace(/\u001b\[\d+m/g, "");
}
