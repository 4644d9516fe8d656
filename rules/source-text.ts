/**
 * A pack's own source, as plain text (`source-text "path"` in its header), found and read for
 * checking its quotes. The path is relative to the pack file. When it is not there, each folder
 * of FORMGUARD_SOURCE_TEXT_PATH (a PATH-style list) is tried for a file of the same name: that is
 * how a checkout points the shipped pack at a report it may not redistribute (docs/packs.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export interface FoundSourceText {
  /** Every place looked, in order (for the message when none has it). */
  tried: string[];
  path?: string;
  /** Normalised (normaliseQuoteText). */
  text?: string;
}

/**
 * Layout only: whitespace runs collapse to one space and markdown emphasis (`**`, `*`) is
 * stripped. Every character an auditor reads (apostrophes, quotation marks) is kept.
 */
export function normaliseLayout(s: string): string {
  return s.replace(/\*+/g, "").replace(/\s+/g, " ");
}

/**
 * The only forgiveness a quote gets in finding it: layout (see normaliseLayout), and curly
 * quotes turned straight. Nothing else.
 */
export function normaliseQuoteText(s: string): string {
  return normaliseLayout(s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"'));
}

function filePathOf(uri: string): string | undefined {
  if (uri.startsWith("file:")) {
    try {
      return fileURLToPath(uri);
    } catch {
      return undefined;
    }
  }
  return path.isAbsolute(uri) ? uri : undefined;
}

/** By path: the text and the stat it was read at, so an edited source is read again. */
const cache = new Map<string, { stamp: string; text: string }>();

function readNormalised(file: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
  } catch {
    return undefined;
  }
  const stamp = `${stat.mtimeMs}:${stat.size}`;
  const known = cache.get(file);
  if (known?.stamp === stamp) return known.text;
  try {
    const text = normaliseQuoteText(fs.readFileSync(file, "utf8"));
    cache.set(file, { stamp, text });
    return text;
  } catch {
    return undefined;
  }
}

export function findSourceText(packUri: string, written: string, searchPath = process.env.FORMGUARD_SOURCE_TEXT_PATH): FoundSourceText {
  const tried: string[] = [];
  const packFile = filePathOf(packUri);
  const candidates = [
    ...(packFile ? [path.resolve(path.dirname(packFile), written)] : path.isAbsolute(written) ? [written] : []),
    ...(searchPath ?? "").split(path.delimiter).filter(Boolean).map((dir) => path.resolve(dir, path.basename(written))),
  ];
  for (const c of candidates) {
    tried.push(c);
    const text = readNormalised(c);
    if (text !== undefined) return { tried, path: c, text };
  }
  return { tried };
}
