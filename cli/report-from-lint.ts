/**
 * A lint run → the audit report model: the files checked (paths relative to the project root),
 * the rules loaded, the levels the configuration set, what could not be read, and the hashes
 * that say exactly what was checked with what (cli/report-inputs.ts).
 */
import { itemSpan } from "../fhir/lint-questionnaire";
import type { LoadedQuestionnaire } from "../project/questionnaires";
import { buildReport, type QuestionnairePlaces, type ReportInput } from "../report/model";
import type { AuditReport } from "../report/schema";
import { compiledRules } from "../rules/rule-set";
import { nearest } from "../language/suggest";
import { DEFAULT_MAX_WAIVER_DAYS } from "../project/config";
import { CliError } from "./errors";
import type { LintRunResult } from "./lint-run";
import { reportInputs } from "./report-inputs";

export type ReportMeta = Pick<ReportInput, "formguardVersion" | "generatedAt" | "today" | "title"> & {
  /** `--expect-kinds`: over the configuration's `expectKinds`. */
  expectKinds?: "all" | string[];
};

export function reportFromLint(lint: LintRunResult, meta: ReportMeta): AuditReport {
  const { run, loaded, config, checkOptions } = lint;
  const inputs = reportInputs(lint);
  const index = loaded.ws.index;
  const { expectKinds, ...rest } = meta;
  return buildReport({
    files: run.files.map((f) => ({ ...f, filePath: inputs.relative(f.absPath) })),
    index,
    rules: compiledRules(index),
    severity: checkOptions.severity,
    inputFiles: inputs.files,
    unreadable: loaded.unreadable.map((u) => ({ file: inputs.relative(u.file), reason: u.reason })),
    configuration: inputs.configuration,
    packFile: inputs.packFile,
    expectKinds: resolveExpectKinds(expectKinds ?? config.config.expectKinds, new Set(index.services.keys()), expectKinds ? "--expect-kinds" : `${config.file}: $.expectKinds`),
    maxWaiverDays: config.config.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS,
    infer: checkOptions.infer ?? false,
    questionnaires: new Map([...loaded.questionnaires].map(([uri, q]) => [uri, questionnairePlaces(q)])),
    ...rest,
  });
}

/** Where a loaded Questionnaire's items are in its JSON, for the report (report/model.ts). */
function questionnairePlaces(q: LoadedQuestionnaire): QuestionnairePlaces {
  const lineAt = (pointer: string) => q.lines.position(itemSpan(q, pointer).start).line + 1;
  return {
    line: lineAt(""),
    item(fieldId) {
      const pointer = q.imported?.fieldPointers.get(fieldId);
      return pointer === undefined ? undefined : { linkId: q.imported!.fieldLinkIds.get(fieldId) ?? fieldId, line: lineAt(pointer) };
    },
  };
}

/** `all` → every kind the packs declare; a list → itself, each checked against them (exit 2 if unknown). */
export function resolveExpectKinds(wanted: "all" | string[] | undefined, known: ReadonlySet<string>, where: string): string[] {
  if (!wanted) return [];
  if (wanted === "all") return [...known].sort();
  for (const k of wanted) {
    if (!known.has(k)) {
      const s = nearest(k, known);
      throw new CliError(`${where}: "${k}" is not a form kind any loaded pack declares${s ? ` (did you mean "${s}"?)` : ""}.`);
    }
  }
  return [...new Set(wanted)].sort();
}
