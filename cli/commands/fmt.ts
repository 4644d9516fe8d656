/**
 * `formguard fmt [--check] [PATH…]`: rewrite forms and packs in the canonical style
 * (language/format). Exit 0 done; 1 with --check when a file is not formatted; 2 when a file
 * has syntax errors (reported with file:line:column and left untouched), cannot be read or
 * written, or the usage is wrong.
 */
import { terminalText } from "../../language/safe-text";
import * as fs from "node:fs";
import * as path from "node:path";
import { formatDocument } from "../../language/format/index";
import { parseDocument } from "../../language/parse";
import { mentionsQuestionnaire } from "../../fhir/resource-type";
import { isFormLanguageName } from "../../language/file-kinds";
import { parseCommandArgs } from "../args";
import { loadConfig } from "../../project/config";
import { discoverFiles, displayPath } from "../../project/discover";
import { EXIT } from "../errors";
import { readTextFile } from "../../project/read-file";
import { InPlaceRewriter } from "../../project/rewrite-files";
import { lineColumn } from "../../language/diagnostic";

export const FMT_HELP = `Usage: formguard fmt [--check] [PATH|GLOB…] [options]

Formats form specs (*.form) and rule packs (*.formrules) in place, in the one canonical style
(see docs/formatting.md). Directories are searched for **/*.form and **/*.formrules (or the
config's "files", minus its "ignores"); with no path, the current directory.

Options:
  --check          write nothing: list the files that are not formatted, and exit 1 if any
  --config FILE    use this formguard.config.json instead of searching upward

Files with syntax errors are reported (file:line:column) and left untouched.
Exit status: 0 formatted (or, with --check, already formatted); 1 with --check, some file is
not formatted; 2 a syntax error, an unreadable, read-only or unwritable file, a file edited
while fmt ran (left as it is), or bad usage.`;

export async function fmtCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("fmt", argv, {
    check: { type: "boolean" },
    config: { type: "string", short: "c" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(FMT_HELP + "\n");
    return EXIT.ok;
  }
  const cwd = process.cwd();
  const config = loadConfig(values.config, startDir(positionals, cwd));
  const files = discoverFiles(positionals, { cwd, files: config.config.files, ignores: config.config.ignores });
  if (files.length === 0) {
    process.stderr.write("formguard: no files to format.\n");
    return EXIT.failure;
  }

  let failed = false;
  const unformatted: string[] = [];
  const rewriter = new InPlaceRewriter((f) => displayPath(f, cwd));
  for (const file of files) {
    const shown = displayPath(file, cwd);
    const read = readTextFile(file);
    if (!read.ok) {
      process.stderr.write(`formguard: ${terminalText(shown)}: cannot read: ${read.reason}.\n`);
      failed = true;
      continue;
    }
    // A file named explicitly is read whatever its name; a Questionnaire is JSON, not the form
    // language, and 400 "syntax errors" would not say so.
    if (!isFormLanguageName(file) && mentionsQuestionnaire(read.text)) {
      process.stderr.write(`formguard: ${terminalText(shown)}: a FHIR Questionnaire (JSON), which fmt does not format: it formats form specs (.form) and rule packs (.formrules).\n`);
      failed = true;
      continue;
    }
    const r = formatDocument(read.text);
    if (!r.ok) {
      const errors = parseDocument(file, read.text).syntaxErrors;
      const e = errors[0];
      const where = e ? `${shown}:${lineColumn(e.range)}` : shown;
      const more = errors.length > 1 ? ` (and ${errors.length - 1} more syntax error${errors.length > 2 ? "s" : ""})` : "";
      process.stderr.write(`${terminalText(where)}: syntax error: ${(e ? e.message : r.reason).replace(/\.$/, "")}${more}; not formatted.\n`);
      failed = true;
      continue;
    }
    if (r.text === read.text) continue;
    unformatted.push(shown);
    if (values.check) continue;
    rewriter.rewrite(file, read.text, r.text);
  }

  for (const f of unformatted) process.stdout.write(terminalText(f) + "\n");
  if (values.check && unformatted.length) {
    process.stderr.write(`formguard: ${unformatted.length} file${unformatted.length === 1 ? " is" : "s are"} not formatted; run formguard fmt to format ${unformatted.length === 1 ? "it" : "them"}.\n`);
  }
  for (const line of rewriter.skipped) process.stderr.write(`formguard: ${terminalText(line)}\n`);
  if (failed || rewriter.skipped.length) return EXIT.failure;
  return values.check && unformatted.length ? EXIT.lintErrors : EXIT.ok;
}

/** Where to look for formguard.config.json: the first path's directory, else the working directory. */
function startDir(inputs: string[], cwd: string): string {
  if (!inputs.length) return cwd;
  const first = path.resolve(cwd, inputs[0]);
  try {
    return fs.statSync(first).isDirectory() ? first : path.dirname(first);
  } catch {
    return path.dirname(first.replace(/[*?{[].*$/, "x"));
  }
}
