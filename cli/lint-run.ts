/**
 * What `lint` and `report` share: config → files → workspace → checks → a LintRun.
 * Formats, exit codes and writing are the commands' business.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { builtinRuleIds } from "../rules/builtin/registry";
import { checkDocument, localToday, type CheckOptions } from "../rules/check";
import { compiledRules, type CompiledRule } from "../rules/rule-set";
import { nearest } from "../language/suggest";
import { loadConfig, type LoadedConfig } from "./config";
import { discoverFiles, displayPath } from "./discover";
import { CliError } from "./errors";
import type { LintRun } from "./formatters/types";
import { loadWorkspace, type LoadedWorkspace } from "./load-workspace";
import { diagnosticsOnJson, FHIR_RULE_IDS } from "../fhir/lint-questionnaire";
import { looksLikeQuestionnaire } from "../fhir/json-scan";
import { globSync } from "tinyglobby";
import { sortDiagnostics, type SeverityOverride } from "../rules/check";
import type { Diagnostic } from "../language/diagnostic";
import { runKey, type CachedFindings, type LintCache } from "./lint-cache";
import { lineColumn } from "../language/diagnostic";

export interface LintRunOptions {
  inputs: string[];
  cwd: string;
  configFile?: string;
  extraPacks: string[];
  stdin?: { filename: string; text: string };
  today?: string;
  /** Called after each file is checked (the progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Count concepts recognised from labels as covered (`--infer`; also config "infer"). */
  infer?: boolean;
  /** Service and audiences for Questionnaires that carry none (`--service`, `--audience`). */
  questionnaire?: { service?: string; audiences?: string[] };
  /** `--cache`: reuse the findings of files whose text and run key are unchanged (cli/lint-cache.ts). */
  cache?: LintCache;
}

export interface LintRunResult {
  run: LintRun;
  loaded: LoadedWorkspace;
  config: LoadedConfig;
}

export function runLint(opts: LintRunOptions): LintRunResult {
  const startDir = opts.inputs.length ? commonDir(opts.inputs.map((i) => path.resolve(opts.cwd, i))) : opts.cwd;
  const config = loadConfig(opts.configFile, startDir);
  const configDir = config.file ? path.dirname(config.file) : opts.cwd;
  const files = opts.stdin && opts.inputs.length === 0 ? [] : discoverFiles(opts.inputs, { cwd: opts.cwd, files: config.config.files, ignores: config.config.ignores });
  const packs = [...(config.config.packs ?? []).map((p) => path.resolve(configDir, p)), ...opts.extraPacks.map((p) => path.resolve(opts.cwd, p))];
  for (const p of packs) if (!fs.existsSync(p)) throw new CliError(`Rule pack not found: ${p}`);
  if (!(opts.stdin && opts.inputs.length === 0)) files.push(...questionnairesInDirectories(opts.inputs, opts.cwd, files, config.config.ignores));
  const questionnaireDefaults = (file: string) => {
    if (opts.questionnaire?.service || opts.questionnaire?.audiences?.length) return opts.questionnaire;
    const entry = (config.config.questionnaires ?? []).find((q) => globSync([q.files], { cwd: configDir, absolute: true }).some((f) => path.normalize(f) === file));
    return entry ? { service: entry.service, audiences: entry.audience } : {};
  };
  const loaded = loadWorkspace({ files, extraPacks: packs, stdin: opts.stdin, questionnaireDefaults });

  // A broken pack would silently check nothing: refuse to run on one.
  for (const uri of loaded.packUris) {
    const doc = loaded.ws.get(uri)!;
    if (doc.syntaxErrors.length) {
      const e = doc.syntaxErrors[0];
      throw new CliError(`${uri}:${lineColumn(e.range)}: rule pack has ${doc.syntaxErrors.length} syntax error(s), first: ${e.message}`);
    }
  }

  const rules = compiledRules(loaded.ws.index);
  validateSeverityKeys(config, rules);
  const checkOptions: CheckOptions = { today: opts.today, severity: config.config.rules, infer: opts.infer ?? config.config.infer };
  const findingsOf = (uri: string): CachedFindings => {
    const result = checkDocument(loaded.ws, uri, checkOptions);
    const q = loaded.questionnaires.get(uri);
    if (q) {
      // A Questionnaire: findings move from the imported form onto the JSON.
      const onJson = (list: Diagnostic[]) => sortDiagnostics(overrideLevels(diagnosticsOnJson(q, loaded.ws.get(uri), list), config.config.rules));
      return { diagnostics: onJson(result.diagnostics), waived: result.waived.map((w, k) => ({ ...w, ...diagnosticsOnJson({ ...q, diagnostics: [] }, loaded.ws.get(uri), [w])[0], waiver: result.waived[k].waiver })) };
    }
    return { diagnostics: result.diagnostics, waived: result.waived };
  };
  opts.cache?.startRun();
  const cacheKey = opts.cache && runKey({ today: checkOptions.today ?? localToday(), config: config.config, configFile: config.file, flags: { infer: checkOptions.infer ?? false, questionnaire: opts.questionnaire ?? null }, ws: loaded.ws, lintUris: loaded.lintUris });
  const run: LintRun = {
    cwd: opts.cwd,
    unreadable: loaded.unreadable.length,
    rules: new Map(rules.map((r) => [r.id, r])),
    files: loaded.lintUris.map((uri, i) => {
      const source = loaded.questionnaires.get(uri)?.source ?? loaded.ws.get(uri)!.text;
      const found = opts.cache && cacheKey ? opts.cache.findings(uri, source, cacheKey, () => findingsOf(uri)) : findingsOf(uri);
      opts.onProgress?.(i + 1, loaded.lintUris.length);
      return { filePath: displayPath(uri, opts.cwd), absPath: uri, ...found, source };
    }),
  };
  return { run, loaded, config };
}

function validateSeverityKeys(config: LoadedConfig, rules: CompiledRule[]) {
  const known = new Set([...builtinRuleIds(), ...FHIR_RULE_IDS, ...rules.map((r) => r.id)]);
  for (const key of Object.keys(config.config.rules ?? {})) {
    if (known.has(key)) continue;
    const s = nearest(key, known);
    throw new CliError(`${config.file}: $.rules["${key}"]: no such rule${s ? ` (did you mean "${s}"?)` : " (run formguard rules to list them)"}.`);
  }
  if (config.config.rules?.syntax === "off") throw new CliError(`${config.file}: $.rules.syntax: syntax errors cannot be turned off.`);
}

function overrideLevels(list: Diagnostic[], severity: Record<string, SeverityOverride> | undefined): Diagnostic[] {
  if (!severity) return list;
  return list.flatMap((d) => {
    const o = d.ruleId === "syntax" ? undefined : severity[d.ruleId];
    return o === "off" ? [] : [o ? { ...d, level: o } : d];
  });
}

/** Directories also hold FHIR Questionnaires: `**\/*.json` whose resourceType says so (a cheap look, not a parse). */
function questionnairesInDirectories(inputs: string[], cwd: string, already: string[], ignores: string[] = []): string[] {
  const out: string[] = [];
  for (const input of inputs.length ? inputs : ["."]) {
    const abs = path.resolve(cwd, input);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (!isDir) continue;
    for (const f of globSync(["**/*.json"], { cwd: abs, absolute: true, ignore: ["**/node_modules/**", "**/.git/**", "**/dist/**", ...ignores] })) {
      const file = path.normalize(f);
      if (already.includes(file) || out.includes(file)) continue;
      try {
        const fd = fs.openSync(file, "r");
        const head = Buffer.alloc(64 * 1024);
        const n = fs.readSync(fd, head, 0, head.length, 0);
        fs.closeSync(fd);
        if (looksLikeQuestionnaire(head.subarray(0, n).toString("utf8"))) out.push(file);
      } catch {
        /* unreadable files are not Questionnaires we were asked for */
      }
    }
  }
  return out.sort();
}

function commonDir(paths: string[]): string {
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
