/**
 * Argument parsing on Node's own `util.parseArgs`, with messages that say what to type.
 * `--rules` takes one or more pack files (`--rules a.formrules b.formrules`), as the contract
 * shows; it may also be repeated.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { nearest } from "../language/suggest";
import { CliError } from "./errors";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<T extends OptionSpec>(command: string, argv: string[], options: T, multiValue: string[] = []) {
  const expanded = expandMultiValue(argv, multiValue);
  try {
    return parseArgs({ args: expanded, options, allowPositionals: true as const, strict: true as const });
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '([^']+)'/.exec(msg);
    if (unknown) throw new CliError(`formguard ${command}: unknown option ${unknown[1]} (see formguard ${command} --help).`);
    const missing = /Option '([^']+)' argument missing/.exec(msg) ?? /Option '(.+?)' .*argument/.exec(msg);
    if (missing) throw new CliError(`formguard ${command}: ${missing[1]} needs a value.`);
    throw new CliError(`formguard ${command}: ${msg}`);
  }
}

/** `--rules a b c.form` → `--rules a --rules b c.form`: following args are taken while they are packs. */
function expandMultiValue(argv: string[], flags: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    out.push(a);
    if (!flags.includes(a)) continue;
    if (i + 1 < argv.length) out.push(argv[++i]);
    while (i + 1 < argv.length && argv[i + 1].endsWith(".formrules") && !argv[i + 1].startsWith("-")) {
      out.push(a, argv[++i]);
    }
  }
  return out;
}

export function oneOf<T extends string>(command: string, flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`formguard ${command}: ${flag} must be one of ${allowed.join(", ")} (got "${value}").`);
}

/**
 * A service or audience id given on the command line that no loaded pack declares: refused, with
 * the nearest one. (`lint` reports it as an `unknown-service` finding on the form instead; a
 * command that only says what would count, such as `explain`, would otherwise answer for a form
 * kind nobody has, and every field would read as not counting.)
 */
export function knownId(command: string, flag: string, value: string, known: Iterable<string>, what: string): string {
  const ids = [...known];
  if (ids.includes(value)) return value;
  const guess = nearest(value, ids);
  throw new CliError(`formguard ${command}: ${flag} ${value}: no loaded pack declares this ${what}${guess ? ` (did you mean ${guess}?)` : ""}; the ${what}s are ${ids.sort().join(", ")}. A pack of your own is loaded with --rules FILE.`);
}

/** `--audience` given comma-separated, repeated, or both: the ids, in order. */
export function audienceList(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean);
}

/** `--infer`, `--service`, `--audience` (comma-separated or repeated), for runLint: `lint` and `report` take the same. */
export function questionnaireFlags(command: string, values: { infer?: boolean; service?: string; audience?: string[] }) {
  const audiences = audienceList(values.audience);
  if (audiences.length && !values.service) throw new CliError(`formguard ${command}: --audience goes with --service.`);
  return { infer: values.infer || undefined, questionnaire: values.service ? { service: values.service, audiences } : undefined };
}

export function nonNegativeInt(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`formguard ${command}: ${flag} must be a whole number of 0 or more (got "${value}").`);
  return Number(value);
}

export function isoDate(command: string, flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new CliError(`formguard ${command}: ${flag} must be a date like 2027-03-31 (got "${value}").`);
  return value;
}

/** `--concurrency N|auto|off` (as ESLint's): threads to check on; auto = every core, off = 1. */
export function concurrency(command: string, value: string | undefined, auto: number): number {
  if (value === undefined || value === "auto") return auto;
  if (value === "off") return 1;
  if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 256) return Number(value);
  throw new CliError(`formguard ${command}: --concurrency must be a number of threads from 1 to 256, auto or off (got "${value}").`);
}
