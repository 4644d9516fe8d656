/**
 * `formguard lint --cache`: remembers each file's findings so an unchanged file is not checked
 * again. Entries are keyed by content hashes (sha256), never by modification time, so a fresh
 * checkout or a `touch` costs nothing and an edit that keeps the mtime is still seen.
 *
 * An entry's key is sha256 of: the file's text, and the run key — the formguard version, the
 * effective today (waiver expiry), the effective config and the flags that change results, and
 * the workspace fingerprint (`workspaceFingerprint`). Any change to those re-checks every file.
 *
 * The cache is only an optimisation: a corrupt, truncated or older cache file is ignored with a
 * one-line note, and a cache that cannot be written is reported and skipped; neither fails the run.
 * But a file at the cache location that is not a formguard cache at all (a form, a README, a
 * Questionnaire) is never overwritten: the run stops with exit 2 before checking anything.
 *
 * The cache is trusted: a hit replaces checking. It must only ever come from this machine's own
 * runs (docs/security.md); `report` and `--update-baseline` never read it.
 */
import { nodeCrypto } from "../language/node-crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "../language/zod";
import type { ParsedDocument } from "../language/parse";
import type { FileReport } from "./formatters/types";
import { ProjectError } from "../project/errors";
import { writeFileAtomic } from "../project/write-file";
import { lazy } from "../language/lazy";
import { FORMGUARD_VERSION_STRING } from "./version";
import { isFormLanguageName } from "../language/file-kinds";

export const DEFAULT_CACHE_FILE = ".formguardcache";
const FORMAT = "formguard-lint-cache/2";

/**
 * Whether a file may be replaced by a cache: empty, or written by some formguard (every format
 * starts `{"format":"formguard-lint-cache/`; a truncated one still does).
 */
/** How a lint cache's text begins (and nothing else's). */
export const CACHE_START = /^\s*\{\s*"format"\s*:\s*"formguard-lint-cache\//;
export const isFormguardCacheText = (text: string) => text.trim() === "" || CACHE_START.test(text);
/** A cache or baseline never takes a form's or a pack's name, even an empty one. */
const REPLACES_CACHE = { what: "a formguard cache", accepts: isFormguardCacheText, hint: "choose another --cache-location" };

export const sha256 = (text: string) => nodeCrypto().createHash("sha256").update(text).digest("hex");

/** The cache file's schemas, built on first use: a run without --cache reads no cache. */
const schemas = lazy(() => {
  // Diagnostics are kept exactly as produced: loose objects keep every key (data, waiver, …).
  const diagnosticSchema = z.looseObject({
    ruleId: z.string(),
    level: z.enum(["error", "warning", "info"]),
    message: z.string(),
    range: z.object({ start: z.object({ line: z.number(), character: z.number() }), end: z.object({ line: z.number(), character: z.number() }) }),
    span: z.object({ start: z.number(), end: z.number() }),
    citations: z.array(z.record(z.string(), z.string())),
  });
  const waivedSchema = z.extend(diagnosticSchema, { waiver: z.record(z.string(), z.unknown()) });
  const summarySchema = z.object({ textSha256: z.string(), onlyForms: z.boolean(), forms: z.array(z.object({ id: z.string(), line: z.number() })) });
  const entrySchema = z.object({ key: z.string(), summary: summarySchema, diagnostics: z.array(diagnosticSchema), waived: z.array(waivedSchema) });
  const cacheFileSchema = z.object({ format: z.literal(FORMAT), entries: z.record(z.string(), entrySchema) });
  return { summarySchema, entrySchema, cacheFileSchema };
});
type Schemas = ReturnType<typeof schemas>;

type Entry = z.infer<Schemas["entrySchema"]>;
export type CachedFindings = Pick<FileReport, "diagnostics" | "waived">;

/**
 * What a file contributes to other files' findings, remembered with its text's hash so that an
 * unchanged file need not even be parsed: whether it declares anything besides forms (then its
 * whole text counts), and the ids and lines of the forms it declares (for `duplicate-id`).
 */
export type FileSummary = z.infer<Schemas["summarySchema"]>;

export function summarise(doc: ParsedDocument): FileSummary {
  return {
    textSha256: sha256(doc.text),
    onlyForms: doc.ast.items.every((i) => i.kind === "form"),
    forms: doc.ast.items.flatMap((i) => (i.kind === "form" && i.name.text ? [{ id: i.name.text, line: doc.lines.position(i.name.span.start).line }] : [])),
  };
}

export class LintCache {
  private previous = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  /** A finding was computed this process (a miss), so the file on disk is out of date. */
  private computed = false;
  hits = 0;
  misses = 0;
  /** Linted files the last run parsed: the rest were known to the cache and left unparsed. */
  parsed = 0;

  constructor(readonly file: string) {}

  /** `--cache-location`: a file, or an existing directory to hold `.formguardcache`. */
  static at(location: string | undefined, cwd: string): LintCache {
    const abs = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
    const isDir = fs.existsSync(abs) && fs.statSync(abs).isDirectory();
    if (!isDir && isFormLanguageName(abs)) throw new ProjectError(`refusing to use ${abs} as the cache: that is a form spec's or rule pack's name; choose another --cache-location.`);
    return new LintCache(isDir ? path.join(abs, DEFAULT_CACHE_FILE) : abs);
  }

  /** Reads the cache file; returns a one-line note when it had to be ignored, else undefined. */
  load(): string | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.file, "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === "ENOENT" ? undefined : `formguard: ignoring the cache ${this.file}: cannot read it (${code ?? (e as Error).message}); every file is checked.`;
    }
    if (!isFormguardCacheText(text)) throw new ProjectError(`refusing to use ${this.file} as the cache: it exists and is not a formguard cache (it would be overwritten); choose another --cache-location.`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return `formguard: ignoring the cache ${this.file}: it is not valid JSON (corrupt or truncated); every file is checked and the cache rewritten.`;
    }
    const parsed = schemas().cacheFileSchema.safeParse(json);
    if (!parsed.success) return `formguard: ignoring the cache ${this.file}: it is not a ${FORMAT} cache (another version of formguard wrote it, or another tool); every file is checked and the cache rewritten.`;
    this.previous = new Map(Object.entries(parsed.data.entries));
    return undefined;
  }

  /** Resets the hit/miss counts: `--fix` checks twice and the second run is the one reported. */
  startRun() {
    this.hits = 0;
    this.misses = 0;
  }

  /**
   * The summary remembered for this file, if its text is unchanged and it declares only forms:
   * such a file is not parsed unless it has to be checked again.
   */
  summaryOf(uri: string, textSha256: string): FileSummary | undefined {
    const e = this.previous.get(uri);
    return e && e.summary.textSha256 === textSha256 && e.summary.onlyForms ? e.summary : undefined;
  }

  /** Whether `findings` would answer from the cache, without counting a hit. */
  has(uri: string, text: string, runKey: string): boolean {
    const key = entryKey(runKey, text);
    return (this.next.get(uri) ?? this.previous.get(uri))?.key === key;
  }

  /** The findings for `uri` with this text under this run key: remembered, or computed and remembered. */
  findings(uri: string, text: string, runKey: string, summary: () => FileSummary, compute: () => CachedFindings): CachedFindings {
    const key = entryKey(runKey, text);
    // This process's own entries first: `--fix` checks twice, the second time after writing.
    const hit = this.next.get(uri) ?? this.previous.get(uri);
    if (hit && hit.key === key) {
      this.hits++;
      this.next.set(uri, hit);
      // The schema checked the shape; the entries are the diagnostics a cold run produced.
      return { diagnostics: hit.diagnostics, waived: hit.waived } as unknown as CachedFindings;
    }
    this.misses++;
    this.computed = true;
    const found = compute();
    // A JSON round trip now, so a warm run returns exactly what a cold run stored.
    this.next.set(uri, JSON.parse(JSON.stringify({ key, summary: summary(), diagnostics: found.diagnostics, waived: found.waived })));
    return found;
  }

  /** Writes the entries of this run (files no longer linted are dropped); a note on failure. */
  save(): string | undefined {
    // Every file a hit and none gone: the cache file already says exactly this; a 9 MB rewrite
    // was an eighth of a warm run.
    if (!this.computed && this.next.size === this.previous.size && [...this.next.keys()].every((k) => this.previous.has(k))) return undefined;
    try {
      writeFileAtomic(this.file, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.next) }), { replaces: REPLACES_CACHE });
      return undefined;
    } catch (e) {
      return `formguard: could not write the cache (${(e as Error).message}); the results above are complete.`;
    }
  }
}

const entryKey = (runKey: string, text: string) => sha256(`${runKey}\n${sha256(text)}`);

/** Everything besides a file's own text that can change its findings, as one hash. */
export function runKey(parts: { today: string; config: unknown; configFile?: string; flags: unknown; documents: Array<{ uri: string; summary: FileSummary; linted: boolean }> }): string {
  return sha256(
    JSON.stringify({
      version: FORMGUARD_VERSION_STRING,
      today: parts.today,
      config: parts.config,
      configFile: parts.configFile ?? null,
      flags: parts.flags ?? null,
      workspace: workspaceFingerprint(parts.documents),
    }),
  );
}

/**
 * What one document contributes to every other document's findings, from each document's
 * summary, in workspace order (packs first, then the linted files in order).
 *
 * - Packs, and any linted document declaring something other than forms (rules, concepts,
 *   services…): their whole text, so editing a pack re-checks every file.
 * - Forms reach across files only through `duplicate-id` ("Another form is already called X
 *   (file:line)"). So the fingerprint holds the form ids declared more than once, with where each
 *   declaration is, in workspace order: a new file that repeats a cached file's form id changes
 *   it (and everything is re-checked), while adding a form with a new id, or editing a form, does not.
 */
export function workspaceFingerprint(documents: Array<{ uri: string; summary: FileSummary; linted: boolean }>): string {
  const wholeText: string[] = [];
  const declarations = new Map<string, string[]>();
  for (const { uri, summary, linted } of documents) {
    if (!(linted && summary.onlyForms)) wholeText.push(`${uri}\n${summary.textSha256}`);
    for (const f of summary.forms) (declarations.get(f.id) ?? declarations.set(f.id, []).get(f.id)!).push(`${uri}:${f.line}`);
  }
  const duplicated = [...declarations].filter(([, where]) => where.length > 1).map(([id, where]) => `${id} ${where.join(" ")}`);
  return sha256(JSON.stringify({ wholeText, duplicated: duplicated.sort() }));
}
