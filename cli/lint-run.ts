/**
 * What `lint` and `report` share: config → files → workspace → checks → a LintRun.
 * Formats, exit codes and writing are the commands' business.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { builtinRuleIds } from "../rules/builtin/registry";
import { checkDocument, type CheckOptions } from "../rules/check";
import { compiledRules, type CompiledRule } from "../rules/rule-set";
import { nearest } from "../language/suggest";
import { loadConfig, type LoadedConfig } from "./config";
import { discoverFiles, displayPath } from "./discover";
import { CliError } from "./errors";
import type { LintRun } from "./formatters/types";
import { loadWorkspace, type LoadedWorkspace } from "./load-workspace";

export interface LintRunOptions {
  inputs: string[];
  cwd: string;
  configFile?: string;
  extraPacks: string[];
  stdin?: { filename: string; text: string };
  today?: string;
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
  const loaded = loadWorkspace({ files, extraPacks: packs, stdin: opts.stdin });

  // A broken pack would silently check nothing: refuse to run on one.
  for (const uri of loaded.packUris) {
    const doc = loaded.ws.get(uri)!;
    if (doc.syntaxErrors.length) {
      const e = doc.syntaxErrors[0];
      throw new CliError(`${uri}:${e.range.start.line + 1}:${e.range.start.character + 1}: rule pack has ${doc.syntaxErrors.length} syntax error(s), first: ${e.message}`);
    }
  }

  const rules = compiledRules(loaded.ws.index);
  validateSeverityKeys(config, rules);
  const checkOptions: CheckOptions = { today: opts.today, severity: config.config.rules };
  const run: LintRun = {
    cwd: opts.cwd,
    rules: new Map(rules.map((r) => [r.id, r])),
    files: loaded.lintUris.map((uri) => {
      const result = checkDocument(loaded.ws, uri, checkOptions);
      return { filePath: displayPath(uri, opts.cwd), absPath: uri, diagnostics: result.diagnostics, waived: result.waived, source: loaded.ws.get(uri)!.text };
    }),
  };
  return { run, loaded, config };
}

function validateSeverityKeys(config: LoadedConfig, rules: CompiledRule[]) {
  const known = new Set([...builtinRuleIds(), ...rules.map((r) => r.id)]);
  for (const key of Object.keys(config.config.rules ?? {})) {
    if (known.has(key)) continue;
    const s = nearest(key, known);
    throw new CliError(`${config.file}: $.rules["${key}"]: no such rule${s ? ` (did you mean "${s}"?)` : " (run formguard rules to list them)"}.`);
  }
  if (config.config.rules?.syntax === "off") throw new CliError(`${config.file}: $.rules.syntax: syntax errors cannot be turned off.`);
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
