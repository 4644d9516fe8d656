/**
 * What a file is, by its name: one test for each kind, used by the checks, the CLI and the
 * language server alike (a form spec that declares no form, what `--output` may never replace,
 * which files are Questionnaires' JSON).
 */
const FORM_SPEC = /\.form$/i;
const PACK = /\.formrules$/i;
const JSON_FILE = /\.json$/i;

/** A form spec: `*.form`. */
export const isFormSpecName = (name: string): boolean => FORM_SPEC.test(name);
/** A rule pack: `*.formrules`. */
export const isPackName = (name: string): boolean => PACK.test(name);
/** Written in the form language: a form spec or a pack. */
export const isFormLanguageName = (name: string): boolean => isFormSpecName(name) || isPackName(name);
/** JSON, which may be a FHIR Questionnaire (whether it is one is decided by its content). */
export const isJsonName = (name: string): boolean => JSON_FILE.test(name);
