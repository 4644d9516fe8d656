/**
 * The one place where the options a check runs with are made, for every host: the CLI's
 * `lint`, `--fix`, `report` and worker threads, and the language server. Inputs are the folder's
 * configuration, the host's flags (`--infer`, `--today`) and, in an editor, the user's settings
 * (over the configuration). Anything that changes a verdict passes through here.
 */
import type { WorkspaceIndex } from "../language/model/workspace";
import { FHIR_RULE_IDS } from "../fhir/lint-questionnaire";
import { builtinRuleIds } from "../rules/builtin/registry";
import type { CheckOptions } from "../rules/checker";
import { compiledRules, type CompiledRule } from "../rules/rule-set";
import { resolveSeverity, type SeverityKeyProblem, type SeverityOverride } from "../rules/severity";
import type { Config } from "./config";

export interface CheckOptionsInput {
  config: Config;
  /** Every rule id a `rules` key may name (see `knownRuleIds`). */
  knownRuleIds: ReadonlySet<string>;
  /** `--infer` (undefined: the configuration's `infer`). */
  infer?: boolean;
  /** `--today` (undefined: the local date when the check runs). */
  today?: string;
  /** The editor's `formguard.rules` setting: over the configuration's `rules`. */
  settingsRules?: Readonly<Record<string, SeverityOverride>>;
}

export interface ProjectCheckOptions {
  options: CheckOptions;
  /** Keys of the configuration's `rules` that name no rule (a CLI refuses to run; an editor marks them). */
  configProblems: SeverityKeyProblem[];
  /** The same for the editor's settings. */
  settingsProblems: SeverityKeyProblem[];
}

export function makeCheckOptions(input: CheckOptionsInput): ProjectCheckOptions {
  const fromConfig = resolveSeverity([input.config.rules], input.knownRuleIds);
  const all = resolveSeverity([input.config.rules, input.settingsRules], input.knownRuleIds);
  const fromSettings = resolveSeverity([input.settingsRules], input.knownRuleIds);
  const options: CheckOptions = { severity: all.severity, infer: input.infer ?? input.config.infer ?? false };
  if (input.today) options.today = input.today;
  return { options, configProblems: fromConfig.problems, settingsProblems: fromSettings.problems };
}

/**
 * The last answer and the compiled rules it was made from. The language server asks on every
 * keystroke, and an edit of a form makes a new index whose compiled rules are the very same
 * objects (rule-set.ts keeps them by declaration): building the set again took about half a
 * millisecond of each re-check of a 5,000-line form.
 */
let lastKnown: { rules: readonly CompiledRule[]; ids: ReadonlySet<string> } | undefined;

/** Built-in checks, the FHIR Questionnaire checks and every loaded pack's rules. */
export function knownRuleIds(index: WorkspaceIndex): ReadonlySet<string> {
  const rules = compiledRules(index);
  if (lastKnown && sameItems(lastKnown.rules, rules)) return lastKnown.ids;
  const ids: ReadonlySet<string> = new Set([...builtinRuleIds(), ...FHIR_RULE_IDS, ...rules.map((r) => r.id)]);
  lastKnown = { rules, ids };
  return ids;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
