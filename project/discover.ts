/**
 * Turns the command line's paths, directories and globs into the list of files to lint.
 * A path that does not exist or a glob that matches nothing is a usage error (exit 2): a CI
 * job whose glob silently matches nothing would otherwise pass forever. So is a folder that
 * cannot be read (the glob would skip it in silence, and its forms with it), and a named file
 * is "permission denied" when its folder cannot be entered, not "no such file".
 * A file reached twice (through a symbolic link to a folder) is listed once, by its real path.
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
  /** The editor: list what can be read rather than refuse a whole workspace over one locked folder. */
  skipUnreadableFolders?: boolean;
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
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EACCES") throw new ProjectError(`${input}: permission denied (a folder on its path cannot be entered).`);
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      if (!opts.skipUnreadableFolders) refuseUnreadableFolders(abs, input, ignore);
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
    if (stat) throw new ProjectError(`${input}: not a file or a folder (${kindOf(stat)}): name form specs, packs, Questionnaires or folders of them; to check text from a pipe, use --stdin.`);
    if (isDynamicPattern(input)) {
      const matches = globSync([input], { cwd: opts.cwd, ignore, absolute: true });
      if (matches.length === 0) throw new ProjectError(`No files match the pattern "${input}".`);
      for (const f of matches) found.add(path.normalize(f));
      continue;
    }
    throw new ProjectError(`No such file or directory: ${input}`);
  }
  return byRealPath([...found].sort());
}

/** What a path that is neither a file nor a folder is, in words. */
function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "a special file";
}

/** The folders under `dir` the search would enter (the same ignores) that cannot be listed. */
function refuseUnreadableFolders(dir: string, input: string, ignore: string[]) {
  const folders = [dir, ...globSync(["**"], { cwd: dir, ignore, absolute: true, dot: false, onlyDirectories: true })];
  for (const folder of folders) {
    try {
      fs.accessSync(folder, fs.constants.R_OK | fs.constants.X_OK);
    } catch {
      const shown = path.relative(process.cwd(), folder) || ".";
      throw new ProjectError(`cannot read the folder ${shown.startsWith("..") ? folder : shown} (permission denied), so its forms would go unchecked; make it readable or list only the folders to check (searching ${input}).`);
    }
  }
}

/**
 * One path per real file: a linked folder (even a loop back up the tree) must not count a form
 * twice. The path kept is the real one when it was found, else the shortest.
 */
function byRealPath(files: string[]): string[] {
  const chosen = new Map<string, string>();
  for (const f of files) {
    let real = f;
    try {
      real = fs.realpathSync.native(f);
    } catch {
      /* unreadable: kept, and reported when read */
    }
    const had = chosen.get(real);
    if (had === undefined || (had !== real && (f === real || f.length < had.length))) chosen.set(real, f);
  }
  return [...chosen.values()].sort();
}

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
}
