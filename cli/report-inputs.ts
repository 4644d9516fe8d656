/**
 * What a report was made from, as `--verify` must recompute it: the project root (the
 * configuration's folder, else the inputs' common folder), every input file's path relative to
 * it with the SHA-256 of its bytes, the configuration file's hash and each pack's hash. Paths
 * never depend on the working directory, so the same files give the same hash from anywhere.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { HashedFile } from "../report/input-hash";
import { sha256Hex } from "../report/input-hash";
import { shippedPackFiles } from "../rules/shipped-packs";
import { commonDir, type LintRunResult } from "./lint-run";

export interface ReportInputs {
  root: string;
  /** Absolute path → path relative to the root, with `/`. */
  relative: (abs: string) => string;
  files: HashedFile[];
  configuration: { file?: string; sha256?: string };
  packFile: (uri: string) => { sha256: string; shipped: boolean };
}

/** SHA-256 of a file's bytes, or undefined when it cannot be read at all. */
export function fileSha256(abs: string): string | undefined {
  try {
    return sha256Hex(fs.readFileSync(abs));
  } catch {
    return undefined;
  }
}

export function reportInputs({ loaded, config, run }: LintRunResult): ReportInputs {
  const inputsAbs = [...loaded.lintUris, ...loaded.unreadable.map((u) => u.file)].map((f) => path.resolve(f));
  const root = config.file ? path.dirname(config.file) : inputsAbs.length ? commonDir(inputsAbs) : path.resolve(run.cwd);
  const relative = (abs: string) => path.relative(root, abs).split(path.sep).join("/") || path.basename(abs);
  const files = [...new Set(inputsAbs)].map((abs) => ({ path: relative(abs), sha256: fileSha256(abs) }));
  const shipped = new Set(shippedPackFiles().map((f) => path.resolve(f)));
  const packHashes = new Map<string, string>();
  const packFile = (uri: string) => {
    const sha256 = packHashes.get(uri) ?? fileSha256(uri) ?? sha256Hex(loaded.ws.get(uri)?.text ?? "");
    packHashes.set(uri, sha256);
    return { sha256, shipped: shipped.has(path.resolve(uri)) };
  };
  const configuration = config.file ? { file: relative(config.file), sha256: fileSha256(config.file) } : {};
  return { root, relative, files, configuration, packFile };
}
