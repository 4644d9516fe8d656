/**
 * `formguard report`: the audit report (HTML, Markdown or JSON) over the same inputs and
 * configuration as `lint`, with a verdict. Exit 0 when the verdict is compliant, 1 when it is
 * non-compliant or incomplete (the report is still written), 2 when no report could be written.
 * `--verify REPORT.json [PATH…]` says whether the inputs are still the ones the report names.
 */
import { terminalText } from "../../language/safe-text";
import { localToday } from "../../rules/checker";
import { renderHtml } from "../../report/html";
import { renderJson } from "../../report/json";
import { plural } from "../../report/labels";
import { renderMarkdown, renderMarkdownSummary } from "../../report/markdown";
import { isoDate, oneOf, parseCommandArgs, questionnaireFlags } from "../args";
import { CliError, EXIT } from "../errors";
import { runLint } from "../lint-run";
import { writeFileAtomic } from "../../project/write-file";
import { reportFromLint } from "../report-from-lint";
import { verifyReport } from "../report-verify";
import { progressBar } from "../progress";
import { outputTarget } from "../output-target";
import { FORMGUARD_VERSION_STRING } from "../version";

export const REPORT_HELP = `Usage: formguard report [PATH|GLOB…] --output FILE [options]
       formguard report --verify REPORT.json [PATH|GLOB…] [--config FILE] [--rules FILE…]

Writes an audit report over the same files and configuration as \`formguard lint\`: a verdict
(compliant, non-compliant or incomplete) with its reasons, the configuration's overrides and
the packs used, every recommendation of the report against every kind of form checked with the
fields that meet it, each unmet requirement with its citation and the report's words, what
could not be assessed, and every waiver with its problems. The footer records the formguard and
pack versions, the date and a SHA-256 of the inputs, configuration and packs.

Options:
  --format html|markdown|json  html: one self-contained page (default); markdown: for a
                               pull-request comment; json: docs/report.schema.json
  --summary                    (markdown) the verdict, the rows with problems and the counts
                               only, under 60,000 characters: for a PR comment or CI summary
  --output FILE                where to write the report (required)
  --title TEXT                 the report's heading (default: formguard audit report)
  --expect-kinds all|ID,…      form kinds there must be forms of (all: every kind the packs
                               declare); a kind with none makes the report incomplete
  --rules FILE…                load extra rule packs (the shipped packs are always loaded)
  --config FILE                use this formguard.config.json instead of searching upward
  --today YYYY-MM-DD           treat this date as today when checking waiver expiry
  --infer                      count concepts recognised from field labels as covered, as
                               \`lint --infer\` does; the report says inference was on and marks
                               what only such fields meet "inferred"
  --service ID, --audience ID[,ID]
                               form kind and audiences of FHIR Questionnaire JSON files that do
                               not declare them (see docs/fhir.md)
  --verify REPORT.json         recompute the input hash over PATH… (default .) and compare it
                               with the report's (JSON or HTML); writes nothing

Exit status: 0 the report was written and is compliant (--verify: the inputs are the same);
1 it was written and is non-compliant or incomplete (--verify: the inputs differ); 2 bad usage,
bad configuration or an internal failure: no report was written.`;

const RENDER = { html: renderHtml, markdown: renderMarkdown, json: renderJson } as const;

export async function reportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "report",
    argv,
    {
      format: { type: "string" },
      summary: { type: "boolean" },
      output: { type: "string", short: "o" },
      title: { type: "string" },
      "expect-kinds": { type: "string" },
      rules: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      today: { type: "string" },
      infer: { type: "boolean" },
      service: { type: "string" },
      audience: { type: "string", multiple: true },
      verify: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(REPORT_HELP + "\n");
    return EXIT.ok;
  }
  if (values.verify !== undefined) {
    return verifyReport(values.verify, { inputs: positionals, configFile: values.config, extraPacks: values.rules ?? [] });
  }
  const format = oneOf("report", "--format", values.format, Object.keys(RENDER) as Array<keyof typeof RENDER>, values.summary ? "markdown" : "html");
  if (values.summary && format !== "markdown") throw new CliError("formguard report: --summary is a Markdown mode: use it with --format markdown (or without --format).");
  if (!values.output) throw new CliError("formguard report: --output FILE is required (e.g. --output formguard-report.html).");
  const outputOptions = outputTarget("report", values.output, "report");
  const today = isoDate("report", "--today", values.today) ?? localToday();
  const expectKinds = parseExpectKinds(values["expect-kinds"]);

  const progress = progressBar();
  const flags = questionnaireFlags("report", values);
  const lint = runLint({ inputs: positionals, cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], today, onProgress: progress.tick, ...flags });
  progress.done();
  for (const u of lint.loaded.unreadable) process.stderr.write(`formguard: ${u.file}: cannot read: ${u.reason} (listed as not assessed).\n`);
  if (lint.run.files.length === 0 && lint.loaded.unreadable.length === 0) throw new CliError("formguard report: no files to report on.");

  const report = reportFromLint(lint, { formguardVersion: FORMGUARD_VERSION_STRING, generatedAt: new Date().toISOString(), today, title: values.title, expectKinds });

  writeFileAtomic(values.output, values.summary ? renderMarkdownSummary(report) : RENDER[format](report), outputOptions);
  process.stderr.write(
    `formguard: wrote ${values.output} (${plural(report.summary.forms, "form")}, ${plural(report.summary.errors, "error")}, ${plural(report.summary.warnings, "warning")}): ${report.verdict.status}.\n`,
  );
  return report.verdict.status === "compliant" ? EXIT.ok : EXIT.lintErrors;
}

function parseExpectKinds(value: string | undefined): "all" | string[] | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "all") return "all";
  const kinds = value.split(",").map((k) => k.trim()).filter(Boolean);
  if (kinds.length === 0) throw new CliError(`formguard report: --expect-kinds needs "all" or a comma-separated list of form kinds (got "${value}").`);
  return kinds;
}
