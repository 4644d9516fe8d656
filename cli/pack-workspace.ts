/**
 * What the single-file commands (export, explain) start from: the file's text, read or a clear
 * exit-2 error, and a workspace holding the shipped packs and any given with --rules.
 */
import * as path from "node:path";
import { Workspace } from "../language/model/workspace";
import { readTextFile } from "../project/read-file";
import { shippedPackFiles } from "../rules/shipped-packs";
import { CliError } from "./errors";

export function readInputOrFail(file: string): string {
  const r = readTextFile(path.resolve(file));
  if (!r.ok) throw new CliError(`${file}: cannot read: ${r.reason}.`);
  return r.text;
}

export function workspaceWithPacks(extraPacks: string[] = []): Workspace {
  const ws = new Workspace();
  for (const p of [...shippedPackFiles(), ...extraPacks.map((p) => path.resolve(p))]) {
    const t = readTextFile(p);
    if (!t.ok) throw new CliError(`${p}: cannot load rule pack: ${t.reason}.`);
    ws.set(p, t.text);
  }
  return ws;
}
