/**
 * The packs shipped with formguard (`rules/packs/*.formrules`), loaded by default. Found
 * relative to this module whether it runs from source (rules/) or from the bundle (dist/).
 *
 * A build also parses them once into `dist/precompiled/` (see `precompiledPackFiles`), and the
 * bundle loads that instead of parsing 2,500 lines on every start-up. From source, or when the
 * snapshot is missing or was made for another text or build, the pack is parsed as usual.
 */
import { isAscii } from "node:buffer";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDocument, type ParsedDocument } from "../language/parse";
import { documentFromSnapshot, snapshotOf } from "../language/snapshot";

declare const FORMGUARD_BUILD_ID: string | undefined;
/** Set by esbuild.mjs; undefined when running from source, which never uses snapshots. */
export const BUILD_ID = typeof FORMGUARD_BUILD_ID === "string" ? FORMGUARD_BUILD_ID : undefined;

export function shippedPacksDir(): string {
  const candidates = [path.resolve(__dirname, "packs"), path.resolve(__dirname, "..", "rules", "packs")];
  for (const c of candidates) if (fs.existsSync(c)) return c;
  throw new Error(`the shipped rule packs are missing (looked in ${candidates.join(" and ")}); reinstall formguard`);
}

export function shippedPackFiles(): string[] {
  const dir = shippedPacksDir();
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".formrules"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A file of this build's start-up data, beside the bundle (see esbuild.mjs and scripts/after-build.cjs). */
export const precompiledFile = (name: string) => path.join(__dirname, "precompiled", name);
const packSnapshotName = (packFile: string) => `${path.basename(packFile)}.json`;

/**
 * The text of a start-up data file: JSON with every character outside ASCII written as a `\u`
 * escape. The pack quotes the report ("—", "’"), and one such character made the whole file, read
 * as UTF-8, a two-byte string, decoded from UTF-8 and parsed by V8's two-byte JSON parser. ASCII is
 * read as Latin-1 into a one-byte string, copied byte for byte (readPrecompiledJson): a one-form
 * run takes about 6% fewer instructions (callgrind, without NODE_EXTRA_CA_CERTS).
 */
export function precompiledJsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** A start-up data file's JSON (throws when it is missing or not JSON: the caller then works it out). */
export function readPrecompiledJson(file: string): unknown {
  const bytes = fs.readFileSync(file);
  // A file from elsewhere that is not ASCII is still read right, as UTF-8.
  return JSON.parse(isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8"));
}

/** A pack file's document: from this build's snapshot when it matches the text, else parsed. */
export function loadPackDocument(file: string, text: string): ParsedDocument {
  if (BUILD_ID !== undefined) {
    let json: unknown;
    try {
      json = readPrecompiledJson(precompiledFile(packSnapshotName(file)));
    } catch {
      json = undefined; // no snapshot (or an unreadable one): parse
    }
    const doc = json === undefined ? undefined : documentFromSnapshot(file, text, json, BUILD_ID);
    if (doc) return doc;
  }
  return parseDocument(file, text);
}

/** A file a build writes beside the bundle (the rules layer says what; the CLI writes it). */
export interface BuildFile {
  file: string;
  text: string;
}

/** Build step (bundle only): each shipped pack's snapshot, to be written beside the bundle. */
export function precompiledPackFiles(): BuildFile[] {
  if (BUILD_ID === undefined) throw new Error("precompiled packs are made by the bundle, which carries a build id");
  return shippedPackFiles().map((file) => ({
    file: precompiledFile(packSnapshotName(file)),
    text: precompiledJsonText(snapshotOf(parseDocument(file, fs.readFileSync(file, "utf8")), BUILD_ID!)),
  }));
}
