/**
 * The audit report's input hash: what exactly was checked, with what. It covers every input
 * file (by its path relative to the project root and the SHA-256 of its bytes), the
 * configuration file and every loaded pack (name, version, content hash) — so turning a rule
 * off, or a different pack, changes it — and nothing that depends on where it was run from.
 *
 * The text hashed, one line each, in this order:
 *   file <path> <sha256>                for each input, sorted by path (`-` for an unreadable one)
 *   config <path> <sha256>              when a configuration file was used
 *   pack <name> <version> <sha256>      for each pack, sorted by name (`-` for no version)
 * docs/report.md gives the same recipe, so anyone can recompute it with sha256sum.
 */
import { createHash } from "node:crypto";

export interface HashedFile {
  path: string;
  sha256?: string;
}

export interface HashParts {
  files: HashedFile[];
  config?: { path: string; sha256: string };
  packs: Array<{ name: string; version?: string; sha256: string }>;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The lines the input hash is taken over (see the file comment). */
export function hashedText(parts: HashParts): string {
  const lines = [...parts.files].sort(byPath).map((f) => `file ${f.path} ${f.sha256 ?? "-"}`);
  if (parts.config) lines.push(`config ${parts.config.path} ${parts.config.sha256}`);
  for (const p of [...parts.packs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) lines.push(`pack ${p.name} ${p.version ?? "-"} ${p.sha256}`);
  return lines.map((l) => l + "\n").join("");
}

export function inputHash(parts: HashParts): string {
  return sha256Hex(hashedText(parts));
}
