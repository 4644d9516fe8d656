/**
 * `formguard.config.json`: found upward from the linted paths, or named with `--config`.
 * Validated with zod; a bad file is exit 2 with the file, the JSON path and what was expected.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { notOneOf, z } from "../language/zod";
import { ProjectError } from "./errors";
import { lazy } from "../language/lazy";
import { nearest } from "../language/suggest";

export const CONFIG_FILE_NAME = "formguard.config.json";

/** How long a waiver may run before the audit report flags it, unless the configuration says otherwise. */
export const DEFAULT_MAX_WAIVER_DAYS = 365;

/** formguard.config.json's schema, built on first use: a run with no configuration file needs none (language/zod.ts). */
export const configSchema = lazy(() => {
  const severity = z.enum(["off", "info", "warning", "error"]);
  const text = () => z.string().check(z.minLength(1));
  const described = <T extends z.ZodMiniType>(schema: T, description: string) => z.optional(schema).check(z.describe(description));
  return z.strictObject({
    $schema: described(z.string(), "Path or URL of this file's JSON Schema, for editors."),
    files: described(z.array(text()), "Globs of files to lint when a directory is given (default: **/*.form and **/*.formrules)."),
    ignores: described(z.array(text()), "Globs of files never to lint (node_modules, .git and dist are always ignored)."),
    packs: described(z.array(text()), "Extra rule packs (.formrules), relative to this file. The shipped packs are always loaded."),
    rules: described(z.record(z.string(), severity), "Rule id (e.g. cqc-dorset-2015/ed-paediatric-liaison, missing-label) → off, info, warning or error."),
    maxWaiverDays: described(z.int().check(z.gte(1)), "The longest a waiver may run from today (its `until`) before the audit report flags it (default 365)."),
    expectKinds: described(
      z.union([z.literal("all"), z.array(text())]),
      "Form kinds (service ids) the audit report expects forms of, or \"all\" for every kind the packs declare: a kind with no forms makes the report incomplete (like --expect-kinds).",
    ),
    infer: described(z.boolean(), "Count concepts recognised from field labels as covered (like --infer); every outcome that depends on it is marked inferred."),
    questionnaires: described(
      z.array(
        z.strictObject({
          files: text().check(z.describe("Glob of FHIR Questionnaire JSON files, relative to this file.")),
          service: text().check(z.describe("The form kind (service id) of those Questionnaires.")),
          audience: described(z.array(text()), "Their audiences (audience ids)."),
        }),
      ),
      "Service and audiences for Questionnaires that do not carry them in useContext (see docs/fhir.md).",
    ),
  });
});

export type Config = z.infer<ReturnType<typeof configSchema>>;

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file, or undefined when none was found. */
  file?: string;
}

export function findConfig(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(explicit: string | undefined, startDir: string): LoadedConfig {
  const file = explicit ? path.resolve(explicit) : findConfig(startDir);
  if (!file) return { config: {} };
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new ProjectError(`${file}: cannot read the configuration file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);
  }
  return { config: parseConfig(text, file), file };
}

export function parseConfig(text: string, file: string): Config {
  const checked = checkConfigText(text);
  if (checked.ok) return checked.config;
  if (checked.problem.kind === "json") {
    const where = checked.problem.offset !== undefined ? lineColumn(text, checked.problem.offset) : "";
    throw new ProjectError(`${file}${where}: ${checked.problem.message}`);
  }
  throw new ProjectError(`${file}: ${jsonPathOf(checked.problem.path)}: ${checked.problem.message}`);
}

/** What is wrong with a configuration text: bad JSON (with its offset) or a value the schema refuses (with its path). */
export type ConfigProblem =
  | { kind: "json"; message: string; offset?: number }
  | { kind: "schema"; message: string; path: Array<string | number>; unknownKey?: string };

/** Pure validation of a configuration text, shared by the CLI and the language server. */
export function checkConfigText(text: string): { ok: true; config: Config } | { ok: false; problem: ConfigProblem } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    return { ok: false, problem: { kind: "json", message: `not valid JSON (${(e as Error).message}).`, offset: m ? Number(m[1]) : undefined } };
  }
  // With the input in each issue, so a refused value can be named ("not \"eror\"").
  const result = configSchema().safeParse(json, { reportInput: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    return { ok: false, problem: { kind: "schema", message: describeIssue(issue), path: issue.path.map((p) => (typeof p === "number" ? p : String(p))), unknownKey } };
  }
  return { ok: true, config: result.data };
}

export function jsonPathOf(path: Array<string | number>): string {
  return "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${p}`)).join("");
}

/** ESLint's numeric levels, which a configuration written from ESLint's habits may use. */
const ESLINT_LEVELS: Record<number, string> = { 0: "off", 1: "warning", 2: "error" };

/**
 * The allowed word a refused value most likely meant: a misspelling ("eror"), a prefix (ESLint's
 * "warn" for "warning") or ESLint's number for a level (2 for "error"). Shared by the configuration
 * and `--rule ID=LEVEL`.
 */
export function nearestValue(written: unknown, allowed: readonly string[]): string | undefined {
  if (typeof written === "number") {
    const level = ESLINT_LEVELS[written];
    return level && allowed.includes(level) ? level : undefined;
  }
  if (typeof written !== "string") return undefined;
  return nearest(written, allowed) ?? (written.length >= 3 ? allowed.find((w) => w.startsWith(written)) : undefined);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_value": {
      if (issue.input === undefined) return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
      // A misspelt level ("eror") is the usual cause: name what was written, and the nearest allowed value.
      const guess = nearestValue(issue.input, issue.values.filter((v): v is string => typeof v === "string"));
      return notOneOf(issue.values, issue.input, guess);
    }
    case "unrecognized_keys":
      return `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (allowed: ${keysAt(configSchema(), issue.path).filter((k) => k !== "$schema").join(", ")}).`;
    case "invalid_type":
      return `expected ${issue.expected}.`;
    default:
      return issue.message;
  }
}

/**
 * The keys the object at `path` may have: a key unknown inside a `questionnaires` entry is listed
 * against that entry's keys, not the file's top-level ones.
 */
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => (s._zod.def.type === "optional" ? unwrap((s._zod.def as z.core.$ZodOptionalDef).innerType) : s);
  let at = unwrap(schema);
  for (const step of path) {
    const def = at._zod.def;
    if (def.type === "object" && typeof step === "string") at = unwrap((def as z.core.$ZodObjectDef).shape[step]);
    else if (def.type === "array") at = unwrap((def as z.core.$ZodArrayDef).element);
    else return [];
  }
  return at._zod.def.type === "object" ? Object.keys((at._zod.def as z.core.$ZodObjectDef).shape) : [];
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return `:${before.length}:${before[before.length - 1].length + 1}`;
}
