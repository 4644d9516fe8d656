/**
 * Reads a file as form-language text, refusing what is not text: a directory, a binary
 * file, invalid UTF-8 or something too large to be a form. Each refusal says which file and why.
 */
import * as fs from "node:fs";

/** Far larger than any real form (the largest NHS templates are a few hundred kB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === "EACCES" ? "permission denied" : err.code === "ENOENT" ? "no such file" : err.code ?? err.message };
  }
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): ReadResult {
  // The whole file, not a first block: a NUL after 8 kB was otherwise accepted (exit 0) while
  // the same byte earlier was refused, and no text form contains one. indexOf is a memchr.
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary data (a NUL byte at offset ${nul}), not a form spec` };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${at}); save the file as UTF-8` };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const d = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a cut sequence at the end is forgiven via stream).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      d.decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
