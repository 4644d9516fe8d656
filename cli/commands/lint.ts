/** `formguard lint`: check forms and packs; exit 0 clean, 1 lint errors or too many warnings, 2 failure. */
import { terminalText } from "../../language/safe-text";
import * as fs from "node:fs";
import { concurrency, isoDate, nonNegativeInt, oneOf, parseCommandArgs, questionnaireFlags } from "../args";
import { CliError, EXIT } from "../errors";
import { paletteFor } from "../formatters/colours";
import { LINT_FORMATS, STREAMING_FORMATS } from "../formatters/index";
import type { StreamingFormatter } from "../formatters/types";
import { canStream, lintStreamed, type StreamedRun } from "../lint-stream";
import { openFileAtomic, type WriteOptions } from "../../project/write-file";
import { outputTarget } from "../output-target";
import { nearestValue } from "../../project/config";
import { counts } from "../formatters/types";
import { useBaseline } from "../baseline";
import { LintCache } from "../lint-cache";
import { autoConcurrency, threadsAllowed, MIN_FILES_FOR_THREADS, prepareRun, runLint, runLintConcurrently, threadsFor, type LintRunOptions, type PreparedRun } from "../lint-run";
import { progressBar, type Progress } from "../progress";
import type { SeverityOverride } from "../../rules/severity";
import { writeOutput } from "../output";

export const LINT_HELP = `Usage: formguard lint [PATH|GLOB…] [options]

Checks form specs (*.form) and rule packs (*.formrules) against the loaded rule packs.
Directories are searched for **/*.form and **/*.formrules (or the config's "files").

Options:
  --format stylish|json|sarif|junit|github
                             output format (default: stylish); see docs/ci.md
  --output FILE              write the output to FILE instead of stdout
  --max-warnings N           exit 1 when there are more than N warnings
  --rules FILE…              load extra rule packs (the shipped packs are always loaded)
  --config FILE              use this formguard.config.json instead of searching upward
  --rule ID=LEVEL            set a rule's level (off, info, warning, error) over the config;
                             ID may be qualified, bare when unambiguous, or PACK/*; repeatable
  --stdin                    read one document from standard input
  --stdin-filename NAME      the name to report for --stdin (default: <stdin>.form)
  --today YYYY-MM-DD         treat this date as today when checking waiver expiry
  --infer                    count concepts recognised from field labels as covered (marked
                             "inferred from the label"); see docs/recognition.md
  --service ID, --audience ID[,ID]
                             form kind and audiences of FHIR Questionnaire JSON files that do
                             not declare them (see docs/fhir.md)
  --fix                      apply every preferred fix in place, then report what remains;
                             with --stdin, print the fixed text on stdout and the report on
                             stderr (or --output FILE). See docs/formatting.md
  --cache                    skip files unchanged since the last --cache run (by content hash;
                             packs, config, --today and flags are part of the key)
  --cache-location PATH      the cache file (default: .formguardcache in the working directory);
                             never one that is not a formguard cache (exit 2). Only trust a
                             cache this machine's runs wrote (see docs/security.md)
  --concurrency N|auto|off   threads to check on (default auto: half the cores where there are
                             4 or more, else 1). Only runs of at least ${MIN_FILES_FOR_THREADS} form files use
                             them; the output is the same as on one thread
  --baseline FILE            fail only on problems not already in FILE (see docs/ci.md)
  --update-baseline          write every current problem to the baseline (--baseline FILE,
                             default formguard-baseline.json), then pass; checks every file
                             afresh (the cache is not read)

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
      rule: { type: "string", multiple: true },
      baseline: { type: "string" },
      "update-baseline": { type: "boolean" },
      stdin: { type: "boolean" },
      "stdin-filename": { type: "string" },
      today: { type: "string" },
      infer: { type: "boolean" },
      service: { type: "string" },
      audience: { type: "string", multiple: true },
      fix: { type: "boolean" },
      cache: { type: "boolean" },
      "cache-location": { type: "string" },
      concurrency: { type: "string" },
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
  const allowed = threadsAllowed(concurrency("lint", values.concurrency, autoConcurrency()));
  if (allowed.note) process.stderr.write(`formguard lint: ${allowed.note}\n`);
  const threads = allowed.threads;
  if (values["stdin-filename"] && !values.stdin) throw new CliError("formguard lint: --stdin-filename goes with --stdin.");
  // --fix --stdin prints the fixed text on stdout, so the report goes to --output or stderr.
  const reportToStderr = !!values.fix && !!values.stdin && !values.output;
  const outputOptions = values.output ? outputTarget("lint", values.output, "report") : undefined;
  let stdin: { filename: string; text: string } | undefined;
  let stdinBom = "";
  if (values.stdin) {
    if (positionals.length) throw new CliError("formguard lint: give either --stdin or paths, not both.");
    const bytes = fs.readFileSync(0);
    const { decodeText } = await import("../../project/read-file");
    const r = decodeText(bytes);
    if (!r.ok) throw new CliError(`formguard lint: standard input is ${r.reason}.`);
    stdin = { filename: values["stdin-filename"] ?? "<stdin>.form", text: r.text };
    // The fixed text goes back out as it came in: with its byte-order mark.
    stdinBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? "\uFEFF" : "";
  }

  if (values["cache-location"] && !values.cache) throw new CliError("formguard lint: --cache-location goes with --cache.");
  // A baseline records what the forms say now: never what a cache (possibly not this run's) says.
  const cache = values.cache && !values["update-baseline"] ? LintCache.at(values["cache-location"], process.cwd()) : undefined;
  const cacheNote = cache?.load();
  if (cacheNote) process.stderr.write(cacheNote + "\n");

  const progress = progressBar();
  const lintOptions = { inputs: positionals, cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], ruleOverrides: ruleFlags(values.rule), stdin, today, onProgress: progress.tick, cache, ...questionnaireFlags("lint", values) };
  // A run that needs no file's findings after writing them (no --fix, no baseline) is streamed
  // where its format allows (cli/lint-stream.ts): memory stays flat however many files there are.
  const streaming = values.fix || values.baseline || values["update-baseline"] ? undefined : STREAMING_FORMATS[format];
  const prepared = values.fix ? undefined : prepareRun(lintOptions);
  const streamable = streaming && prepared && canStream(prepared, lintOptions);
  if (streamable) {
    const palette = values.output ? paletteFor({ isTTY: false }) : paletteFor(process.stdout);
    const code = await streamedLint(lintOptions, prepared, streaming(palette), values.output, outputOptions, maxWarnings, progress, threadsFor(prepared, threads));
    if (code !== undefined) return code;
  }
  const fixing = values.fix ? (await import("../apply-fixes")).lintAndFix(lintOptions) : undefined;
  // A streamed run that went back (a form file declares more than forms) needs the whole workspace.
  const { run: checked, loaded } = fixing ?? (streamable ? runLint(lintOptions, prepared) : await runLintConcurrently(lintOptions, threads, prepared));
  progress.done();
  if (cache) reportCache(cache);
  if (fixing?.stdinText !== undefined) process.stdout.write(stdinBom + fixing.stdinText);
  if (checked.files.length === 0 && loaded.unreadable.length === 0) {
    // Nothing was checked: a "✓ 0 files checked" summary above the error would read as a pass.
    process.stderr.write("formguard: no files to lint.\n");
    return EXIT.failure;
  }
  const { run, note: baselineNote } = useBaseline(checked, values.baseline, values["update-baseline"]);
  const palette = values.output ? paletteFor({ isTTY: false }) : paletteFor(reportToStderr ? process.stderr : process.stdout);
  const report = LINT_FORMATS[format](palette)(run) + (baselineNote && format === "stylish" ? baselineNote : "");
  if (reportToStderr) process.stderr.write(report);
  else writeOutput(report, values.output, outputOptions);

  for (const u of loaded.unreadable) process.stderr.write(`formguard: ${terminalText(u.file)}: cannot read: ${u.reason}.\n`);
  for (const line of fixing?.skipped ?? []) process.stderr.write(`formguard: ${terminalText(line)}\n`);
  if (loaded.unreadable.length || fixing?.skipped.length) return EXIT.failure;
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

/**
 * Runs `lint` streamed, writing to stdout or (atomically) to `--output`; the exit status, or
 * undefined when the run must be made over every file at once (nothing has been written then).
 */
async function streamedLint(opts: LintRunOptions, prepared: PreparedRun, format: StreamingFormatter, output: string | undefined, outputOptions: WriteOptions | undefined, maxWarnings: number | undefined, progress: Progress, threads: number): Promise<number | undefined> {
  const out = output ? openFileAtomic(output, outputOptions) : undefined;
  // Gathered into large writes: one write per file would cost more than formatting it.
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    progress.done();
    if (pendingBytes) process.stdout.write(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  let result: StreamedRun;
  try {
    result = await lintStreamed(
      opts,
      prepared,
      format,
      {
        write(bytes) {
          if (out) return out.write(bytes);
          pending.push(bytes);
          pendingBytes += bytes.length;
          if (pendingBytes >= 1 << 20) flush();
        },
      },
      threads,
    );
    if (!result.streamed) {
      out?.abandon();
      return undefined;
    }
    if (out) out.commit();
    else flush();
  } catch (e) {
    out?.abandon();
    throw e;
  }
  progress.done();
  for (const u of result.unreadable) process.stderr.write(`formguard: ${terminalText(u.file)}: cannot read: ${u.reason}.\n`);
  if (result.unreadable.length) return EXIT.failure;
  if (result.errors > 0) return EXIT.lintErrors;
  if (maxWarnings !== undefined && result.warnings > maxWarnings) {
    process.stderr.write(`formguard: ${result.warnings} warnings exceed --max-warnings ${maxWarnings}.\n`);
    return EXIT.lintErrors;
  }
  return EXIT.ok;
}

/** Saves the cache; `FORMGUARD_DEBUG_CACHE=1` shows how many files it spared (tests, benchmarks). */
function reportCache(cache: LintCache) {
  const note = cache.save();
  if (note) process.stderr.write(note + "\n");
  if (process.env.FORMGUARD_DEBUG_CACHE === "1") process.stderr.write(`cache: ${cache.hits} hit, ${cache.misses} miss, ${cache.parsed} parsed\n`);
}

const LEVELS: readonly string[] = ["off", "info", "warning", "error"];

/** `--rule ID=LEVEL`, repeatable: levels over the configuration's (resolved in project/check-options.ts). */
function ruleFlags(values: string[] | undefined): Record<string, SeverityOverride> | undefined {
  if (!values?.length) return undefined;
  const out: Record<string, SeverityOverride> = {};
  for (const v of values) {
    const m = /^([^=\s]+)=(.*)$/.exec(v.trim());
    const level = m?.[2];
    if (!m || !LEVELS.includes(level!)) {
      const written = level !== undefined && /^\d+$/.test(level) ? Number(level) : level;
      const guess = level !== undefined ? nearestValue(written, LEVELS) : undefined;
      throw new CliError(`formguard lint: --rule must look like ID=off|info|warning|error (got "${v}")${guess ? `: did you mean ${m![1]}=${guess}?` : "."}`);
    }
    out[m[1]] = level as SeverityOverride;
  }
  return out;
}

