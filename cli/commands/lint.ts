/** `formguard lint`: check forms and packs; exit 0 clean, 1 lint errors or too many warnings, 2 failure. */
import * as fs from "node:fs";
import { isoDate, nonNegativeInt, oneOf, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { paletteFor } from "../formatters/colours";
import { LINT_FORMATS } from "../formatters/index";
import { counts } from "../formatters/types";
import { runLint } from "../lint-run";
import { writeOutput } from "../output";

export const LINT_HELP = `Usage: formguard lint [PATH|GLOB…] [options]

Checks form specs (*.form) and rule packs (*.formrules) against the loaded rule packs.
Directories are searched for **/*.form and **/*.formrules (or the config's "files").

Options:
  --format stylish|json      output format (default: stylish)
  --output FILE              write the output to FILE instead of stdout
  --max-warnings N           exit 1 when there are more than N warnings
  --rules FILE…              load extra rule packs (the shipped packs are always loaded)
  --config FILE              use this formguard.config.json instead of searching upward
  --stdin                    read one document from standard input
  --stdin-filename NAME      the name to report for --stdin (default: <stdin>.form)
  --today YYYY-MM-DD         treat this date as today when checking waiver expiry

Exit status: 0 no errors; 1 lint errors, or more warnings than --max-warnings; 2 bad usage,
bad configuration, unreadable input or an internal failure.`;

export async function lintCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "lint",
    argv,
    {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      "max-warnings": { type: "string" },
      rules: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      stdin: { type: "boolean" },
      "stdin-filename": { type: "string" },
      today: { type: "string" },
      fix: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(LINT_HELP + "\n");
    return EXIT.ok;
  }
  const format = oneOf("lint", "--format", values.format, Object.keys(LINT_FORMATS), "stylish");
  const maxWarnings = nonNegativeInt("lint", "--max-warnings", values["max-warnings"]);
  const today = isoDate("lint", "--today", values.today);
  if (values["stdin-filename"] && !values.stdin) throw new CliError("formguard lint: --stdin-filename goes with --stdin.");
  if (values.fix) throw new CliError("formguard lint: --fix is not available yet in this version.");
  let stdin: { filename: string; text: string } | undefined;
  if (values.stdin) {
    if (positionals.length) throw new CliError("formguard lint: give either --stdin or paths, not both.");
    const bytes = fs.readFileSync(0);
    const { decodeText } = await import("../read-input");
    const r = decodeText(bytes);
    if (!r.ok) throw new CliError(`formguard lint: standard input is ${r.reason}.`);
    stdin = { filename: values["stdin-filename"] ?? "<stdin>.form", text: r.text };
  }

  const { run, loaded } = runLint({ inputs: positionals, cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], stdin, today });
  const palette = values.output ? paletteFor({ isTTY: false }) : paletteFor(process.stdout);
  writeOutput(LINT_FORMATS[format](palette)(run), values.output);

  for (const u of loaded.unreadable) process.stderr.write(`formguard: ${u.file}: cannot read: ${u.reason}.\n`);
  if (loaded.unreadable.length) return EXIT.failure;
  if (run.files.length === 0) {
    process.stderr.write("formguard: no files to lint.\n");
    return EXIT.failure;
  }
  const all = counts(run.files.flatMap((f) => f.diagnostics));
  if (all.errors > 0) return EXIT.lintErrors;
  if (maxWarnings !== undefined && all.warnings > maxWarnings) {
    process.stderr.write(`formguard: ${all.warnings} warnings exceed --max-warnings ${maxWarnings}.\n`);
    return EXIT.lintErrors;
  }
  return EXIT.ok;
}
