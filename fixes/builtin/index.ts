/**
 * The fixes of built-in checks, keyed by rule id: typed to have one entry for exactly the ids
 * rules/builtin/metadata.ts marks `fixable` (a fixable id without a fix, or a fix for an id the
 * metadata does not call fixable, fails to compile). Each fix is given its diagnostic's facts
 * already narrowed to their kind, so nothing casts `data`.
 */
import type { Diagnostic } from "../../language/diagnostic";
import type { FactsKind, FactsOf } from "../../language/diagnostic-facts";
import type { FixableBuiltinId } from "../../rules/builtin/metadata";
import type { FixDraft } from "../index";
import type { DocText } from "../text";
import { missingLabelFixes } from "./missing-label";
import { recognisedConceptFixes } from "./recognised-concept";
import { unknownIdFixes } from "./unknown-id";
import { unusedWaiverFixes } from "./unused-waiver";

type BuiltinFix = (t: DocText, d: Diagnostic) => FixDraft[];

/** A fix that runs only on facts of `kind` (a diagnostic without them, e.g. from an older document version, gets none). */
function onFacts<K extends FactsKind>(kind: K, fix: (t: DocText, d: Diagnostic, data: FactsOf<K>) => FixDraft[]): BuiltinFix {
  return (t, d) => (d.data?.kind === kind ? fix(t, d, d.data as FactsOf<K>) : []);
}

const unknownId = onFacts("unknown-id", unknownIdFixes);

export const BUILTIN_FIXES: { [K in FixableBuiltinId]: BuiltinFix } = {
  "unknown-concept": unknownId,
  "unknown-service": unknownId,
  "unknown-audience": unknownId,
  "unknown-rule": unknownId,
  "unknown-field": unknownId,
  "unknown-type": unknownId,
  "missing-label": onFacts("missing-label", missingLabelFixes),
  "recognised-concept": onFacts("recognised-concept", recognisedConceptFixes),
  "unused-waiver": unusedWaiverFixes,
};

export function builtinFixes(t: DocText, d: Diagnostic): FixDraft[] {
  return Object.hasOwn(BUILTIN_FIXES, d.ruleId) ? BUILTIN_FIXES[d.ruleId as FixableBuiltinId](t, d) : [];
}
