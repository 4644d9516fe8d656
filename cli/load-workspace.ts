/**
 * Builds the workspace a CLI run checks: the shipped packs, extra packs (config and
 * `--rules`), and the files to lint. Unreadable files are collected, not thrown, so that
 * every other file is still checked and each failure is named.
 */
import * as path from "node:path";
import { Workspace } from "../language/model/workspace";
import { shippedPackFiles } from "../rules/shipped-packs";
import { CliError } from "./errors";
import { readTextFile } from "./read-input";

export interface LoadedWorkspace {
  ws: Workspace;
  /** URIs (absolute paths, or the stdin file name) to check and report, in order. */
  lintUris: string[];
  /** URIs of packs loaded only as rules (not linted). */
  packUris: string[];
  unreadable: Array<{ file: string; reason: string }>;
}

export interface LoadOptions {
  files: string[];
  extraPacks: string[];
  stdin?: { filename: string; text: string };
}

export function loadWorkspace(opts: LoadOptions): LoadedWorkspace {
  const ws = new Workspace();
  const unreadable: LoadedWorkspace["unreadable"] = [];
  const lintUris: string[] = [];
  const packUris: string[] = [];

  for (const file of [...shippedPackFiles(), ...opts.extraPacks.map((p) => path.resolve(p))]) {
    if (ws.has(file)) continue;
    const r = readTextFile(file);
    if (!r.ok) throw new CliError(`${file}: cannot load rule pack: ${r.reason}.`);
    ws.set(file, r.text);
    packUris.push(file);
  }
  for (const file of opts.files) {
    if (lintUris.includes(file)) continue;
    if (!ws.has(file)) {
      const r = readTextFile(file);
      if (!r.ok) {
        unreadable.push({ file, reason: r.reason });
        continue;
      }
      ws.set(file, r.text);
    }
    lintUris.push(file);
  }
  if (opts.stdin) {
    const uri = path.resolve(opts.stdin.filename);
    ws.set(uri, opts.stdin.text);
    if (!lintUris.includes(uri)) lintUris.push(uri);
  }
  return { ws, lintUris, packUris: packUris.filter((u) => !lintUris.includes(u)), unreadable };
}
