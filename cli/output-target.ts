/**
 * What `--output FILE` may replace. The file is named on the command line, so replacing an
 * earlier report there is what was asked; replacing a source is not. `lint forms/ed.form -o
 * forms/ed.form` (or a slip of tab-completion) replaced the form being linted with its own report,
 * and `report -o` wrote HTML over a form spec. Each command says what it writes, and the target is
 * checked before any work, through the atomic writer's `replaces` (project/write-file.ts):
 *
 * - a report (lint, report, preview) never replaces a form spec or rule pack (by name), nor a FHIR
 *   Questionnaire, a baseline or a lint cache (by their text);
 * - an imported form spec replaces only an earlier import (its first line says so) or an empty file;
 * - an exported Questionnaire replaces only a Questionnaire or an empty file, never a form spec.
 */
import * as path from "node:path";
import { isQuestionnaireResource, mentionsQuestionnaire } from "../fhir/resource-type";
import { refuseUnlessReplaceable, type WriteOptions } from "../project/write-file";
import { BASELINE_START } from "./baseline";
import { CliError } from "./errors";
import { CACHE_START } from "./lint-cache";
import { isFormLanguageName, isPackName } from "../language/file-kinds";

export type OutputKind = "report" | "form-spec" | "questionnaire";

/** The first words of every form spec `formguard import` writes (fhir/import.ts). */
const IMPORTED = "// Imported from a FHIR R4 Questionnaire";

const REPLACES: Record<OutputKind, NonNullable<WriteOptions["replaces"]>> = {
  report: {
    what: "a report",
    // Nor a response or bundle that holds a Questionnaire: any of them is someone's data.
    accepts: (text) => !mentionsQuestionnaire(text) && !BASELINE_START.test(text) && !CACHE_START.test(text),
    hint: "it is a FHIR Questionnaire, a formguard baseline or a lint cache: name another --output file",
  },
  "form-spec": {
    what: "a form spec formguard imported",
    accepts: (text) => text.trim() === "" || text.startsWith(IMPORTED),
    hint: "importing would replace it: name another --output file, or move it away first",
  },
  questionnaire: {
    what: "a FHIR Questionnaire",
    // A Questionnaire itself, not a QuestionnaireResponse or Bundle that holds one.
    accepts: (text) => text.trim() === "" || isQuestionnaireResource(text),
    hint: "exporting would replace it: name another --output file",
  },
};

/** The write options for `--output file` of a command writing `kind`; refuses a source's name outright. */
export function outputTarget(command: string, file: string, kind: OutputKind): WriteOptions {
  const name = path.basename(file);
  const isPack = isPackName(name);
  if ((kind !== "form-spec" && isFormLanguageName(name)) || (kind === "form-spec" && isPack) || name === "formguard.config.json") {
    const what = name === "formguard.config.json" ? "the configuration's" : isPack ? "a rule pack's" : "a form spec's";
    const written = command === "preview" ? "preview" : kind === "report" ? "report" : kind === "form-spec" ? "form spec" : "Questionnaire";
    throw new CliError(`formguard ${command}: refusing to write the ${written} to ${file}: that is ${what} name; name another --output file.`);
  }
  const options: WriteOptions = { replaces: REPLACES[kind] };
  // Checked now, before the run's work, and again by the writer just before it replaces the file.
  refuseUnlessReplaceable(file, options);
  return options;
}
