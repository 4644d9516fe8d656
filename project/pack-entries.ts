/**
 * What a `packs` entry names — in the configuration, in `--rules` or in the editor's
 * `formguard.packs` setting — turned into pack files:
 * - a path (`rules/local.formrules`, `./packs/`, anything ending in `.formrules` or that exists):
 *   resolved against the base folder (the configuration's folder);
 * - an npm package name (`@trust/wnb-pack`, `wnb-pack`): found in `node_modules` from the base
 *   folder upward, as Node finds packages; its `package.json` lists its packs under
 *   `"formguard": { "packs": ["file.formrules", …] }`, relative to the package.
 * Never fetched: a package that is not installed is a clear error (exit 2).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ProjectError } from "./errors";

const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/i;

export function isPackageName(entry: string, baseDir: string): boolean {
  return PACKAGE_NAME.test(entry) && !entry.endsWith(".formrules") && !entry.startsWith(".") && !fs.existsSync(path.resolve(baseDir, entry));
}

/** The pack files one entry names (absolute paths), or a ProjectError saying why there are none. */
export function resolvePackEntry(entry: string, baseDir: string): string[] {
  if (!isPackageName(entry, baseDir)) return [path.resolve(baseDir, entry)];
  const pkgDir = findPackage(entry, baseDir);
  if (!pkgDir) throw new ProjectError(`Rule pack package "${entry}" is not installed: no node_modules/${entry} in ${baseDir} or any folder above it (install it with npm, or give the pack's path).`);
  const manifest = path.join(pkgDir, "package.json");
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(manifest, "utf8"));
  } catch (e) {
    throw new ProjectError(`${manifest}: cannot read the package's manifest (${(e as Error).message}).`);
  }
  const packs = (json as { formguard?: { packs?: unknown } })?.formguard?.packs;
  if (!Array.isArray(packs) || packs.length === 0 || !packs.every((p) => typeof p === "string" && p.length > 0)) {
    throw new ProjectError(`${manifest}: $.formguard.packs: expected a list of the package's .formrules files, e.g. "formguard": { "packs": ["wnb.formrules"] }.`);
  }
  return packs.map((p) => path.resolve(pkgDir, p));
}

function findPackage(name: string, from: string): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, "node_modules", ...name.split("/"));
    if (fs.existsSync(path.join(candidate, "package.json"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
