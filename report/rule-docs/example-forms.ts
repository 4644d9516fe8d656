/**
 * Small forms synthesised from a rule's own declaration: one that meets every `require` of the
 * rule, and variants that break one part of it. The rule tests use them as their data-driven
 * valid/invalid cases and the rule docs show them as snippets, so both are derived from the
 * pack and cannot drift from it.
 *
 * Fields stand directly in the form body (no sections): a missing prompt is then reported on
 * the form header, which keeps the expected position of every generated case predictable.
 */
import type { ConceptDecl, Constraint, Form, Requirement, Value } from "../../language/ast";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { parseDocument } from "../../language/parse";
import { applies } from "../../rules/engine/applies";
import type { FieldSkeleton } from "../../rules/engine/evaluate-form";
import type { CompiledRule } from "../../rules/rule-set";

/** A field of a generated example: the engine's own skeleton, plus which requirement it meets. */
export interface ExampleField extends FieldSkeleton {
  /** Index in `rule.decl.requires` of the requirement this field meets; -1 for a helper field. */
  requirement: number;
}

export interface ExampleHeader {
  service?: string;
  audiences: string[];
  ages?: [number, number];
}

export interface ExampleForm {
  name: string;
  title: string;
  header: ExampleHeader;
  version: boolean;
  owner: boolean;
  fields: ExampleField[];
}

export interface RenderedForm {
  text: string;
  /** 1-based line of each field's `field` keyword, by field id. */
  fieldLines: Map<string, number>;
}

/** A header the rule's `applies` selects: the fewest header properties that do. */
export function headerFor(rule: CompiledRule, index: WorkspaceIndex): ExampleHeader | undefined {
  const services = [...index.services.keys()];
  const audiences = [...index.audiences.keys()];
  const ageOptions: Array<[number, number] | undefined> = [undefined, [0, 17], [16, 25]];
  for (const ages of ageOptions) {
    for (const audience of [undefined, ...audiences]) {
      for (const service of services) {
        const header: ExampleHeader = { service, audiences: audience ? [audience] : [], ages };
        if (applies(rule.decl.applies, headerForm(header))) return header;
      }
    }
  }
  return undefined;
}

const headerForms = new Map<string, Form>();

function headerForm(header: ExampleHeader): Form {
  const text = renderHeaderOnly(header);
  let form = headerForms.get(text);
  if (!form) {
    form = parseDocument("header.form", text).ast.items[0] as Form;
    headerForms.set(text, form);
  }
  return form;
}

function renderHeaderOnly(header: ExampleHeader): string {
  return `form probe {\n${headerLines(header).join("\n")}\n}\n`;
}

function headerLines(h: ExampleHeader): string[] {
  const out: string[] = [];
  if (h.service) out.push(`  service ${h.service}`);
  if (h.audiences.length) out.push(`  audience ${h.audiences.join(", ")}`);
  if (h.ages) out.push(`  ages ${h.ages[0]}..${h.ages[1]}`);
  return out;
}

function conceptDecl(index: WorkspaceIndex, id: string): ConceptDecl | undefined {
  return index.concepts.get(id)?.[0]?.node;
}

function fieldIdFor(concept: string): string {
  return concept.replace(/[.-]/g, "_");
}

function valueText(v: Value): string {
  return v.kind === "word" ? v.text : v.kind === "string" ? JSON.stringify(v.value) : v.text;
}

/** The field that meets one requirement, as the pack's `suggest` describes it. */
function fieldFor(req: Requirement, position: number, index: WorkspaceIndex): ExampleField {
  const concept = req.concepts[0].text;
  const decl = conceptDecl(index, concept);
  const typeConstraint = req.constraints.find((c): c is Extract<Constraint, { kind: "type" }> => c.kind === "type");
  const type = typeConstraint?.types[0]?.text ?? decl?.suggest?.type.text ?? "text";
  const options = decl?.options.map((o) => o.value) ?? [];
  for (const c of req.constraints) if (c.kind === "options-include" && !options.includes(c.option.value)) options.push(c.option.value);
  const isChoice = type === "choice" || type === "multichoice";
  if (isChoice && options.length === 0) options.push("Yes", "No", "Not known");
  const lookback = req.constraints.find((c): c is Extract<Constraint, { kind: "lookback" }> => c.kind === "lookback");
  return {
    id: fieldIdFor(concept),
    type,
    required: req.required || (decl?.suggest?.required ?? false),
    label: decl?.title?.value ?? concept,
    concept,
    options: isChoice ? options : [],
    lookback: lookback ? `${lookback.duration.amount} ${lookback.duration.unit.text}` : undefined,
    requirement: position,
  };
}

/** A field a `shown when` can test when the rule itself does not ask for that concept. */
function controllerFor(concept: string, value: Value, index: WorkspaceIndex): ExampleField {
  const decl = conceptDecl(index, concept);
  const type = value.kind === "word" ? "yesno" : value.kind === "number" ? "number" : "choice";
  return {
    id: fieldIdFor(concept),
    type,
    required: true,
    label: decl?.title?.value ?? concept,
    concept,
    options: value.kind === "string" ? [value.value, "Other"] : [],
    requirement: -1,
  };
}

/** A form of a kind the rule applies to that meets every one of its requirements. */
export function compliantForm(rule: CompiledRule, index: WorkspaceIndex): ExampleForm {
  const header = headerFor(rule, index);
  if (!header) throw new Error(`no form kind is selected by the \`applies\` of ${rule.id}`);
  const fields: ExampleField[] = [];
  rule.decl.requires.forEach((req, i) => {
    if (req.header || req.concepts.length === 0) return;
    if (fields.some((f) => f.concept === req.concepts[0].text)) return;
    fields.push(fieldFor(req, i, index));
  });
  for (const req of rule.decl.requires) {
    const s = req.shownWhen;
    if (!s) continue;
    let controller = fields.find((f) => f.concept === s.concept.text);
    if (!controller) {
      controller = controllerFor(s.concept.text, s.value, index);
      fields.unshift(controller);
    }
    const shown = fields.find((f) => f.concept === req.concepts[0].text)!;
    shown.when = `${controller.id} ${s.op} ${valueText(s.value)}`;
  }
  return {
    name: `${rule.name}-example`,
    title: rule.title,
    header,
    version: true,
    owner: true,
    fields,
  };
}

/** Concepts that other requirements' `shown when` test: dropping them breaks more than one part. */
export function controllingConcepts(rule: CompiledRule): Set<string> {
  return new Set(rule.decl.requires.flatMap((r) => (r.shownWhen ? [r.shownWhen.concept.text] : [])));
}

/** The compliant form without whatever meets requirement `i` (its field, or its header property). */
export function withoutRequirement(form: ExampleForm, rule: CompiledRule, i: number): ExampleForm {
  const req = rule.decl.requires[i];
  if (req.header) {
    const props = new Set(req.header.map((h) => h.text));
    return { ...form, version: form.version && !props.has("version"), owner: form.owner && !props.has("owner") };
  }
  return { ...form, fields: form.fields.filter((f) => f.requirement !== i) };
}

/** The compliant form with field `id` changed. */
export function withField(form: ExampleForm, id: string, change: Partial<ExampleField>): ExampleForm {
  return { ...form, fields: form.fields.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

export interface NonCompliantExample {
  form: ExampleForm;
  /** What is wrong with it, one line per broken requirement, in plain English. */
  gaps: string[];
}

/**
 * The usual ways a form falls short of the rule, all at once: required prompts left optional,
 * conditional prompts always shown, look-backs too short, wrong types, presence-only prompts
 * missing. Header requirements: the header property left out.
 */
export function nonCompliantForm(form: ExampleForm, rule: CompiledRule): NonCompliantExample {
  let out: ExampleForm = { ...form, name: form.name.replace(/-example$/, "-gap") };
  const gaps: string[] = [];
  rule.decl.requires.forEach((req, i) => {
    if (req.header) {
      out = withoutRequirement(out, rule, i);
      for (const h of req.header) gaps.push(`the header does not declare \`${h.text}\``);
      return;
    }
    const field = out.fields.find((f) => f.requirement === i);
    if (!field) return;
    const change: Partial<ExampleField> = {};
    const said: string[] = [];
    if (req.required) {
      change.required = false;
      said.push("is optional");
    }
    if (req.shownWhen) {
      change.when = undefined;
      said.push("is always shown");
    }
    if (req.constraints.some((c) => c.kind === "lookback")) {
      change.lookback = "6 months";
      said.push("looks back only 6 months");
    }
    const type = req.constraints.find((c): c is Extract<Constraint, { kind: "type" }> => c.kind === "type");
    if (type) {
      Object.assign(change, wrongType(type.types.map((t) => t.text)));
      said.push(`is a ${change.type} field`);
    }
    if (said.length === 0 && !controllingConcepts(rule).has(field.concept)) {
      out = withoutRequirement(out, rule, i);
      gaps.push(`no field covers \`${field.concept}\``);
      return;
    }
    if (said.length) gaps.push(`\`${field.id}\` (${field.concept}) ${said.join(", ")}`);
    out = withField(out, field.id, change);
  });
  return { form: out, gaps };
}

function wrongType(allowed: string[]): Partial<ExampleField> {
  if (!allowed.includes("text")) return { type: "text", options: [] };
  return { type: "choice", options: ["Yes", "No"] };
}

export function renderForm(form: ExampleForm): RenderedForm {
  const lines: string[] = [];
  const fieldLines = new Map<string, number>();
  lines.push(`form ${form.name} ${JSON.stringify(form.title)} {`);
  lines.push(...headerLines(form.header));
  if (form.version) lines.push(`  version "1.0"`);
  if (form.owner) lines.push(`  owner "Named nurse for safeguarding children"`);
  for (const f of form.fields) {
    lines.push("");
    fieldLines.set(f.id, lines.length + 1);
    lines.push(`  field ${f.id} ${f.type}${f.required ? " required" : ""}${f.when ? ` when ${f.when}` : ""} {`);
    lines.push(`    label ${JSON.stringify(f.label)}`);
    if (f.options.length) lines.push(`    options ${f.options.map((o) => JSON.stringify(o)).join(", ")}`);
    lines.push(`    covers ${f.concept}`);
    if (f.lookback) lines.push(`    lookback ${f.lookback}`);
    lines.push(`  }`);
  }
  lines.push(`}`);
  return { text: lines.join("\n") + "\n", fieldLines };
}
