/**
 * Every pack rule that applies to a form, evaluated: diagnostics as plain data, with the
 * citations, a message a nurse can act on, and the facts a quick fix needs in `data`.
 */
import type { ConceptDecl, Form, Requirement, Section } from "../../language/ast";
import type { Diagnostic, DiagnosticFacts, Range, Span } from "../../language/diagnostic";
import type { FieldSkeleton } from "../../language/diagnostic-facts";
import { formatDuration } from "../../language/durations";
import { quoteString } from "../../language/format/strings";
import type { FormModel } from "../../language/model/form-model";
import type { ParsedDocument } from "../../language/parse";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { formatCitations, type CompiledRule } from "../rule-set";
import { applicableRules } from "./applies";
import { describeShownWhen, evaluateRequirement, type Problem } from "./requirement";
import { printCondition } from "../../language/format/expressions";
import { conceptWords } from "./concept-words";

export type { FieldSkeleton };

/** Options a choice gets when nothing better is known (the skeleton field, a fix to a choice type). */
export const DEFAULT_CHOICE_OPTIONS = ["Yes", "No", "Not known"];

export function evaluateForm(form: Form, model: FormModel, rules: CompiledRule[], index: WorkspaceIndex, doc: ParsedDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Most problems of a form sit on a few spans (every missing prompt of a section on its
  // header): each span's line and column are looked up once, and its range shared.
  const ranges = new Map<Span, Range>();
  const rangeOf = (span: Span) => {
    let range = ranges.get(span);
    if (!range) ranges.set(span, (range = doc.lines.range(span)));
    return range;
  };
  // Index loops: for-of here stepped three iterators per requirement of every applicable rule.
  const applicable = applicableRules(rules, form);
  for (let i = 0; i < applicable.length; i++) {
    const rule = applicable[i];
    const requires = rule.decl.requires;
    for (let j = 0; j < requires.length; j++) {
      const req = requires[j];
      const problems = evaluateRequirement(req, model);
      for (let k = 0; k < problems.length; k++) out.push(toDiagnostic(problems[k], req, rule, model, index, rangeOf));
    }
  }
  return out;
}

/** "Title — paragraph 1.30.": the same for every problem a rule finds, so made once per rule. */
const reasons = new WeakMap<CompiledRule, string>();
function reasonOf(rule: CompiledRule): string {
  let why = reasons.get(rule);
  if (why === undefined) reasons.set(rule, (why = `${rule.title} — ${formatCitations(rule.citations) || "no citation"}.`));
  return why;
}

function conceptDecl(index: WorkspaceIndex, id: string): ConceptDecl | undefined {
  return index.concepts.get(id)?.[0]?.node;
}

function conceptLabel(index: WorkspaceIndex, id: string): string {
  const title = conceptDecl(index, id)?.title?.value;
  return title ? `${title} (${id})` : id;
}

function toDiagnostic(p: Problem, req: Requirement, rule: CompiledRule, model: FormModel, index: WorkspaceIndex, rangeOf: (span: Span) => Range): Diagnostic {
  const why = reasonOf(rule);
  const form = model.form;
  let message: string;
  let span: Span;
  let data: DiagnosticFacts;

  switch (p.kind) {
    case "missing-header":
      span = form.name.span;
      message = `Form \`${form.name.text}\` does not declare its ${p.property}. ${why} Add \`${p.property} ${p.property === "owner" || p.property === "version" ? '"…"' : "…"}\` to the form header.`;
      data = { kind: "missing-header", property: p.property, form: form.name.text };
      break;
    case "missing-concept": {
      const concept = p.concepts[0];
      const skeleton = skeletonFor(concept, req, index, model);
      const section = fittingSection(p.concepts, rule, model);
      span = section ? section.headerSpan : form.headerSpan;
      const what = p.concepts.length > 1 ? `any of ${p.concepts.map((c) => conceptLabel(index, c)).join(", ")}` : conceptLabel(index, concept);
      const shown = req.shownWhen ? `, shown when ${skeleton.when ?? describeShownWhen(req.shownWhen)}` : "";
      message =
        `Missing prompt: ${what}. ${why} ` +
        `Add a ${skeleton.required ? "required " : ""}${skeleton.type} field with \`covers ${concept}\`${section ? ` to section \`${section.name.text}\`` : ""}${shown}.`;
      data = { kind: "missing-concept", concept, concepts: p.concepts, skeleton, section: section?.name.text, form: form.name.text };
      break;
    }
    case "optional": {
      const f = p.field.field;
      span = f.name.span;
      const insertAt = (f.type ?? f.name).span.end;
      message = `Field \`${f.name.text}\` covers ${coveredHere(f.covers, req)} but is optional. ${why} Make it \`required\`.`;
      data = { kind: "make-required", field: f.name.text, insertAt };
      break;
    }
    case "conditional": {
      const f = p.field.field;
      span = f.whenSpan ?? f.name.span;
      message =
        `Field \`${f.name.text}\` covers ${coveredHere(f.covers, req)} only when ${printCondition(f.when!)}, so the prompt is not always asked (covered only conditionally). ${why} ` +
        `Ask it every time: remove the \`when\`, or add a required field that is always shown.`;
      data = { kind: "conditional", field: f.name.text, whenSpan: f.whenSpan };
      break;
    }
    case "hidden": {
      const f = p.field.field;
      span = f.hidden ?? f.name.span;
      message =
        `Field \`${f.name.text}\` covers ${coveredHere(f.covers, req)} but is hidden: the form never shows it, so the prompt is not asked. ${why} ` +
        `Show it (remove \`hidden\`), or add a field that asks it.`;
      data = { kind: "hidden-field", field: f.name.text, hiddenSpan: f.hidden! };
      break;
    }
    case "not-shown-when": {
      const f = p.field.field;
      span = f.whenSpan ?? f.name.span;
      const when = shownWhenCondition(req, model);
      message =
        `Field \`${f.name.text}\` should be shown when ${p.expected}${p.actual ? `, but it is shown when ${p.actual}` : ", but it is always shown"}. ${why} ` +
        (when ? `Write \`when ${when}\`.` : `First add a field covering ${req.shownWhen!.concept.text}, then show this one when ${p.expected}.`);
      data = { kind: "shown-when", field: f.name.text, when, whenSpan: f.whenSpan, insertAt: f.required?.end ?? (f.type ?? f.name).span.end };
      break;
    }
    case "lookback": {
      const f = p.field.field;
      span = p.actual ? p.span : f.name.span;
      const constraint = req.constraints.find((c) => c.kind === "lookback");
      const target = constraint && constraint.kind === "lookback" ? formatDuration(constraint.duration) : "";
      // A period read from the field's words (an inferred field, stated-lookback.ts) is changed in those words.
      const inWords = f.lookback !== undefined && (f.lookback.span === f.label?.span || f.lookback.span === f.help?.span);
      message = inWords
        ? `Field \`${f.name.text}\` asks about the last ${p.actual}, as its ${f.lookback!.span === f.label?.span ? "label" : "help"} says; the look-back must be ${p.expected}. ${why} Ask about the last ${target}, and add \`lookback ${target}\`.`
        : p.actual
          ? `Field \`${f.name.text}\` looks back ${p.actual}; the look-back must be ${p.expected}. ${why} Set \`lookback ${target}\`.`
          : `Field \`${f.name.text}\` does not say how far back it looks; the look-back must be ${p.expected}. ${why} Add \`lookback ${target}\`.`;
      data = { kind: "lookback", field: f.name.text, value: target, span: inWords ? undefined : f.lookback?.span, body: f.body, fieldSpan: f.span };
      break;
    }
    case "type": {
      const f = p.field.field;
      span = f.type?.span ?? f.name.span;
      message = `Field \`${f.name.text}\` is ${p.actual ? `a ${p.actual}` : "untyped"}; ${coveredHere(f.covers, req)} must be ${p.expected.join(" or ")}. ${why} Change its type to ${p.expected[0]}.`;
      data = { kind: "type", field: f.name.text, expected: p.expected, span: f.type?.span };
      break;
    }
    case "options-include": {
      const f = p.field.field;
      span = f.name.span;
      message = `Field \`${f.name.text}\` has no option "${p.option}". ${why} Add "${p.option}" to its options.`;
      data = { kind: "options-include", field: f.name.text, option: p.option };
      break;
    }
  }
  return { ruleId: rule.id, level: rule.level, message, span, range: rangeOf(span), citations: rule.citations, data };
}

function coveredHere(covers: { text: string }[], req: Requirement): string {
  const c = covers.find((x) => req.concepts.some((r) => r.text === x.text)) ?? covers[0];
  return c ? c.text : "the concept";
}

function shownWhenCondition(req: Requirement, model: FormModel): string | undefined {
  const s = req.shownWhen;
  if (!s) return undefined;
  const tested = model.byConcept.get(s.concept.text)?.[0];
  if (!tested) return undefined;
  const v = s.value;
  // Written as the language writes it: this text is inserted into forms by fixes.
  const value = v.kind === "word" ? v.text : v.kind === "string" ? quoteString(v.value) : v.text;
  return `${tested.field.name.text} ${s.op} ${value}`;
}

/** The field a quick fix inserts for a missing concept: the pack's `suggest`, adjusted to the requirement. */
function skeletonFor(concept: string, req: Requirement, index: WorkspaceIndex, model: FormModel): FieldSkeleton {
  const decl = conceptDecl(index, concept);
  let type = decl?.suggest?.type.text ?? "text";
  const typeConstraint = req.constraints.find((c) => c.kind === "type");
  if (typeConstraint && typeConstraint.kind === "type" && !typeConstraint.types.some((t) => t.text === type)) {
    type = typeConstraint.types[0]?.text ?? type;
  }
  const options = decl?.options.map((o) => o.value) ?? [];
  for (const c of req.constraints) if (c.kind === "options-include" && !options.includes(c.option.value)) options.push(c.option.value);
  if ((type === "choice" || type === "multichoice") && options.length === 0) options.push(...DEFAULT_CHOICE_OPTIONS);
  const lookback = req.constraints.find((c) => c.kind === "lookback");
  const base = conceptWords(concept).fieldId;
  let id = base;
  for (let n = 2; model.byId.has(id); n++) id = `${base}_${n}`;
  return {
    id,
    type,
    // Only what this requirement asks: a prompt that must merely be present is not forced mandatory.
    required: req.required,
    label: decl?.title?.value ?? concept,
    concept,
    options: type === "choice" || type === "multichoice" ? options : [],
    lookback: lookback && lookback.kind === "lookback" ? formatDuration(lookback.duration) : undefined,
    when: shownWhenCondition(req, model),
  };
}

/**
 * Where a missing prompt belongs: beside the fields of the same rule, else beside fields on
 * the same topic (same concept prefix), else the section whose name shares a word with the
 * concept. Undefined: the form itself.
 */
function fittingSection(concepts: string[], rule: CompiledRule, model: FormModel): Section | undefined {
  const places = placesOf(model);
  const placedConcepts = placedConceptsOf(rule, model, places);
  for (let i = 0; i < placedConcepts.length; i++) {
    const placed = placedConcepts[i];
    if (placed.shownWhen || !concepts.includes(placed.concept)) return placed.section;
  }
  const { prefix, distinctive } = conceptWords(concepts[0]);
  const byPrefix = places.sectionByConceptPrefix.get(prefix);
  if (byPrefix) return byPrefix;
  // Last resort: a section named after a distinctive word of the concept id ("safeguarding",
  // "attendance"), never after words every form uses ("child", "person", "young"): the first
  // such section in the form.
  let first = Infinity;
  if (distinctive.length) {
    const byWord = sectionByWordOf(model, places);
    for (const w of distinctive) first = Math.min(first, byWord.get(w) ?? Infinity);
  }
  return first === Infinity ? undefined : model.sections[first];
}

/** A concept of a rule that a field of this form covers, and the section of the first such field. */
interface PlacedConcept {
  concept: string;
  section: Section;
  /** A `shown when` concept: the section beside it fits even when it is one of the missing concepts. */
  shownWhen: boolean;
}

interface Places {
  /** Concept prefix ("accompanying-adult") → the section of the first field covering such a concept. */
  sectionByConceptPrefix: Map<string, Section>;
  /** Per rule, its concepts placed in this form, in the rule's order (placedConceptsOf). */
  placedByRule: Map<CompiledRule, PlacedConcept[]>;
  /** A word of a section's id or title → the index of the first section with it: made when first needed. */
  sectionByWord?: Map<string, number>;
}

/**
 * Per form model, once: a form with many missing prompts asked the same questions of every field,
 * and every missing prompt of a rule walked all the rule's requirements again. Only the last
 * model's are kept, not a WeakMap of them: an entry of a long-lived WeakMap keeps its value (here
 * the form's sections, and through them its whole tree) alive through V8's young-generation
 * collections, and a batch run copied every form's tree once for it. A form's problems are
 * evaluated together, so the last model is the one asked about.
 */
let lastPlaces: { model: FormModel; places: Places } | undefined;

function placesOf(model: FormModel): Places {
  let places = lastPlaces?.model === model ? lastPlaces.places : undefined;
  if (!places) {
    const sectionByConceptPrefix = new Map<string, Section>();
    for (const f of model.fields) {
      if (!f.section) continue;
      for (const c of f.field.covers) {
        const { prefix } = conceptWords(c.text);
        if (!sectionByConceptPrefix.has(prefix)) sectionByConceptPrefix.set(prefix, f.section);
      }
    }
    places = { sectionByConceptPrefix, placedByRule: new Map() };
    lastPlaces = { model, places };
  }
  return places;
}

/** The rule's concepts (each requirement's, then its `shown when` one) that this form places in a section. */
function placedConceptsOf(rule: CompiledRule, model: FormModel, places: Places): PlacedConcept[] {
  let placed = places.placedByRule.get(rule);
  if (!placed) {
    placed = [];
    const add = (concept: string, shownWhen: boolean) => {
      const section = model.byConcept.get(concept)?.find((f) => f.section)?.section;
      if (section) placed!.push({ concept, section, shownWhen });
    };
    for (const r of rule.decl.requires) {
      for (const c of r.concepts) add(c.text, false);
      if (r.shownWhen) add(r.shownWhen.concept.text, true);
    }
    places.placedByRule.set(rule, placed);
  }
  return placed;
}

/** Only a prompt no field's topic places asks for the sections' words. */
function sectionByWordOf(model: FormModel, places: Places): Map<string, number> {
  if (!places.sectionByWord) {
    const byWord = new Map<string, number>();
    model.sections.forEach((s, i) => {
      for (const w of `${s.name.text} ${s.title?.value ?? ""}`.toLowerCase().split(/[^a-z]+/)) if (!byWord.has(w)) byWord.set(w, i);
    });
    places.sectionByWord = byWord;
  }
  return places.sectionByWord;
}
