/**
 * Reads a file as form-language text, refusing what is not text: a directory, a binary
 * file, invalid UTF-8 or something too large to be a form. Each refusal says which file and why.
 */
import { isAscii } from "node:buffer";
import * as fs from "node:fs";

/** Far larger than any real form (the largest NHS templates are a few hundred kB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Files up to this size are read into one buffer kept for the next read: a run over 1,000 forms
 * otherwise allocated, and the collector then reclaimed, a buffer per file. Larger files get
 * their own, so a single huge file does not keep its size in memory for the rest of the run.
 */
const SCRATCH_BYTES = 1024 * 1024;
let scratch: Buffer | undefined;

export function readTextFile(file: string): ReadResult {
  let bytes: Buffer;
  let fd: number | undefined;
  try {
    // The type is looked at before the file is opened, so a FIFO or a device is never opened.
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `too large (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
    // Non-blocking: should the file be replaced by a FIFO after the stat, the open cannot hang.
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    bytes = readAll(fd, stat.size);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return { ok: false, reason: err.code === "EACCES" ? "permission denied" : err.code === "ENOENT" ? "no such file" : err.code ?? err.message };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return decodeText(bytes);
}

/**
 * The file's bytes, as readFileSync reads them: `size` bytes (fewer if it shrank), or, when the
 * size is not known (0, as for /proc files), everything up to the end. Small files land in
 * `scratch`: the bytes returned are valid until the next read.
 */
function readAll(fd: number, size: number): Buffer {
  let buffer = size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)) : Buffer.allocUnsafe(size);
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (size > 0) break;
      const grown = Buffer.allocUnsafe(buffer.length * 2);
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const n = fs.readSync(fd, buffer, length, (size > 0 ? size : buffer.length) - length, null);
    if (n === 0) break;
    length += n;
    if (size > 0 && length >= size) break;
  }
  return buffer.subarray(0, length);
}

/** One decoder for every file: without `stream`, a decode carries nothing over to the next. */
const utf8 = new TextDecoder("utf-8", { fatal: true });

export function decodeText(bytes: Uint8Array): ReadResult {
  // The whole file, not a first block: a NUL after 8 kB was otherwise accepted (exit 0) while
  // the same byte earlier was refused, and no text form contains one. indexOf is a memchr.
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `binary data (a NUL byte at offset ${nul}), not a form spec` };
  // Most forms are plain ASCII: checked at memory speed, then copied byte for byte into a string.
  if (isAscii(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") };
  try {
    const text = utf8.decode(bytes);
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
