/**
 * Builds the workspace a CLI run checks: the shipped packs, extra packs (config and
 * `--rules`), and the files to lint. Unreadable files are collected, not thrown, so that
 * every other file is still checked and each failure is named.
 */
import * as path from "node:path";
import { Workspace } from "../language/model/workspace";
import { loadPackDocument, shippedPackFiles } from "../rules/shipped-packs";
import { prepareQuestionnaire } from "../fhir/lint-questionnaire";
import { ProjectError } from "./errors";
import { readTextFile } from "./read-file";
import type { LoadedQuestionnaire, QuestionnaireDefaults } from "./questionnaires";
import { isJsonName } from "../language/file-kinds";

export interface LoadedWorkspace {
  ws: Workspace;
  /** URIs (absolute paths, or the stdin file name) to check and report, in order. */
  lintUris: string[];
  /** URIs of packs loaded only as rules (not linted). */
  packUris: string[];
  unreadable: Array<{ file: string; reason: string }>;
  /** FHIR Questionnaire JSON files: checked as the form imported from them (see fhir/). */
  questionnaires: Map<string, LoadedQuestionnaire>;
  /** Files read but not parsed (`skipParse` said so), by URI: their text. */
  unparsed: Map<string, string>;
  /** Every URI in workspace order (packs, then files), parsed or not: the order a serial run sees. */
  order: string[];
}

export type { LoadedQuestionnaire, QuestionnaireDefaults };

export interface LoadOptions {
  files: string[];
  extraPacks: string[];
  stdin?: { filename: string; text: string };
  questionnaireDefaults?: QuestionnaireDefaults;
  /** Files (not Questionnaires, not stdin) to read but leave unparsed: `--cache` knows them already. */
  skipParse?: (file: string, text: string) => boolean;
}

/**
 * Why `file` is not read as a rule pack, or undefined: only a `.formrules` file is, so that
 * `packs: ["/etc/shadow"]` is refused unread (and its content never shows in an error).
 */
export function notARulePack(file: string): string | undefined {
  return /\.formrules$/i.test(file) ? undefined : "not a rule pack (rule packs are .formrules files); it was not read";
}

export function loadWorkspace(opts: LoadOptions): LoadedWorkspace {
  const ws = new Workspace();
  const unreadable: LoadedWorkspace["unreadable"] = [];
  const lintUris: string[] = [];
  const packUris: string[] = [];
  const questionnaires = new Map<string, LoadedQuestionnaire>();
  const unparsed = new Map<string, string>();
  const order: string[] = [];
  /** A `.json` file is a Questionnaire to import, or a clear refusal (exit 2). */
  const setDocument = (file: string, text: string, maySkip = false): string | undefined => {
    if (!isJsonName(file)) {
      if (maySkip && opts.skipParse?.(file, text)) unparsed.set(file, text);
      else ws.set(file, text);
      order.push(file);
      return undefined;
    }
    const index = ws.index;
    const prepared = prepareQuestionnaire(text, { ...opts.questionnaireDefaults?.(file), knownServices: new Set(index.services.keys()), knownAudiences: new Set(index.audiences.keys()) });
    if (!prepared.ok) return prepared.message;
    questionnaires.set(file, { ...prepared, source: text });
    ws.set(file, prepared.formText);
    order.push(file);
    return undefined;
  };

  for (const file of [...shippedPackFiles(), ...opts.extraPacks.map((p) => path.resolve(p))]) {
    if (ws.has(file)) continue;
    const notPack = notARulePack(file);
    if (notPack) throw new ProjectError(`${file}: ${notPack}.`);
    const r = readTextFile(file);
    if (!r.ok) throw new ProjectError(`${file}: cannot load rule pack: ${r.reason}.`);
    ws.put(loadPackDocument(file, r.text));
    packUris.push(file);
    order.push(file);
  }
  // A set beside the list: `includes` on the list made loading 50,000 files quadratic.
  const listed = new Set<string>();
  for (const file of opts.files) {
    if (listed.has(file)) continue;
    if (!ws.has(file)) {
      const r = readTextFile(file);
      if (!r.ok) {
        unreadable.push({ file, reason: r.reason });
        continue;
      }
      const refused = setDocument(file, r.text, true);
      if (refused) {
        unreadable.push({ file, reason: refused });
        continue;
      }
    }
    lintUris.push(file);
    listed.add(file);
  }
  if (opts.stdin) {
    const uri = path.resolve(opts.stdin.filename);
    const refused = setDocument(uri, opts.stdin.text);
    if (refused) unreadable.push({ file: uri, reason: refused });
    else if (!listed.has(uri)) {
      lintUris.push(uri);
      listed.add(uri);
    }
  }
  return { ws, lintUris, packUris: packUris.filter((u) => !listed.has(u)), unreadable, questionnaires, unparsed, order };
}
