/**
 * Baselines: adopt formguard on forms that already have problems, and fail only on new ones.
 *
 * A problem is identified by its rule id, its file (repository-relative), the trimmed text of
 * the line it flags, and the concept, field or property it names — never its line number, so
 * edits elsewhere in the file do not disturb the match. Identical problems are counted: a
 * baseline entry with `count: 2` absorbs two of them and a third is new.
 *
 * The file is JSON validated with zod; a bad one is exit 2 with the file and the JSON path.
 */
import * as fs from "node:fs";
import { z } from "../language/zod";
import type { Diagnostic } from "../language/diagnostic";
import { CliError } from "./errors";
import type { LintRun } from "./formatters/types";
import { writeFileAtomic } from "../project/write-file";
import { isFormLanguageName } from "../language/file-kinds";
import { repoPathOf, repositoryRoot } from "./repo-root";
import { lazy } from "../language/lazy";
import { compareText } from "../language/compare-text";

export const DEFAULT_BASELINE_FILE = "formguard-baseline.json";

/** The baseline file's schema (built on first use: most runs read no baseline). */
export const baselineSchema = lazy(() => {
  const entrySchema = z.strictObject({
    ruleId: z.string().check(z.minLength(1)),
    file: z.string().check(z.minLength(1), z.describe("Repository-relative path, with / separators.")),
    line: z.string().check(z.describe("The flagged line's text, trimmed.")),
    detail: z.optional(z.string()).check(z.describe("The concept, field or property the problem names.")),
    count: z.int().check(z.gte(1), z.describe("How many identical problems this entry absorbs.")),
  });
  return z.strictObject({
    formguardBaseline: z.literal(1).check(z.describe("Format version of this file.")),
    problems: z.array(entrySchema),
  });
});

export type Baseline = z.infer<ReturnType<typeof baselineSchema>>;
type Entry = Baseline["problems"][number];

/** The concept, field or property a diagnostic is about, from its `data`. */
export function problemDetail(d: Diagnostic): string | undefined {
  const data = d.data;
  if (!data) return undefined;
  switch (data.kind) {
    case "questionnaire":
      return undefined;
    case "missing-concept":
    case "recognised-concept":
      return data.concept;
    case "missing-header":
      return data.property;
    case "unknown-id":
    case "duplicate-id":
      return data.id || undefined;
    case "waiver":
      return data.rule;
    case "pack-dependency":
      return data.pack;
    case "unchecked-quotes":
    // Had no facts before it had these: a baseline written then must still match it.
    case "duplicate-form":
    case "empty-section":
      return undefined;
    default:
      return data.field || undefined;
  }
}

/** The trimmed text of the line a diagnostic starts on. */
export function flaggedLine(lines: string[], d: Diagnostic): string {
  return (lines[d.range.start.line] ?? "").trim();
}

export const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

/**
 * Keys name the line by a small id, not its text: putting the text in every key cost
 * O(problems × line length) — a 1 MB junk line with 100,000 syntax errors never finished.
 * `lineId` gives equal texts the same id (one hash per distinct string object).
 */
function keyMaker() {
  const ids = new Map<string, number>();
  const lineId = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) ids.set(text, (id = ids.size));
    return id;
  };
  return (e: Omit<Entry, "count">) => JSON.stringify([e.ruleId, e.file, lineId(e.line), e.detail ?? null]);
}

/** flaggedLine, trimmed once per line: the same string object for every problem on it. */
function flaggedLines(source: string) {
  const lines = splitLines(source);
  const trimmed = new Map<number, string>();
  return (d: Diagnostic) => {
    let t = trimmed.get(d.range.start.line);
    if (t === undefined) trimmed.set(d.range.start.line, (t = flaggedLine(lines, d)));
    return t;
  };
}

function entriesOf(run: LintRun, root: string): Array<Omit<Entry, "count">> {
  const out: Array<Omit<Entry, "count">> = [];
  for (const f of run.files) {
    const lineOf = flaggedLines(f.source);
    const file = repoPathOf(f.absPath, root, f.filePath);
    for (const d of f.diagnostics) {
      const detail = problemDetail(d);
      out.push({ ruleId: d.ruleId, file, line: lineOf(d), ...(detail ? { detail } : {}) });
    }
  }
  return out;
}

/** Every current (unwaived) problem, counted per key and sorted for stable diffs. */
export function buildBaseline(run: LintRun, root = repositoryRoot(run.cwd)): Baseline {
  const counts = new Map<string, Entry>();
  const keyOf = keyMaker();
  for (const e of entriesOf(run, root)) {
    const k = keyOf(e);
    const prev = counts.get(k);
    if (prev) prev.count++;
    else counts.set(k, { ...e, count: 1 });
  }
  const problems = [...counts.values()].sort((a, b) => compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.line, b.line) || compareText(a.detail ?? "", b.detail ?? ""));
  return { formguardBaseline: 1, problems };
}


export interface BaselineOutcome {
  /** The run without the problems the baseline absorbed. */
  run: LintRun;
  /** How many problems matched the baseline. */
  matched: number;
  /** Baseline entries (counted) that matched nothing: fixed since, and worth pruning. */
  stale: number;
}

export function applyBaseline(run: LintRun, baseline: Baseline, root = repositoryRoot(run.cwd)): BaselineOutcome {
  const remaining = new Map<string, number>();
  const keyOf = keyMaker();
  for (const e of baseline.problems) remaining.set(keyOf(e), (remaining.get(keyOf(e)) ?? 0) + e.count);
  let matched = 0;
  const files = run.files.map((f) => {
    const lineOf = flaggedLines(f.source);
    const file = repoPathOf(f.absPath, root, f.filePath);
    const kept = f.diagnostics.filter((d) => {
      const detail = problemDetail(d);
      const k = keyOf({ ruleId: d.ruleId, file, line: lineOf(d), ...(detail ? { detail } : {}) });
      const left = remaining.get(k) ?? 0;
      if (left <= 0) return true;
      remaining.set(k, left - 1);
      matched++;
      return false;
    });
    return { ...f, diagnostics: kept };
  });
  const stale = [...remaining.values()].reduce((n, v) => n + v, 0);
  return { run: { ...run, files }, matched, stale };
}

export function parseBaseline(text: string, file: string): Baseline {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliError(`${file}: the baseline is not valid JSON (${(e as Error).message}). Recreate it with --update-baseline.`);
  }
  const result = baselineSchema().safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const jsonPath = "$" + issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
    const what =
      issue.code === "unrecognized_keys"
        ? `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`
        : issue.code === "invalid_type"
          ? `expected ${issue.expected}`
          : issue.message;
    throw new CliError(`${file}: ${jsonPath}: ${what} (not a formguard baseline; recreate it with --update-baseline).`);
  }
  return result.data;
}

export function readBaseline(file: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOENT" ? `${file}: no such baseline file. Create it with: formguard lint --update-baseline --baseline ${file}` : `${file}: cannot read the baseline (${code ?? (e as Error).message}).`,
    );
  }
  return parseBaseline(text, file);
}

/** Whether a file may be replaced by a baseline: empty, or a formguard baseline (its first key says so). */
/** How a baseline's text begins (and nothing else's). */
export const BASELINE_START = /^\s*\{\s*"formguardBaseline"\s*:/;
const isBaselineText = (text: string) => text.trim() === "" || BASELINE_START.test(text);

export function writeBaseline(file: string, baseline: Baseline) {
  if (isFormLanguageName(file)) throw new CliError(`refusing to write the baseline to ${file}: that is a form spec's or rule pack's name; name another --baseline file.`);
  // Never over a form, a pack, a Questionnaire or a README named by mistake.
  writeFileAtomic(file, JSON.stringify(baseline, null, 2) + "\n", { replaces: { what: "a formguard baseline", accepts: isBaselineText, hint: "name another --baseline file" } });
}

/**
 * What `lint --baseline FILE` / `--update-baseline` do to a run: write the baseline first when
 * asked, then drop the problems it absorbs. `note` is the line stylish output adds.
 */
export function useBaseline(run: LintRun, file: string | undefined, update: boolean | undefined): { run: LintRun; note?: string } {
  if (!file && !update) return { run };
  const target = file ?? DEFAULT_BASELINE_FILE;
  const root = repositoryRoot(run.cwd);
  let written = "";
  let baseline: Baseline;
  if (update) {
    baseline = buildBaseline(run, root);
    writeBaseline(target, baseline);
    written = `Wrote ${baseline.problems.reduce((n, e) => n + e.count, 0)} problem(s) to the baseline ${target}. `;
  } else {
    baseline = readBaseline(target);
  }
  const outcome = applyBaseline(run, baseline, root);
  const stale = outcome.stale ? ` ${outcome.stale} baseline entr${outcome.stale === 1 ? "y matches" : "ies match"} nothing any more (fixed?): prune with --update-baseline.` : "";
  return { run: outcome.run, note: `${written}${outcome.matched} problem(s) match the baseline ${target} and are not counted.${stale}\n` };
}
