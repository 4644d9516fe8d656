/**
 * Every built-in check, in one table (the validation registry). Adding a check is adding a
 * file, a line here and an entry per id in metadata.ts, which `formguard rules`, SARIF, the
 * editor and the docs read.
 */
import { bidiControl } from "./bidi-control";
import type { BuiltinCheck } from "./check-context";
import { conditions } from "./conditions";
import { duplicateId } from "./duplicate-id";
import { fieldShape } from "./field-shape";
import { formShape } from "./form-shape";
import { packShape } from "./pack-shape";
import { packValues } from "./pack-values";
import { packSources } from "./pack-sources";
import { packDependencies } from "./pack-dependencies";
import { unknownIds } from "./unknown-id";
import { waiverShape } from "./waiver-shape";
import { recognisedConcept } from "../recognition/recognised-concept";

export const BUILTIN_CHECKS: BuiltinCheck[] = [duplicateId, unknownIds, conditions, fieldShape, formShape, packShape, waiverShape, packValues, packSources, packDependencies, recognisedConcept, bidiControl];

/** Ids reported outside the registry: parsing and waiver bookkeeping. */
export const OTHER_BUILTIN_IDS = ["syntax", "unused-waiver", "expired-waiver"];

export function builtinRuleIds(): string[] {
  return [...OTHER_BUILTIN_IDS, ...BUILTIN_CHECKS.flatMap((c) => c.ids)];
}
