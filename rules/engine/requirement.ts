/**
 * Is one `require` of a rule met by a form? If not, what exactly is wrong and where.
 *
 * A requirement is met when some field covering the concept meets every part of it. When
 * several fields cover the concept and none meets it, the one closest to meeting it is the one
 * reported, with each part it fails: that is the field the author will want to edit.
 */
import type { Condition, Constraint, Requirement, ShownWhen, Value } from "../../language/ast";
import type { Span } from "../../language/diagnostic";
import { compareNumbers, durationInDays, formatDuration } from "../../language/durations";
import type { FieldInfo, FormModel } from "../../language/model/form-model";
import { printCondition, printValue } from "../../language/format/expressions";

export type Problem =
  | { kind: "missing-header"; property: string }
  | { kind: "missing-concept"; concepts: string[] }
  | { kind: "optional"; field: FieldInfo }
  | { kind: "conditional"; field: FieldInfo }
  | { kind: "hidden"; field: FieldInfo }
  | { kind: "not-shown-when"; field: FieldInfo; expected: string; actual?: string }
  | { kind: "lookback"; field: FieldInfo; expected: string; actual?: string; span: Span }
  | { kind: "type"; field: FieldInfo; expected: string[]; actual?: string }
  | { kind: "options-include"; field: FieldInfo; option: string };

/** A met requirement's problems: shared, so a form that meets most rules allocates nothing for them. */
const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

export function evaluateRequirement(req: Requirement, model: FormModel): readonly Problem[] {
  return unmet(req, model, undefined) ?? NO_PROBLEMS;
}

/** What meets a requirement: the field that does, or the header property a `require header` names. */
export type Evidence = { kind: "field"; field: FieldInfo } | { kind: "header"; property: string; span: Span };

/**
 * A requirement's problems, and when there are none, its evidence: what the audit report shows
 * for "met" (the same search that finds the problems, so the two can never disagree).
 */
export function assessRequirement(req: Requirement, model: FormModel): { problems: Problem[]; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  const problems = unmet(req, model, evidence);
  return problems ? { problems, evidence: [] } : { problems: [], evidence };
}

/**
 * The one search behind both: the problems of an unmet requirement, or undefined when it is met
 * (then what meets it is added to `evidence`, when asked for). Runs for every requirement of
 * every applicable rule of every form, so it builds nothing a met requirement does not need.
 */
function unmet(req: Requirement, model: FormModel, evidence: Evidence[] | undefined): Problem[] | undefined {
  if (req.header) {
    let problems: Problem[] | undefined;
    for (const h of req.header) {
      const prop = model.form.headerProps.find((p) => p.keyword === h.text);
      if (prop) evidence?.push({ kind: "header", property: h.text, span: prop.span });
      else (problems ??= []).push({ kind: "missing-header", property: h.text });
    }
    return problems;
  }
  const candidates = candidatesOf(req, model);
  if (candidates.length === 0) return [{ kind: "missing-concept", concepts: req.concepts.map((c) => c.text) }];

  let best: Problem[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const f = candidates[i];
    const problems = fieldProblems(req, f, model);
    if (problems.length === 0) {
      evidence?.push({ kind: "field", field: f });
      return undefined;
    }
    if (!best || problems.length < best.length) best = problems;
  }
  return best;
}

const NO_FIELDS: readonly FieldInfo[] = [];

/**
 * The fields covering any of the requirement's concepts, each once, in concept order. One
 * concept (nearly every requirement): the form model's own list, not a copy (a field listed
 * twice there would only be assessed twice, with the same answer).
 */
function candidatesOf(req: Requirement, model: FormModel): readonly FieldInfo[] {
  if (req.concepts.length === 1) return model.byConcept.get(req.concepts[0].text) ?? NO_FIELDS;
  const candidates: FieldInfo[] = [];
  for (const c of req.concepts) for (const f of model.byConcept.get(c.text) ?? []) if (!candidates.includes(f)) candidates.push(f);
  return candidates;
}

function fieldProblems(req: Requirement, info: FieldInfo, model: FormModel): Problem[] {
  const field = info.field;
  // A hidden field asks nothing (it carries a pre-filled or calculated value): the prompt is
  // missing however the rest of it looks, and that is the one thing to say.
  if (field.hidden) return [{ kind: "hidden", field: info }];
  const problems: Problem[] = [];
  const shownOk = req.shownWhen ? !!field.when && conditionIncludes(field.when, req.shownWhen, model) : true;

  if (req.shownWhen && !shownOk) {
    problems.push({ kind: "not-shown-when", field: info, expected: describeShownWhen(req.shownWhen), actual: field.when ? printCondition(field.when) : undefined });
  }
  if (req.required) {
    // A field behind an unrelated `when` is only conditionally asked: it does not meet
    // `required` however it is marked, unless the `when` is the very condition required.
    if (field.when && !(req.shownWhen && shownOk)) problems.push({ kind: "conditional", field: info });
    else if (!field.required) problems.push({ kind: "optional", field: info });
  }
  for (const c of req.constraints) {
    const p = constraintProblem(c, info);
    if (p) problems.push(p);
  }
  return problems;
}

function constraintProblem(c: Constraint, info: FieldInfo): Problem | undefined {
  const field = info.field;
  switch (c.kind) {
    case "lookback": {
      const expected = `${c.op} ${formatDuration(c.duration)}`;
      const want = durationInDays(c.duration);
      if (!field.lookback) return { kind: "lookback", field: info, expected, span: field.headerSpan };
      const have = durationInDays(field.lookback);
      if (want === undefined || have === undefined || !compareNumbers(have, c.op, want)) {
        return { kind: "lookback", field: info, expected, actual: formatDuration(field.lookback), span: field.lookback.span };
      }
      return undefined;
    }
    case "type": {
      const types = c.types.map((t) => t.text);
      return field.type && types.includes(field.type.text) ? undefined : { kind: "type", field: info, expected: types, actual: field.type?.text };
    }
    case "options-include":
      return field.options.some((o) => o.value === c.option.value) ? undefined : { kind: "options-include", field: info, option: c.option.value };
  }
}

/** Does the field's `when` test the field covering `shown.concept` in the required way? */
function conditionIncludes(cond: Condition, shown: ShownWhen, model: FormModel): boolean {
  if (cond.kind === "and") return conditionIncludes(cond.left, shown, model) || conditionIncludes(cond.right, shown, model);
  if (cond.kind !== "compare" || cond.op !== shown.op || !sameValue(cond.value, shown.value)) return false;
  const tested = model.byId.get(cond.field.text);
  return !!tested && tested.field.covers.some((c) => c.text === shown.concept.text);
}

function sameValue(a: Value, b: Value): boolean {
  if (a.kind === "word" && b.kind === "word") return a.text === b.text;
  if (a.kind === "string" && b.kind === "string") return a.value === b.value;
  if (a.kind === "number" && b.kind === "number") return a.value === b.value;
  return false;
}

export function describeShownWhen(s: ShownWhen): string {
  return `${s.concept.text} ${s.op} ${printValue(s.value)}`;
}
