/**
 * What `lint` and `report` share: config → files → workspace → checks → a LintRun.
 * Formats, exit codes and writing are the commands' business.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkDocument, localToday, type CheckOptions } from "../rules/checker";
import { compiledRules } from "../rules/rule-set";
import { loadConfig, type LoadedConfig } from "../project/config";
import { isPackageName, resolvePackEntry } from "../project/pack-entries";
import { discoverFiles, displayPath } from "../project/discover";
import { CliError } from "./errors";
import type { FileReport, LintRun, StreamingFormatter } from "./formatters/types";
import { loadWorkspace, type LoadedWorkspace, type QuestionnaireDefaults } from "../project/load-workspace";
import { shippedPackFiles } from "../rules/shipped-packs";
import { knownRuleIds, makeCheckOptions } from "../project/check-options";
import type { SeverityOverride } from "../rules/severity";
import { checkQuestionnaire, questionnaireDefaults, questionnairesInDirectories } from "../project/questionnaires";
import { runKey, sha256, summarise, type CachedFindings, type FileSummary, type LintCache } from "./lint-cache";
import { lineColumn } from "../language/diagnostic";
import { Workspace } from "../language/model/workspace";
import { canStream, lintStreamed } from "./lint-stream";

export interface LintRunOptions {
  inputs: string[];
  cwd: string;
  configFile?: string;
  extraPacks: string[];
  stdin?: { filename: string; text: string };
  today?: string;
  /** Called after each file is checked (the progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** `--rule ID=LEVEL`: levels over the configuration's (an editor passes its settings this way). */
  ruleOverrides?: Record<string, SeverityOverride>;
  /** Count concepts recognised from labels as covered (`--infer`; also config "infer"). */
  infer?: boolean;
  /** Service and audiences for Questionnaires that carry none (`--service`, `--audience`). */
  questionnaire?: { service?: string; audiences?: string[] };
  /** `--cache`: reuse the findings of files whose text and run key are unchanged (cli/lint-cache.ts). */
  cache?: LintCache;
  /** Parse every file even when the cache would spare it (`--fix` edits the parsed documents). */
  parseEveryFile?: boolean;
}

export interface LintRunResult {
  run: LintRun;
  loaded: LoadedWorkspace;
  config: LoadedConfig;
  /** What every file was checked with (project/check-options.ts): `--fix` checks again with exactly this. */
  checkOptions: CheckOptions;
}

export interface PreparedRun {
  config: LoadedConfig;
  files: string[];
  packs: string[];
  questionnaireDefaults: QuestionnaireDefaults;
}

/** Config, the files to lint and the extra packs: what every way of running needs first. */
export function prepareRun(opts: LintRunOptions): PreparedRun {
  const startDir = opts.inputs.length ? commonDir(opts.inputs.map((i) => path.resolve(opts.cwd, i))) : opts.cwd;
  const config = loadConfig(opts.configFile, startDir);
  const configDir = config.file ? path.dirname(config.file) : opts.cwd;
  const files = opts.stdin && opts.inputs.length === 0 ? [] : discoverFiles(opts.inputs, { cwd: opts.cwd, files: config.config.files, ignores: config.config.ignores, configDir: config.file ? configDir : undefined });
  // A path is relative to where it is written (the config's folder, or the working directory for
  // --rules); a package name is looked up in node_modules from the config's folder (project/pack-entries.ts).
  const packs = [
    ...(config.config.packs ?? []).flatMap((p) => resolvePackEntry(p, configDir)),
    ...opts.extraPacks.flatMap((p) => (isPackageName(p, opts.cwd) ? resolvePackEntry(p, configDir) : [path.resolve(opts.cwd, p)])),
  ];
  for (const p of packs) if (!fs.existsSync(p)) throw new CliError(`Rule pack not found: ${p}`);
  if (!(opts.stdin && opts.inputs.length === 0)) files.push(...questionnairesInDirectories(opts.inputs, opts.cwd, files, config.config.ignores));
  const defaults = questionnaireDefaults(config.config, configDir, opts.questionnaire);
  return { config, files, packs, questionnaireDefaults: defaults };
}

/**
 * A broken pack would silently check nothing, or fail every form with fixes that are themselves
 * wrong: refuse to run on one. Syntax errors stop the run at once; the packs loaded besides the
 * shipped ones (config, --rules) are also checked as a linted pack would be, and every error is
 * listed (file:line:column) before the run stops with exit 2.
 */
export function refuseBrokenPacks(loaded: LoadedWorkspace) {
  const shipped = new Set(shippedPackFiles());
  const errors: string[] = [];
  for (const uri of loaded.packUris) {
    const doc = loaded.ws.get(uri)!;
    if (doc.syntaxErrors.length && doc.ast.items.length === 0) {
      // Nothing in it reads as a pack: it may be any file named by mistake (or on purpose, like
      // /etc/shadow.formrules), so its content is not echoed.
      throw new CliError(`${uri}: not a rule pack: no declaration could be read from it (its content is not shown).`);
    }
    if (doc.syntaxErrors.length) {
      const e = doc.syntaxErrors[0];
      throw new CliError(`${uri}:${lineColumn(e.range)}: rule pack has ${doc.syntaxErrors.length} syntax error(s), first: ${e.message}`);
    }
    if (shipped.has(uri)) continue;
    for (const d of checkDocument(loaded.ws, uri).diagnostics) if (d.level === "error") errors.push(`${uri}:${lineColumn(d.range)}: error: ${d.message} (${d.ruleId})`);
  }
  if (errors.length) {
    process.stderr.write(errors.join("\n") + "\n");
    throw new CliError(`${errors.length} error(s) in the rule packs loaded (listed above): fix the pack${errors.length > 1 ? "s" : ""} first; \`formguard lint PACK.formrules\` shows them with context.`);
  }
}

export function runLint(opts: LintRunOptions, prepared: PreparedRun = prepareRun(opts)): LintRunResult {
  const { config, files, packs, questionnaireDefaults } = prepared;
  const cache = opts.cache;
  const textSha = memoised(sha256);
  // With --cache, a file whose text and summary the cache knows is read but not parsed, unless
  // it turns out to need checking (below).
  const skipParse = cache && !opts.parseEveryFile ? (file: string, text: string) => cache.summaryOf(file, textSha(text)) !== undefined : undefined;
  const loaded = loadWorkspace({ files, extraPacks: packs, stdin: opts.stdin, questionnaireDefaults, skipParse });
  refuseBrokenPacks(loaded);

  const rules = compiledRules(loaded.ws.index);
  const checkOptions = checkOptionsFor(config, loaded, opts, opts.today);
  const sourceOf = (uri: string) => loaded.questionnaires.get(uri)?.source ?? loaded.unparsed.get(uri) ?? loaded.ws.get(uri)!.text;

  let ws = loaded.ws;
  let cacheKey: string | undefined;
  if (cache) {
    cache.startRun();
    const summaries = new Map(loaded.order.map((uri) => [uri, loaded.unparsed.has(uri) ? cache.summaryOf(uri, textSha(loaded.unparsed.get(uri)!))! : summarise(loaded.ws.get(uri)!)]));
    const linted = new Set(loaded.lintUris);
    cacheKey = runKey({ today: checkOptions.today ?? localToday(), config: config.config, configFile: config.file, flags: { infer: checkOptions.infer ?? false, questionnaire: opts.questionnaire ?? null, severity: checkOptions.severity ?? {} }, documents: loaded.order.map((uri) => ({ uri, summary: summaries.get(uri)!, linted: linted.has(uri) })) });
    const key = cacheKey;
    if (loaded.unparsed.size) ws = workspaceForMisses(loaded, summaries, (uri) => !cache.has(uri, sourceOf(uri), key));
    cache.parsed = loaded.lintUris.filter((u) => ws.has(u)).length;
  }

  const findingsOf = (uri: string): CachedFindings => {
    const q = loaded.questionnaires.get(uri);
    const result = q ? checkQuestionnaire(ws, uri, q, checkOptions) : checkDocument(ws, uri, checkOptions);
    return { diagnostics: result.diagnostics, waived: result.waived };
  };
  const run: LintRun = {
    cwd: opts.cwd,
    unreadable: loaded.unreadable,
    rules: new Map(rules.map((r) => [r.id, r])),
    files: loaded.lintUris.map((uri, i) => {
      const source = sourceOf(uri);
      const found = cache && cacheKey ? cache.findings(uri, source, cacheKey, () => summarise(ws.get(uri)!), () => findingsOf(uri)) : findingsOf(uri);
      opts.onProgress?.(i + 1, loaded.lintUris.length);
      return { filePath: displayPath(uri, opts.cwd), absPath: uri, ...found, source };
    }),
  };
  return { run, loaded, config, checkOptions };
}

/**
 * The workspace a `--cache` run checks its misses in: every parsed document, plus the unparsed
 * files a miss needs beside it — those declaring one of its form ids (`duplicate-id` names the
 * first declaration). Everything goes in the serial run's order, so "first" means the same.
 */
function workspaceForMisses(loaded: LoadedWorkspace, summaries: Map<string, FileSummary>, isMiss: (uri: string) => boolean): Workspace {
  const misses = loaded.lintUris.filter(isMiss);
  if (misses.length === 0) return loaded.ws;
  const missIds = new Set(misses.flatMap((u) => summaries.get(u)!.forms.map((f) => f.id)));
  const needed = new Set(misses);
  for (const [uri, s] of summaries) if (s.forms.some((f) => missIds.has(f.id))) needed.add(uri);
  const ws = new Workspace();
  for (const uri of loaded.order) {
    const doc = loaded.ws.get(uri);
    if (doc) ws.put(doc);
    else if (needed.has(uri)) ws.set(uri, loaded.unparsed.get(uri)!);
  }
  return ws;
}

function memoised(fn: (text: string) => string): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => seen.get(text) ?? (seen.set(text, fn(text)), seen.get(text)!);
}

/** Below this many files a run stays on one thread: starting a worker costs more than it saves. */
export const MIN_FILES_FOR_THREADS = 100;

/**
 * Threads `--concurrency auto` uses: half the cores, on machines with at least four; else one.
 * A single-threaded run already keeps about 1.4 cores busy (V8 collects garbage on helper
 * threads), and on 2 cores two checking threads measured slower than one (1.23 s against
 * 0.96 s for 1,000 forms, docs/performance.md), so the other half is left to the collectors.
 */
export function autoConcurrency(): number {
  const cores = availableCores();
  return cores >= 4 ? Math.floor(cores / 2) : 1;
}

function availableCores(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}

/**
 * The threads a requested `--concurrency` gets: no more than the machine's cores (but two are
 * always allowed, so a run's threads can be tried anywhere). Each thread loads the whole checker;
 * `--concurrency 64` on a 2-core machine took 1.7 GB and 3.6 s for 1,000 forms where one thread
 * takes 0.6 s, and 256 would exhaust a CI runner's memory. A larger request is cut, and `note`
 * says so.
 */
export function threadsAllowed(requested: number): { threads: number; note?: string } {
  const cores = availableCores();
  const limit = Math.max(2, cores);
  if (requested <= limit) return { threads: requested };
  return { threads: limit, note: `--concurrency ${requested}: at most ${limit} threads on this machine (${cores} core${cores === 1 ? "" : "s"}; each thread loads the whole checker); checking on ${limit}.` };
}

/** Threads a run of `prepared` uses at `concurrency`: one below MIN_FILES_FOR_THREADS, or from stdin. */
export function threadsFor(prepared: PreparedRun, concurrency: number): number {
  return prepared.files.length >= MIN_FILES_FOR_THREADS ? concurrency : 1;
}

/**
 * `lint`'s way of running when its output needs the whole run (SARIF, JUnit, a baseline): a run
 * made only of form files is checked as a streamed run is (cli/lint-stream.ts, on `concurrency`
 * threads when large enough), keeping every file's findings; anything else — stdin, `--cache`,
 * packs or Questionnaires among the inputs, a form file declaring more than forms — goes
 * through `runLint`. A thread that fails hands its files back to the main thread (with a note).
 */
export async function runLintConcurrently(opts: LintRunOptions, concurrency = autoConcurrency(), prepared = prepareRun(opts)): Promise<LintRunResult> {
  if (!canStream(prepared, opts)) return runLint(opts, prepared);
  const reports: FileReport[] = [];
  const collect: StreamingFormatter = () => ({ head: "", file: (f) => (reports.push(f), ""), tail: () => "" });
  const outcome = await lintStreamed(opts, prepared, collect, { write() {} }, threadsFor(prepared, concurrency));
  if (!outcome.streamed) return runLint(opts, prepared);
  const loaded = loadWorkspace({ files: [], extraPacks: prepared.packs });
  const checkOptions = checkOptionsFor(prepared.config, loaded, opts, opts.today);
  const run: LintRun = { cwd: opts.cwd, unreadable: outcome.unreadable, rules: new Map(compiledRules(loaded.ws.index).map((r) => [r.id, r])), files: reports };
  return { run, loaded: { ...loaded, lintUris: reports.map((f) => f.absPath), unreadable: outcome.unreadable }, config: prepared.config, checkOptions };
}

/** The run's check options (project/check-options.ts); a `rules` key naming no rule stops the run (exit 2). */
export function checkOptionsFor(config: LoadedConfig, loaded: LoadedWorkspace, opts: LintRunOptions, today?: string): CheckOptions {
  const made = makeCheckOptions({ config: config.config, knownRuleIds: knownRuleIds(loaded.ws.index), infer: opts.infer, today, settingsRules: opts.ruleOverrides });
  const problem = made.configProblems[0];
  if (problem) throw new CliError(`${config.file}: ${problem.key === "syntax" ? "$.rules.syntax" : `$.rules["${problem.key}"]`}: ${problem.message}.`);
  const flagProblem = made.settingsProblems[0];
  if (flagProblem) throw new CliError(`formguard lint: --rule ${flagProblem.key}: ${flagProblem.message}.`);
  return made.options;
}

export function commonDir(paths: string[]): string {
  const dirs = paths.map((p) => {
    try {
      return fs.statSync(p).isDirectory() ? p : path.dirname(p);
    } catch {
      return path.dirname(p.replace(/[*?{[].*$/, "x"));
    }
  });
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (!(d + path.sep).startsWith(common.endsWith(path.sep) ? common : common + path.sep) && d !== common) {
      const parent = path.dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}
