/**
 * Turns the command line's paths, directories and globs into the list of files to lint.
 * A path that does not exist or a glob that matches nothing is a usage error (exit 2): a CI
 * job whose glob silently matches nothing would otherwise pass forever.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { globSync, isDynamicPattern } from "tinyglobby";
import { ProjectError } from "./errors";

export const DEFAULT_FILES = ["**/*.form", "**/*.formrules"];
export const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**", "**/dist/**"];

export interface DiscoverOptions {
  cwd: string;
  files?: string[];
  ignores?: string[];
  /** The configuration's folder: its `files` globs are relative to it, not to the linted folder. */
  configDir?: string;
}

export function discoverFiles(inputs: string[], opts: DiscoverOptions): string[] {
  const ignore = [...ALWAYS_IGNORED, ...(opts.ignores ?? [])];
  const patterns = opts.files?.length ? opts.files : DEFAULT_FILES;
  const found = new Set<string>();
  for (const input of inputs.length ? inputs : ["."]) {
    const abs = path.resolve(opts.cwd, input);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const inside = (f: string) => f === abs || f.startsWith(abs.endsWith(path.sep) ? abs : abs + path.sep);
      const configDir = opts.configDir && path.resolve(opts.configDir);
      if (opts.files?.length && configDir && (abs === configDir || abs.startsWith(configDir + path.sep))) {
        // `lint forms/` with `"files": ["forms/**/*.form"]` in the config: the globs name paths
        // from the config's folder; the directory only narrows them to what lies inside it.
        for (const f of globSync(patterns, { cwd: configDir, ignore, absolute: true, dot: false })) if (inside(path.normalize(f))) found.add(path.normalize(f));
      } else {
        for (const f of globSync(patterns, { cwd: abs, ignore, absolute: true, dot: false })) found.add(path.normalize(f));
      }
      continue;
    }
    if (stat?.isFile()) {
      // A file named explicitly is linted even if it does not match `files`.
      found.add(abs);
      continue;
    }
    if (isDynamicPattern(input)) {
      const matches = globSync([input], { cwd: opts.cwd, ignore, absolute: true });
      if (matches.length === 0) throw new ProjectError(`No files match the pattern "${input}".`);
      for (const f of matches) found.add(path.normalize(f));
      continue;
    }
    throw new ProjectError(`No such file or directory: ${input}`);
  }
  return [...found].sort();
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
}
