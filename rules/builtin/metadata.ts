/**
 * What each built-in rule id is, in one typed table keyed by id: its description, the level it
 * reports at, whether it has a fix, and the editor tags it wears (its explanation is generated from it: docs/checks.md). This
 * table drives `formguard rules`, SARIF rule descriptors, LSP diagnostic tags, hover text and
 * the fixes (fixes/builtin-fixes.ts must have a fix for exactly the ids marked `fixable`).
 *
 * A new check adds its file, a line in registry.ts and an entry here per id it reports;
 * test/rules/metadata.test.ts fails for an id a check reports without an entry.
 */
import type { Level } from "../../language/diagnostic";

export interface BuiltinRuleMeta {
  /** One sentence: what the form or pack must do. */
  description: string;
  /** The level the check reports at (severity overrides may change it). */
  level: Level;
  /**
   * `fix`: `lint --fix` applies a fix (the editor offers it as preferred); `suggestion`: the
   * editor offers a fix, `--fix` never applies it, since only the author can make the call.
   */
  fixable?: "fix" | "suggestion";
  /** LSP diagnostic tags: `unnecessary` greys out text that could go. */
  tags?: Array<"unnecessary" | "deprecated">;
}

export const BUILTIN_RULES = {
  syntax: { description: "The file must follow the form language's syntax.", level: "error" },
  "unused-waiver": {
    description: "A waiver must waive something: remove waivers for rules the form already meets.",
    level: "warning",
    fixable: "suggestion",
    tags: ["unnecessary"]
  },
  "expired-waiver": {
    description: "A waiver past its `until` date no longer waives: fix the form or renew the waiver.",
    level: "warning",
    tags: ["unnecessary"]
  },
  "duplicate-id": { description: "Ids must be unique: fields and sections within a form, forms and pack declarations within the workspace.", level: "error" },
  "duplicate-property": { description: "A property that counts once is given once.", level: "error" },
  "unknown-concept": { description: "Every concept id used must be declared by a loaded pack.", level: "error", fixable: "fix" },
  "unknown-service": { description: "Every service id used must be declared by a loaded pack.", level: "error", fixable: "fix" },
  "unknown-audience": { description: "Every audience id used must be declared by a loaded pack.", level: "error", fixable: "fix" },
  "unknown-rule": { description: "Every rule id used (in a waiver) must name exactly one loaded rule.", level: "error", fixable: "fix" },
  "unknown-field": { description: "Conditions must name fields of the same form.", level: "error", fixable: "fix" },
  "invalid-condition-value": { description: "Conditions compare a field with a value it can take.", level: "error" },
  "condition-cycle": { description: "Conditions must not depend on themselves, or none of the fields in the loop can be shown.", level: "error" },
  "unknown-type": { description: "Each field has a type the language knows.", level: "error", fixable: "fix" },
  "missing-options": { description: "A choice or multichoice field has options.", level: "error" },
  "unexpected-options": { description: "Only choice and multichoice fields take options.", level: "error" },
  "invalid-lookback": { description: "A look-back is a positive period of time, on a number or date field.", level: "error" },
  "invalid-range": { description: "`min` and `max` apply to number fields, and `min` is not greater than `max`.", level: "error" },
  "missing-label": { description: "Each field has a label, so the form shows a question for it.", level: "warning", fixable: "fix" },
  "no-form": { description: "A form spec (`*.form`) declares a form; an empty file, or one of comments only, is checked against nothing.", level: "warning" },
  "empty-section": { description: "Sections hold fields.", level: "warning" },
  "missing-service": { description: "A form names its service, so that the right requirements apply.", level: "warning" },
  "invalid-ages": { description: "An age range runs from low to high.", level: "error" },
  "waiver-without-reason": { description: "A waiver says why the gap is accepted; one with an empty or blank reason waives nothing.", level: "error" },
  "waiver-without-owner": { description: "A waiver names who accepted the gap (`by`), so someone is accountable for it.", level: "warning" },
  "invalid-rule": { description: "Every rule has a title, a severity, at least one requirement and a citation.", level: "error" },
  "invalid-concept": { description: "Concept suggestions use real field types.", level: "error" },
  "invalid-recommendation": { description: "A recommendation is not both not checkable and partly checkable.", level: "error" },
  "invalid-requirement": { description: "A pack's requirement names values the engine and the concept accept (types, header properties, options, units, conditions), so some form can meet it.", level: "error" },
  "invalid-applies": { description: "A rule's `applies` can be true for some form (it names real ages, services and audiences, and does not contradict itself).", level: "error" },
  "quote-not-in-source": { description: "Every quote occurs in the pack's `source-text` (whitespace and quote style aside).", level: "error" },
  "unchecked-quotes": { description: "A pack whose source text cannot be found says that its quotes were not checked.", level: "info" },
  "pack-dependency": { description: "A pack's `uses` names a loaded pack in a version the range accepts, and a pack is loaded once.", level: "error" },
  "recognised-concept": {
    description: "A field with no `covers` whose label asks about a known concept: say so, so the requirement it answers can be checked.",
    level: "info",
    fixable: "suggestion"
  },
  "bidi-control": {
    description: "No invisible bidirectional-text controls (U+202A–U+202E, U+2066–U+2069) in a form or pack: they make text read differently from what it is.",
    level: "warning"
  },
} as const satisfies Record<string, BuiltinRuleMeta>;

export type BuiltinRuleId = keyof typeof BUILTIN_RULES;

/** The ids whose metadata promises a fix: fixes/builtin-fixes.ts is typed to have one for each. */
export type FixableBuiltinId = { [K in BuiltinRuleId]: (typeof BUILTIN_RULES)[K] extends { fixable: string } ? K : never }[BuiltinRuleId];

/** Where a built-in rule is explained, relative to the repository root (docs/checks.md is made from this table). */
export function builtinDocs(id: string): string {
  return `docs/checks.md#${id}`;
}

/** The metadata of a built-in rule id, or undefined for a pack rule or an id nobody declared. */
export function builtinRule(id: string): BuiltinRuleMeta | undefined {
  return Object.hasOwn(BUILTIN_RULES, id) ? (BUILTIN_RULES as Record<string, BuiltinRuleMeta>)[id] : undefined;
}
