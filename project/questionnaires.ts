/**
 * FHIR Questionnaire JSON in a project, for every host alike: which JSON files are
 * Questionnaires, which service and audiences each is checked for (flags, else the config's
 * `questionnaires` mapping), and checking one — as the form imported from it, with every finding
 * carried back onto the JSON (fhir/lint-questionnaire.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { globSync } from "tinyglobby";
import { diagnosticsOnJson, type PreparedQuestionnaire } from "../fhir/lint-questionnaire";
import { isQuestionnaireResource, RESOURCE_TYPE_HEAD, topLevelResourceType } from "../fhir/resource-type";
import type { Workspace } from "../language/model/workspace";
import { checkDocument, sortDiagnostics, type CheckOptions, type FileResult } from "../rules/checker";
import { applySeverity } from "../rules/severity";
import type { Config } from "./config";
import { ALWAYS_IGNORED } from "./discover";

export type LoadedQuestionnaire = Extract<PreparedQuestionnaire, { ok: true }> & { source: string };

/** Service and audiences for a Questionnaire that does not carry its own. */
export type QuestionnaireDefaults = (file: string) => { service?: string; audiences?: string[] };

/** `--service`/`--audience` when given, else the config's `questionnaires` entry whose glob (relative to the config's folder) matches the file. */
export function questionnaireDefaults(config: Config, configDir: string, flags?: { service?: string; audiences?: string[] }): QuestionnaireDefaults {
  let matched: Array<{ files: Set<string>; service: string; audiences?: string[] }> | undefined;
  return (file) => {
    if (flags?.service || flags?.audiences?.length) return flags;
    matched ??= (config.questionnaires ?? []).map((q) => ({ files: new Set(globSync([q.files], { cwd: configDir, absolute: true }).map((f) => path.normalize(f))), service: q.service, audiences: q.audience }));
    const entry = matched.find((m) => m.files.has(path.normalize(file)));
    return entry ? { service: entry.service, audiences: entry.audiences } : {};
  };
}

/** Directories also hold FHIR Questionnaires: `**\/*.json` whose own resourceType says so (a cheap scan, not a parse). */
export function questionnairesInDirectories(inputs: string[], cwd: string, already: string[], ignores: string[] = []): string[] {
  const out: string[] = [];
  const known = new Set(already);
  for (const input of inputs.length ? inputs : ["."]) {
    const abs = path.resolve(cwd, input);
    let isDir = false;
    try {
      isDir = fs.statSync(abs).isDirectory();
    } catch {
      continue;
    }
    if (!isDir) continue;
    for (const f of globSync(["**/*.json"], { cwd: abs, absolute: true, ignore: [...ALWAYS_IGNORED, ...ignores] })) {
      const file = path.normalize(f);
      if (known.has(file) || !isQuestionnaireFile(file)) continue;
      known.add(file);
      out.push(file);
    }
  }
  return out.sort();
}

/**
 * Whether the file is a Questionnaire itself (its outermost `resourceType`), not a response or
 * bundle that holds one: the first 64 kB are read, and the rest only when its `resourceType`
 * comes later than that.
 */
function isQuestionnaireFile(file: string): boolean {
  try {
    const fd = fs.openSync(file, "r");
    try {
      const head = Buffer.alloc(RESOURCE_TYPE_HEAD);
      const n = fs.readSync(fd, head, 0, head.length, 0);
      const found = topLevelResourceType(head.subarray(0, n).toString("utf8"));
      if (found !== undefined || n < head.length) return found === "Questionnaire";
      return isQuestionnaireResource(fs.readFileSync(file, "utf8"));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false; // unreadable files are not Questionnaires anyone asked for
  }
}

/** Checks a Questionnaire as its imported form and moves every finding onto the JSON. */
export function checkQuestionnaire(ws: Workspace, uri: string, q: LoadedQuestionnaire, options: CheckOptions): FileResult {
  const result = checkDocument(ws, uri, options);
  const doc = ws.get(uri);
  // The JSON's own findings (schema, que-*) join here, so the overrides apply to them too.
  const diagnostics = sortDiagnostics(applySeverity(diagnosticsOnJson(q, doc, result.diagnostics), options.severity));
  const waived = result.waived.map((w) => ({ ...w, ...diagnosticsOnJson({ ...q, diagnostics: [] }, doc, [w])[0], waiver: w.waiver }));
  return { uri, diagnostics, waived };
}
