/**
 * Form spec → FHIR R4 Questionnaire (the reverse of import.ts; mapping in docs/fhir.md).
 * Everything a form says that changes a check survives the round trip form → FHIR → form:
 * sections, fields, types, `required`, `hidden`, conditions (an `expression` as SDC's
 * enableWhenExpression), `covers`, options, look-back, min/max,
 * help, service, audiences, ages, tags and waivers. Comments do not.
 */
import type { Condition, Field, Form, Section, Value } from "../language/ast";
import type { Duration } from "../language/ast";
import type { WorkspaceIndex } from "../language/model/workspace";
import { printCondition } from "../language/format/expressions";
import { AUDIENCE_SYSTEM, CONCEPT_SYSTEM, CORE_EXTENSIONS, EXTENSIONS, SERVICE_SYSTEM, USAGE_CONTEXT_TYPE } from "./identifiers";
import { allFields } from "../language/walk";

type Json = Record<string, unknown>;

const FHIR_TYPES: Record<string, string> = {
  text: "string",
  longtext: "text",
  number: "decimal",
  date: "date",
  datetime: "dateTime",
  yesno: "boolean",
  choice: "choice",
  multichoice: "choice",
  person: "string",
  signature: "attachment",
};

/** que-0 asks for a machine-friendly name: `ed-paediatric` → `EdPaediatric`. */
export function machineName(id: string): string {
  const s = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("");
  return /^[A-Z]/.test(s) ? s.slice(0, 255) : `Form${s}`.slice(0, 255);
}

const UCUM: Record<string, string> = { day: "d", week: "wk", month: "mo", year: "a" };

function duration(d: Duration): Json {
  const unit = d.unit.text.replace(/s$/, "");
  const code = UCUM[unit];
  return code ? { value: d.amount, unit: d.unit.text, system: "http://unitsofmeasure.org", code } : { value: d.amount, unit: d.unit.text };
}

export function exportForm(form: Form, index?: WorkspaceIndex): Json {
  const fieldsById = new Map<string, Field>();
  for (const f of allFields(form.members)) if (!fieldsById.has(f.name.text)) fieldsById.set(f.name.text, f);
  const usedLinkIds = new Set<string>();

  const uniqueLinkId = (id: string, suffix: string) => {
    let linkId = id;
    for (let n = 1; usedLinkIds.has(linkId); n++) linkId = `${id}${suffix}${n > 1 ? n : ""}`;
    usedLinkIds.add(linkId);
    return linkId;
  };
  // Fields keep their id as linkId (conditions refer to it); sections give way on a clash.
  for (const id of fieldsById.keys()) usedLinkIds.add(id);

  const item = (m: Section | Field): Json => (m.kind === "section" ? sectionItem(m) : fieldItem(m));

  const sectionItem = (s: Section): Json => {
    const linkId = uniqueLinkId(s.name.text, "-section");
    const out: Json = { linkId, type: "group" };
    if (s.title) out.text = s.title.value;
    if (linkId !== s.name.text) out.extension = [{ url: EXTENSIONS.id, valueString: s.name.text }];
    out.item = s.members.map(item);
    return out;
  };

  const fieldItem = (f: Field): Json => {
    const type = f.type?.text ?? "text";
    const out: Json = { linkId: f.name.text };
    if (f.label) out.text = f.label.value;
    out.type = FHIR_TYPES[type] ?? "string";
    if (f.required) out.required = true;
    if (type === "multichoice") out.repeats = true;
    const extensions: Json[] = [];
    if (type === "person" || type === "signature") extensions.push({ url: EXTENSIONS.fieldType, valueCode: type });
    if (f.lookback) extensions.push({ url: EXTENSIONS.lookback, valueDuration: duration(f.lookback) });
    if (f.min && type === "number") extensions.push({ url: CORE_EXTENSIONS.minValue, valueDecimal: f.min.value });
    if (f.max && type === "number") extensions.push({ url: CORE_EXTENSIONS.maxValue, valueDecimal: f.max.value });
    if (f.hidden) extensions.push({ url: CORE_EXTENSIONS.hidden, valueBoolean: true });
    if (f.when?.kind === "expression") {
      // SDC's own element, which form fillers evaluate; an expression inside a larger condition
      // goes with the rest of it to the formguard `when` extension below.
      extensions.push({ url: CORE_EXTENSIONS.enableWhenExpression, valueExpression: { language: "text/fhirpath", expression: f.when.text } });
    } else if (f.when) {
      const ew = enableWhen(f.when, fieldsById);
      if (ew) {
        out.enableWhen = ew.list;
        if (ew.list.length > 1) out.enableBehavior = ew.behavior;
      } else extensions.push({ url: EXTENSIONS.when, valueString: printCondition(f.when) });
    }
    if (extensions.length) out.extension = extensions;
    const codings: Json[] = f.covers.map((c) => {
      const title = index?.concepts.get(c.text)?.[0]?.node.title?.value;
      return title ? { system: CONCEPT_SYSTEM, code: c.text, display: title } : { system: CONCEPT_SYSTEM, code: c.text };
    });
    for (const c of f.codes) {
      const bar = c.value.lastIndexOf("|");
      if (bar > 0) codings.push({ system: c.value.slice(0, bar), code: c.value.slice(bar + 1) });
    }
    if (codings.length) out.code = codings;
    if ((type === "choice" || type === "multichoice") && f.options.length) out.answerOption = f.options.map((o) => ({ valueString: o.value }));
    if (f.help) {
      out.item = [
        {
          linkId: uniqueLinkId(`${f.name.text}-help`, "-"),
          type: "display",
          text: f.help.value,
          extension: [{ url: CORE_EXTENSIONS.itemControl, valueCodeableConcept: { coding: [{ system: CORE_EXTENSIONS.itemControlSystem, code: "help", display: "Help-Button" }] } }],
        },
      ];
    }
    // Keep a stable, readable key order for diffs.
    const { linkId, text, type: t, required, repeats, enableWhen: e, enableBehavior, code, answerOption, extension, item: children } = out;
    return Object.fromEntries(Object.entries({ linkId, text, type: t, required, repeats, code, enableWhen: e, enableBehavior, answerOption, extension, item: children }).filter(([, v]) => v !== undefined));
  };

  const resource: Json = {
    resourceType: "Questionnaire",
    id: form.name.text,
    name: machineName(form.name.text),
  };
  if (form.title) resource.title = form.title.value;
  resource.status = "draft";
  if (form.version) resource.version = form.version.value;
  if (form.owner) resource.publisher = form.owner.value;
  const useContext: Json[] = [];
  if (form.service) useContext.push(context("program", { coding: [{ system: SERVICE_SYSTEM, code: form.service.text }] }));
  for (const a of form.audiences) useContext.push(context("focus", { coding: [{ system: AUDIENCE_SYSTEM, code: a.text }] }));
  if (form.ages) {
    const age = (v: number) => ({ value: v, unit: "years", system: "http://unitsofmeasure.org", code: "a" });
    useContext.push({ code: { system: USAGE_CONTEXT_TYPE, code: "age" }, valueRange: { low: age(form.ages.min.value), high: age(form.ages.max.value) } });
  }
  if (useContext.length) resource.useContext = useContext;
  const extensions: Json[] = form.tags.map((t) => ({ url: EXTENSIONS.tag, valueCode: t.text }));
  for (const w of form.waivers) {
    if (!w.reason) continue;
    const parts: Json[] = [
      { url: "rule", valueString: w.rule.text },
      { url: "reason", valueString: w.reason.value },
    ];
    if (w.by) parts.push({ url: "by", valueString: w.by.value });
    if (w.until) parts.push({ url: "until", valueDate: w.until.value });
    extensions.push({ url: EXTENSIONS.waiver, extension: parts });
  }
  if (extensions.length) resource.extension = extensions;
  resource.item = form.members.map(item);
  return resource;
}

function context(code: string, value: Json): Json {
  return { code: { system: USAGE_CONTEXT_TYPE, code }, valueCodeableConcept: value };
}

/**
 * A condition enableWhen can say exactly: one comparison, or comparisons all joined by `and`
 * (enableBehavior all) or all by `or` (any). Anything else (mixed and/or, `not` of a
 * comparison) goes to the formguard `when` extension instead, verbatim.
 */
function enableWhen(cond: Condition, fields: Map<string, Field>): { list: Json[]; behavior: "all" | "any" } | undefined {
  const flatten = (c: Condition, kind: "and" | "or", out: Condition[]): boolean => {
    if (c.kind === kind) return flatten(c.left, kind, out) && flatten(c.right, kind, out);
    if (c.kind === "and" || c.kind === "or") return false;
    out.push(c);
    return true;
  };
  for (const kind of ["and", "or"] as const) {
    const atoms: Condition[] = [];
    if (!flatten(cond, kind, atoms)) continue;
    const list = atoms.map((a) => atom(a, fields));
    if (list.every((x): x is Json => !!x)) return { list, behavior: kind === "and" ? "all" : "any" };
    return undefined;
  }
  return undefined;
}

function atom(c: Condition, fields: Map<string, Field>): Json | undefined {
  if (c.kind === "answered") return { question: c.field.text, operator: "exists", answerBoolean: true };
  if (c.kind === "not" && c.operand.kind === "answered") return { question: c.operand.field.text, operator: "exists", answerBoolean: false };
  if (c.kind !== "compare") return undefined;
  const answer = answerOf(c.value, fields.get(c.field.text));
  return answer ? { question: c.field.text, operator: c.op, ...answer } : undefined;
}

function answerOf(v: Value, target: Field | undefined): Json | undefined {
  if (v.kind === "word") return v.text === "yes" ? { answerBoolean: true } : v.text === "no" ? { answerBoolean: false } : undefined;
  if (v.kind === "number") return Number.isInteger(v.value) ? { answerInteger: v.value } : { answerDecimal: v.value };
  const t = target?.type?.text;
  if ((t === "date" || t === "datetime") && /^\d{4}-\d{2}-\d{2}/.test(v.value)) return t === "date" ? { answerDate: v.value } : { answerDateTime: v.value };
  return { answerString: v.value };
}

