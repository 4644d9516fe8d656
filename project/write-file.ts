/**
 * THE way formguard writes a file (`--fix`, `fmt`, `--output`, `report`, `import`/`export`, the
 * cache and the baseline). A user's file is never lost, half-written or written somewhere else:
 *
 * - the text goes to a temporary file created exclusively (`wx`: an existing name, a planted
 *   link included, is never opened) with a random name in the same folder and the mode of the
 *   file it replaces, is flushed to disk (fsync), and only then renamed over the target;
 * - a symbolic link is written through: the file it points at is replaced, the link stays;
 * - a file the user cannot write (read-only) is refused, although a rename would succeed;
 * - `unchangedSince`: the file is re-read immediately before the rename and left alone if it
 *   no longer holds what the caller read (someone edited it while formguard ran);
 * - `replaces`: only a file of the expected kind is overwritten (a cache never replaces a form).
 *
 * Every refusal or failure is a ProjectError (exit 2) naming the file and saying why.
 */
import { nodeCrypto } from "../language/node-crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { ProjectError } from "./errors";
import { decodeText } from "./read-file";

/** The file changed between the run reading it and formguard replacing it: it was not written. */
export class FileChangedError extends ProjectError {}

export interface WriteOptions {
  /** The text (byte-order mark excluded) the caller read from `file` and transformed. */
  unchangedSince?: string;
  /** Keep the byte-order mark the existing file starts with. */
  keepByteOrderMark?: boolean;
  /** Overwrite an existing file only if `accepts` its text; else refuse, saying it is not `what`. */
  replaces?: { what: string; accepts: (existingText: string) => boolean; hint?: string };
  /** The temporary names to try, in order (default: random ones). Tests plant links at them. */
  temporaryNames?: (dir: string, base: string) => Iterable<string>;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The check `openFileAtomic` makes of an existing file before it writes, made now: a command that
 * will write at the end of a long run refuses at its start (it is made again before the rename).
 */
export function refuseUnlessReplaceable(file: string, opts: WriteOptions): void {
  const target = realTarget(file);
  const existing = statOrUndefined(target, file);
  if (existing?.isFile() && opts.replaces) refuseForeign(target, file, opts.replaces);
}

export function writeFileAtomic(file: string, text: string, opts: WriteOptions = {}): void {
  const out = openFileAtomic(file, opts);
  out.write(text);
  out.commit();
}

/** A file being written piece by piece (`lint --output` of a long run): nothing replaces the target until `commit`. */
export interface AtomicFile {
  /** Text, or bytes already encoded as UTF-8. */
  write(content: string | Uint8Array): void;
  /** Flushes, checks `unchangedSince`, and renames the temporary file over the target. */
  commit(): void;
  /** Removes the temporary file; the target is left as it was. */
  abandon(): void;
}

/** Opens the temporary file `writeFileAtomic` writes through, with the same refusals and guarantees. */
export function openFileAtomic(file: string, opts: WriteOptions = {}): AtomicFile {
  const target = realTarget(file);
  const existing = statOrUndefined(target, file);
  if (existing) {
    if (!existing.isFile()) throw new ProjectError(`cannot write ${file}: not a regular file.`);
    refuseReadOnly(target, file);
    if (opts.replaces) refuseForeign(target, file, opts.replaces);
  } else {
    mkdirFor(target, file);
  }
  let head = opts.keepByteOrderMark && existing && startsWithBom(target) ? BOM : undefined;
  const names = (opts.temporaryNames ?? randomTemporaryNames)(path.dirname(target), path.basename(target));
  const { fd, tmp } = openTemporary(names, existing?.mode, file);
  let open = true;
  const fail = (e: unknown): never => {
    if (open) fs.closeSync(fd);
    open = false;
    removeQuietly(tmp);
    if (e instanceof ProjectError) throw e;
    throw new ProjectError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  };
  try {
    if (existing && process.getuid?.() === 0) fs.fchownSync(fd, existing.uid, existing.gid);
  } catch (e) {
    fail(e);
  }
  return {
    write(content) {
      try {
        const bytes = typeof content === "string" ? Buffer.from(content) : content;
        if (head) {
          if (!startsWithBomBytes(bytes)) writeAll(fd, head);
          head = undefined;
        }
        writeAll(fd, bytes);
      } catch (e) {
        fail(e);
      }
    },
    commit() {
      try {
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        open = false;
        // As late as possible: what the user saved while formguard ran must win over formguard.
        if (opts.unchangedSince !== undefined && currentText(target) !== opts.unchangedSince) {
          throw new FileChangedError(`${file} changed while formguard was running; it was not rewritten (run formguard again).`);
        }
        fs.renameSync(tmp, target);
      } catch (e) {
        fail(e);
      }
      syncFolder(path.dirname(target));
    },
    abandon() {
      if (open) fs.closeSync(fd);
      open = false;
      removeQuietly(tmp);
    },
  };
}

/** Where the bytes go: through symbolic links to the real file, so the link itself is kept. */
function realTarget(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    let isLink = false;
    try {
      isLink = fs.lstatSync(abs).isSymbolicLink();
    } catch {
      /* nothing there: a new file */
    }
    if (isLink) throw new ProjectError(`cannot write ${file}: it is a symbolic link to a file that does not exist.`);
    // A new file: its folder may itself be reached through a link; resolve what exists.
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

function statOrUndefined(target: string, file: string): fs.Stats | undefined {
  try {
    return fs.statSync(target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new ProjectError(`cannot write ${file}: ${code === "EACCES" ? "permission denied" : code}.`);
  }
}

function refuseReadOnly(target: string, file: string) {
  try {
    fs.accessSync(target, fs.constants.W_OK);
  } catch {
    throw new ProjectError(`cannot write ${file}: the file is read-only; it was left as it is.`);
  }
}

function refuseForeign(target: string, file: string, replaces: NonNullable<WriteOptions["replaces"]>) {
  let text = "";
  try {
    text = fs.readFileSync(target, "utf8");
  } catch {
    /* unreadable: certainly not ours */
  }
  if (!replaces.accepts(text)) {
    throw new ProjectError(`refusing to overwrite ${file}: it exists and is not ${replaces.what}${replaces.hint ? `; ${replaces.hint}` : ""}.`);
  }
}

function mkdirFor(target: string, file: string) {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
  } catch (e) {
    throw new ProjectError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function startsWithBom(target: string): boolean {
  const fd = fs.openSync(target, "r");
  try {
    const head = Buffer.alloc(3);
    return fs.readSync(fd, head, 0, 3, 0) === 3 && head.equals(BOM);
  } finally {
    fs.closeSync(fd);
  }
}

function* randomTemporaryNames(dir: string, base: string): Iterable<string> {
  for (let i = 0; i < 16; i++) yield path.join(dir, `.${base}.${nodeCrypto().randomBytes(8).toString("hex")}.tmp`);
}

/** The first name that can be created afresh; an existing name (a planted link too) is skipped. */
function openTemporary(names: Iterable<string>, mode: number | undefined, file: string): { fd: number; tmp: string } {
  for (const tmp of names) {
    let fd: number;
    try {
      fd = fs.openSync(tmp, "wx", mode === undefined ? 0o666 : mode & 0o7777);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      throw new ProjectError(`cannot write ${file}: ${code ?? (e as Error).message}`);
    }
    // open() applies the umask; a rewritten file keeps exactly the mode it had.
    if (mode !== undefined) fs.fchmodSync(fd, mode & 0o7777);
    return { fd, tmp };
  }
  throw new ProjectError(`cannot write ${file}: no temporary file could be created next to it (every name tried exists).`);
}

function startsWithBomBytes(bytes: Uint8Array): boolean {
  return bytes[0] === BOM[0] && bytes[1] === BOM[1] && bytes[2] === BOM[2];
}

function writeAll(fd: number, bytes: Uint8Array) {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

/** The target's text as the run would have read it (byte-order mark excluded), or undefined. */
function currentText(target: string): string | undefined {
  try {
    const r = decodeText(fs.readFileSync(target));
    return r.ok ? r.text : undefined;
  } catch {
    return undefined;
  }
}

function removeQuietly(tmp: string) {
  try {
    fs.rmSync(tmp, { force: true });
  } catch {
    /* it may never have been created */
  }
}

/** The rename itself is durable only once the folder is flushed; not every system allows it. */
function syncFolder(dir: string) {
  try {
    const fd = fs.openSync(dir, "r");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}
