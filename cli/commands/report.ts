/**
 * `formguard report`: the audit report (HTML, Markdown or JSON) over the same inputs and
 * configuration as `lint`. A report of failures is still a successful report: exit 0 when it is
 * written, 2 on bad usage or input (nothing is written then).
 */
import { terminalText } from "../../language/safe-text";
import { localToday } from "../../rules/checker";
import { renderHtml } from "../../report/html";
import { renderJson } from "../../report/json";
import { renderMarkdown } from "../../report/markdown";
import { isoDate, oneOf, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { runLint } from "../lint-run";
import { writeFileAtomic } from "../../project/write-file";
import { reportFromLint } from "../report-from-lint";
import { progressBar } from "../progress";
import { FORMGUARD_VERSION_STRING } from "../version";

export const REPORT_HELP = `Usage: formguard report [PATH|GLOB…] --output FILE [options]

Writes an audit report over the same files and configuration as \`formguard lint\`: a summary,
every recommendation of the report against every kind of form checked, each unmet requirement
with its citation and the report's words, and every waiver. The footer records the formguard
and pack versions, the date and a SHA-256 of the inputs.

Options:
  --format html|markdown|json  html: one self-contained page (default); markdown: for a
                               pull-request comment; json: docs/report.schema.json
  --output FILE                where to write the report (required)
  --title TEXT                 the report's heading (default: formguard audit report)
  --rules FILE…                load extra rule packs (the shipped packs are always loaded)
  --config FILE                use this formguard.config.json instead of searching upward
  --today YYYY-MM-DD           treat this date as today when checking waiver expiry

Exit status: 0 the report was written (whatever it found); 2 bad usage, bad configuration,
unreadable input or an internal failure.`;

const RENDER = { html: renderHtml, markdown: renderMarkdown, json: renderJson } as const;

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "report",
    argv,
    {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      title: { type: "string" },
      rules: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(REPORT_HELP + "\n");
    return EXIT.ok;
  }
  const format = oneOf("report", "--format", values.format, Object.keys(RENDER) as Array<keyof typeof RENDER>, "html");
  if (!values.output) throw new CliError("formguard report: --output FILE is required (e.g. --output formguard-report.html).");
  const today = isoDate("report", "--today", values.today) ?? localToday();

  const progress = progressBar();
  const lint = runLint({ inputs: positionals, cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], today, onProgress: progress.tick });
  progress.done();
  for (const u of lint.loaded.unreadable) process.stderr.write(`formguard: ${terminalText(u.file)}: cannot read: ${u.reason}.\n`);
  if (lint.loaded.unreadable.length) throw new CliError(`formguard report: not written: ${lint.loaded.unreadable.length} input file(s) could not be read.`);
  if (lint.run.files.length === 0) throw new CliError("formguard report: no files to report on.");

  const report = reportFromLint(lint, { formguardVersion: FORMGUARD_VERSION_STRING, generatedAt: new Date().toISOString(), today, title: values.title });

  writeFileAtomic(values.output, RENDER[format](report));
  process.stderr.write(`formguard: wrote ${values.output} (${report.summary.forms} forms, ${report.summary.errors} errors, ${report.summary.warnings} warnings).\n`);
  return EXIT.ok;
}
