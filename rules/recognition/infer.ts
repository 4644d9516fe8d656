/**
 * Inference: with `infer` on, a field whose label is recognised as asking about a concept is
 * treated by the engine as covering it. Every outcome that depends on such a field is marked:
 * - a pack-rule diagnostic about an inferred field carries `data.inferred = true` and its
 *   message ends "(inferred from the label)";
 * - a requirement that is met only thanks to an inferred field is recorded on that field's
 *   `recognised-concept` diagnostic (`data.inferred = true`, `data.meets = [rule ids]`).
 *
 * The engine itself is unchanged: it is run on a form model whose concept table includes the
 * inferred fields, and the result is compared with the plain run. An inferred field without a
 * `lookback` is given the period its label or help states, if any ("in the last 12 months"): the
 * words are all a real form has.
 */
import type { Form } from "../../language/ast";
import type { Diagnostic } from "../../language/diagnostic";
import { factsField } from "../../language/diagnostic-facts";
import type { FieldInfo, FormModel } from "../../language/model/form-model";
import type { WorkspaceIndex } from "../../language/model/workspace";
import type { ParsedDocument } from "../../language/parse";
import { evaluateForm } from "../engine/evaluate-form";
import type { CompiledRule } from "../rule-set";
import { RECOGNISED_CONCEPT } from "./recognised-concept";
import { followUpsOf, missingConcepts, recogniseFields, refinementsOf } from "./form-recognition";
import { recogniserFor } from "./vocabulary";
import { statedLookback } from "./stated-lookback";

export const INFERRED_SUFFIX = " (inferred from the label)";

/**
 * The form model as if each inferred field said `covers CONCEPT`: the engine asks both the
 * concept table and a field's own `covers` (in `shown when`), so both are extended. The AST
 * is not touched: inferred fields are shallow copies with the extra concept appended.
 */
export function withInferredCovers(model: FormModel, inferred: Map<string, string[]>): FormModel {
  const fields = model.fields.map((info) => {
    const extra = inferred.get(info.field.name.text);
    if (!extra?.length) return info;
    const covers = [...info.field.covers, ...extra.map((text) => ({ text, span: info.field.name.span }))];
    // A real form states its period in words ("in the last 12 months"), not in a `lookback` (stated-lookback.ts).
    const lookback = info.field.lookback ?? statedLookback(info.field.label?.value, info.field.label) ?? statedLookback(info.field.help?.value, info.field.help);
    return { ...info, field: { ...info.field, covers, lookback } };
  });
  const byId = new Map<string, FieldInfo>();
  const byConcept = new Map<string, FieldInfo[]>();
  for (const f of fields) {
    if (!byId.has(f.field.name.text)) byId.set(f.field.name.text, f);
    for (const c of f.field.covers) byConcept.set(c.text, [...(byConcept.get(c.text) ?? []), f]);
  }
  return { ...model, fields, byId, byConcept };
}

export interface InferenceResult {
  diagnostics: Diagnostic[];
  /** `meetsKey(field, concept)` → qualified ids of the rules whose requirement the field meets by inference as that concept. */
  meets: Map<string, string[]>;
}

export function evaluateWithInference(form: Form, model: FormModel, rules: CompiledRule[], index: WorkspaceIndex, doc: ParsedDocument): InferenceResult {
  const recognised = recogniseFields(model, recogniserFor(index), missingConcepts(form, model, index), refinementsOf(index), followUpsOf(form, index));
  const inferred = new Map<string, string[]>();
  // A field may count twice: on a referral its referrer's name is the completer's too (referral-completer.ts).
  for (const r of recognised) {
    const id = r.info.field.name.text;
    inferred.set(id, [...(inferred.get(id) ?? []), r.recognition.concept]);
  }
  const plain = evaluateForm(form, model, rules, index, doc);
  if (inferred.size === 0) return { diagnostics: plain, meets: new Map() };

  const augmentedModel = withInferredCovers(model, inferred);
  const augmented = evaluateForm(form, augmentedModel, rules, index, doc);
  const diagnostics = augmented.map((d) => {
    const field = factsField(d.data);
    if (field === undefined || !inferred.has(field)) return d;
    return { ...d, message: d.message + INFERRED_SUFFIX, data: { ...d.data!, inferred: true } };
  });

  const meets = new Map<string, string[]>();
  const missingKey = (d: Diagnostic) => (d.data?.kind === "missing-concept" ? `${d.ruleId} ${d.data.concepts.join(",")}` : undefined);
  const stillMissing = new Set(augmented.map(missingKey).filter((k) => k !== undefined));
  for (const d of plain) {
    if (d.data?.kind !== "missing-concept") continue;
    const concepts = d.data.concepts;
    if (stillMissing.has(`${d.ruleId} ${concepts.join(",")}`)) continue;
    // No longer missing is not met: a field covering it may still be reported (conditional,
    // optional), and then no field covering it counts towards the rule (the engine reports the
    // nearest candidate, not every one).
    const reported = new Set(diagnostics.filter((a) => a.ruleId === d.ruleId).map((a) => factsField(a.data)));
    if (concepts.some((c) => (augmentedModel.byConcept.get(c) ?? []).some((f) => reported.has(f.field.name.text)))) continue;
    for (const [fieldId, cs] of inferred) {
      if (diagnostics.some((a) => a.ruleId === d.ruleId && factsField(a.data) === fieldId)) continue; // not met: reported, marked inferred
      for (const c of cs) {
        if (!concepts.includes(c)) continue;
        const key = meetsKey(fieldId, c);
        const list = meets.get(key) ?? [];
        if (!list.includes(d.ruleId)) list.push(d.ruleId);
        meets.set(key, list);
      }
    }
  }
  return { diagnostics, meets };
}

/** A field counts towards rules as each concept it is read as (on a referral, two: referral-completer.ts). */
function meetsKey(field: string, concept: string): string {
  return `${field}\u0000${concept}`;
}

/** Marks the `recognised-concept` diagnostics of a form whose fields now count towards rules. */
export function markInferredRecognitions(diagnostics: Diagnostic[], formId: string, meets: Map<string, string[]>): void {
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i];
    if (d.data?.kind !== "recognised-concept" || d.data.form !== formId) continue;
    const rules = meets.get(meetsKey(d.data.field, d.data.concept)) ?? [];
    const counted = rules.length ? ` With inference on it counts towards ${rules.map((r) => `\`${r}\``).join(", ")}${INFERRED_SUFFIX}.` : ` With inference on it counts as covering \`${d.data.concept}\`${INFERRED_SUFFIX}.`;
    diagnostics[i] = { ...d, message: d.message + counted, data: { ...d.data, inferred: true, meets: rules } };
  }
}
