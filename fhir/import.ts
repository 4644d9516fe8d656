/**
 * FHIR R4 Questionnaire → form spec text. The mapping is documented in docs/fhir.md; in short:
 * groups → sections, questions → fields (linkId → id, text → label, required, answerOption →
 * options, enableWhen/enableBehavior → `when`, item.code in the formguard concept system →
 * `covers`), display items → comments.
 *
 * Nothing is dropped silently: what the form language cannot say (FHIRPath expressions,
 * calculated answers, unknown extensions, answers from external value sets) is kept as a
 * comment beside the field and listed in `notes` with the JSON pointer of where it came from,
 * so the CLI can report it as an info diagnostic.
 */
import type { Level } from "../language/diagnostic";
import { parseDocument } from "../language/parse";
import { quoteString } from "../language/strings";
import { enableWhenAsFhirPath } from "./enablewhen-fhirpath";
import { AUDIENCE_SYSTEM, CONCEPT_SYSTEM, CORE_EXTENSIONS, EXTENSIONS, PRESENTATION_EXTENSIONS, SERVICE_SYSTEM } from "./identifiers";
import { decodeCharRefs } from "./char-refs";
import { pointerOf } from "./json-scan";
import type { AnswerOption, Coding, EnableWhen, Extension, Questionnaire, QuestionnaireItem } from "./schema";

export interface ImportNote {
  ruleId: "fhir-not-imported";
  level: Level;
  message: string;
  /** JSON pointer of the element the note is about. */
  pointer: string;
}

export interface ImportOptions {
  /** Service and audiences to use when the Questionnaire does not carry them. */
  service?: string;
  audiences?: string[];
  /** Known ids, so a `useContext` coding from another system can still be recognised. */
  knownServices?: ReadonlySet<string>;
  knownAudiences?: ReadonlySet<string>;
}

export interface ImportResult {
  text: string;
  formId: string;
  notes: ImportNote[];
  /** Field id → JSON pointer of the item it came from. */
  fieldPointers: Map<string, string>;
  /** Field id → the linkId of the item it came from (what a reader of the JSON knows it by). */
  fieldLinkIds: Map<string, string>;
  /** Section id → JSON pointer of the group it came from. */
  sectionPointers: Map<string, string>;
  /**
   * Ids of sections whose group asks nothing but shows text (display items only: a page of
   * instructions or treatment advice). The form spec keeps that text as comments, so the
   * section is empty there; in the Questionnaire it is not.
   */
  textOnlySections: Set<string>;
  service?: string;
  audiences: string[];
  /** Where the service came from: the Questionnaire itself, or the caller's defaults. */
  serviceFrom?: "questionnaire" | "options";
}

type Cond = { text: string; atom: boolean };

interface Ctx {
  q: Questionnaire;
  notes: ImportNote[];
  ids: Map<string, string>; // pointer → id
  linkIdToPointer: Map<string, string>;
  pointerToItem: Map<string, QuestionnaireItem>;
  fieldPointers: Map<string, string>;
  fieldLinkIds: Map<string, string>;
  sectionPointers: Map<string, string>;
  fieldTypes: Map<string, string>; // pointer → formguard type
  fieldOptions: Map<string, Array<{ label: string; code?: string; system?: string }>>;
  /** Pointers of hidden items and groups (questionnaire-hidden on the item or a group around it): their fields are written `hidden`. */
  hidden: Set<string>;
  textOnlySections: Set<string>;
  /** linkIds of items with R5's type `coding`, said once for the Questionnaire. */
  r5Coding: string[];
  out: string[];
}

// Character references (`&#8217;`, `&amp;`) are decoded: the form shows the character, not the code.
// Most text is one line already: returned as it is, since a Questionnaire of 20,000 items with 50
// options each passes a million strings through here, twice.
const NOT_ONE_LINE = /&|[^\S ]| {2}|^ | $/;
const oneLine = (s: string) => (!NOT_ONE_LINE.test(s) ? s : decodeCharRefs(s).replace(/\r?\n|\r/g, " ").replace(/\s+/g, " ").trim());
/** Display text (titles, labels, options) on one line, as a string literal. Condition values use `quoteString` as they are: they must match answers exactly. */
const str = (s: string) => quoteString(oneLine(s));

/** A number as the form language writes one (no sign, no exponent), or undefined when it cannot. */
function numberText(n: unknown): string | undefined {
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0) return undefined;
  const s = String(n);
  return /^\d+(\.\d+)?$/.test(s) ? s : undefined;
}

const isRuleId = (s: string) => /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*(\/[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*)?$/.test(s);
const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(s + "T00:00:00Z").toISOString().slice(0, 10) === s;

/** A form-language id from any string: `[a-z][a-z0-9_-]*`. */
export function toId(raw: string, fallback = "item"): string {
  let s = raw
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "_")
    .replace(/^[_-]+|[_-]+$/g, "");
  if (!s) s = fallback;
  if (!/^[a-z]/.test(s)) s = `q_${s}`;
  return s;
}

function ext(list: Extension[] | undefined, url: string): Extension | undefined {
  return list?.find((e) => e.url === url);
}

export function importQuestionnaire(q: Questionnaire, opts: ImportOptions = {}): ImportResult {
  const ctx: Ctx = {
    q,
    notes: [],
    ids: new Map(),
    linkIdToPointer: new Map(),
    pointerToItem: new Map(),
    fieldPointers: new Map(),
    fieldLinkIds: new Map(),
    sectionPointers: new Map(),
    fieldTypes: new Map(),
    fieldOptions: new Map(),
    hidden: new Set(),
    textOnlySections: new Set(),
    r5Coding: [],
    out: [],
  };
  assignIds(ctx);
  // Types and options first: a condition may test an item that comes later in the form.
  for (const [pointer, item] of ctx.pointerToItem) {
    if (item.type === "group" || item.type === "display") continue;
    const { type, options } = fieldType(ctx, item, pointer);
    ctx.fieldTypes.set(pointer, type);
    ctx.fieldOptions.set(pointer, options);
  }
  if (ctx.r5Coding.length) {
    const n = ctx.r5Coding.length;
    const named = ctx.r5Coding.slice(0, 5).map((l) => `\`${l}\``).join(", ") + (n > 5 ? ` and ${n - 5} more` : "");
    const who = n === 1 ? `Item ${named} has` : `${n} items (${named}) have`;
    note(ctx, "", `${who} the type coding, FHIR R5's item for answers from a list: read as R4's choice, or open-choice where its answerConstraint allows other answers.`);
  }

  const formId = toId(q.name ?? q.id ?? q.title ?? "questionnaire", "questionnaire").replace(/[_-]+/g, "-");
  const header = formHeader(ctx, opts);
  const out = ctx.out;
  out.push(`// Imported from a FHIR R4 Questionnaire${q.url ? ` (${oneLine(q.url)})` : q.id ? ` (id ${oneLine(q.id)})` : ""}, status ${q.status}.`);
  if (q.description) out.push(`// ${oneLine(q.description).slice(0, 300)}`);
  out.push(`form ${formId}${q.title || q.name ? " " + str(q.title ?? q.name!) : ""} {`);
  for (const line of header.lines) out.push("  " + line);
  if (header.lines.length) out.push("");
  extensionComments(ctx, q.extension as Extension[] | undefined, "", "  ", new Set([EXTENSIONS.service, EXTENSIONS.audience, EXTENSIONS.tag, EXTENSIONS.owner, EXTENSIONS.waiver]));
  (q.item ?? []).forEach((item, i) => emitItem(ctx, item, `/item/${i}`, 1, []));
  for (const w of waivers(ctx)) out.push("  " + w);
  out.push("}");
  return {
    text: out.join("\n") + "\n",
    formId,
    notes: ctx.notes,
    fieldPointers: ctx.fieldPointers,
    fieldLinkIds: ctx.fieldLinkIds,
    sectionPointers: ctx.sectionPointers,
    textOnlySections: ctx.textOnlySections,
    service: header.service,
    audiences: header.audiences,
    serviceFrom: header.serviceFrom,
  };
}

/** Every item gets a unique, valid id before anything is written, so `when` can name any item. */
function assignIds(ctx: Ctx) {
  // Sections and fields are separate namespaces in a form (a section `plan` may hold a field `plan`).
  const used = { section: new Set<string>(), field: new Set<string>() };
  const visit = (items: QuestionnaireItem[] | undefined, base: string) => {
    (items ?? []).forEach((item, i) => {
      const pointer = `${base}/item/${i}`;
      ctx.pointerToItem.set(pointer, item);
      if (!ctx.linkIdToPointer.has(item.linkId)) ctx.linkIdToPointer.set(item.linkId, pointer);
      if (item.type !== "display") {
        const explicit = ext(item.extension as Extension[], EXTENSIONS.id)?.valueString;
        const wanted = typeof explicit === "string" && /^[a-z][a-z0-9_-]*$/.test(explicit) ? explicit : toId(item.linkId);
        const taken = item.type === "group" ? used.section : used.field;
        let id = wanted;
        for (let n = 2; taken.has(id); n++) id = `${wanted}_${n}`;
        taken.add(id);
        ctx.ids.set(pointer, id);
        if (item.type === "group") ctx.sectionPointers.set(id, pointer);
        else {
          ctx.fieldPointers.set(id, pointer);
          ctx.fieldLinkIds.set(id, item.linkId);
        }
      }
      visit(item.item, pointer);
    });
  };
  visit(ctx.q.item, "");
}

function formHeader(ctx: Ctx, opts: ImportOptions) {
  const q = ctx.q;
  const lines: string[] = [];
  let service: string | undefined;
  const audiences: string[] = [];
  let serviceFrom: ImportResult["serviceFrom"];
  const exts = (q.extension ?? []) as Extension[];
  const svcExt = ext(exts, EXTENSIONS.service)?.valueCode;
  if (typeof svcExt === "string") service = svcExt;
  for (const e of exts) if (e.url === EXTENSIONS.audience && typeof e.valueCode === "string") audiences.push(e.valueCode);
  let ages: string | undefined;
  (q.useContext ?? []).forEach((uc, i) => {
    const code = uc.code?.code;
    const codings = uc.valueCodeableConcept?.coding ?? [];
    if (code === "program") {
      const c = codings.find((x) => x.system === SERVICE_SYSTEM || (x.code && opts.knownServices?.has(x.code)));
      if (c?.code && !service) service = c.code;
    } else if (code === "focus") {
      for (const c of codings) if (c.code && (c.system === AUDIENCE_SYSTEM || opts.knownAudiences?.has(c.code)) && !audiences.includes(c.code)) audiences.push(c.code);
    } else if (code === "age") {
      const range = (uc as Record<string, unknown>).valueRange as { low?: { value?: number }; high?: { value?: number } } | undefined;
      if (typeof range?.low?.value === "number" && typeof range?.high?.value === "number") {
        const [low, high] = [numberText(range.low.value), numberText(range.high.value)];
        if (low && high) ages = `${low}..${high}`;
        else note(ctx, `/useContext/${i}`, `The age range ${range.low.value}..${range.high.value} cannot be written in the form language (ages are numbers from 0 up), so the form has no \`ages\`.`);
      }
    }
  });
  if (service) serviceFrom = "questionnaire";
  else if (opts.service) {
    service = opts.service;
    serviceFrom = "options";
  }
  if (!audiences.length && opts.audiences?.length) audiences.push(...opts.audiences);
  if (service) lines.push(`service ${toId(service)}`);
  if (audiences.length) lines.push(`audience ${audiences.map((a) => toId(a)).join(", ")}`);
  if (ages) lines.push(`ages ${ages}`);
  if (q.version) lines.push(`version ${str(q.version)}`);
  const owner = ext(exts, EXTENSIONS.owner)?.valueString;
  if (typeof owner === "string") lines.push(`owner ${str(owner)}`);
  else if (q.publisher) lines.push(`owner ${str(q.publisher)}`);
  const tags = exts.filter((e) => e.url === EXTENSIONS.tag && typeof e.valueCode === "string").map((e) => toId(e.valueCode as string));
  if (tags.length) lines.push(`tags ${tags.join(", ")}`);
  return { lines, service, audiences, serviceFrom };
}

function waivers(ctx: Ctx): string[] {
  const out: string[] = [];
  ((ctx.q.extension ?? []) as Extension[]).forEach((e, i) => {
    if (e.url !== EXTENSIONS.waiver) return;
    // Only the extension's url is checked by the schema: its parts may be anything.
    const parts = new Map<unknown, unknown>((Array.isArray(e.extension) ? (e.extension as unknown[]) : []).map((x) => {
      const p = (x && typeof x === "object" ? x : {}) as Extension;
      return [p.url, p.valueString ?? p.valueCode ?? p.valueDate];
    }));
    const text = (key: string) => {
      const v = parts.get(key);
      return typeof v === "string" ? v : undefined;
    };
    const rule = text("rule");
    const reason = text("reason");
    if (!rule || !reason) return;
    const by = text("by");
    const until = text("until");
    if (!isRuleId(rule) || (until && !isDate(until))) {
      note(ctx, `/extension/${i}`, `The waiver of ${JSON.stringify(oneLine(rule))} cannot be imported: ${!isRuleId(rule) ? "that is not a rule id" : `its end date ${JSON.stringify(oneLine(until!))} is not a date like 2027-03-31`}.`);
      return;
    }
    out.push(`waive ${rule} ${str(reason)}${by ? ` by ${str(by)}` : ""}${until ? ` until ${until}` : ""}`);
  });
  return out;
}

function note(ctx: Ctx, pointer: string, message: string) {
  ctx.notes.push({ ruleId: "fhir-not-imported", level: "info", message, pointer });
}

function extensionSummary(e: Extension): string {
  const value = Object.entries(e).find(([k]) => k.startsWith("value"));
  if (!value) return "";
  const [, v] = value;
  // Any JSON may arrive here: an expression or a code that is an object (even one without a
  // prototype, which String() cannot convert) is written as JSON, never converted blindly.
  if (v && typeof v === "object" && "expression" in (v as object)) return ` ${oneLine(jsonText((v as { expression: unknown }).expression))}`;
  const coding = (v as { coding?: unknown } | undefined)?.coding;
  const codes = Array.isArray(coding) ? coding.map((c: Coding | null) => c?.code).filter((c) => c !== undefined && c !== null && c !== "").map(jsonText) : [];
  if (codes.length) return ` ${codes.join(", ")}`;
  return ` ${oneLine(JSON.stringify(v)).slice(0, 160)}`;
}

/** A value as text: a string as it is, anything else as its JSON. */
function jsonText(x: unknown): string {
  return typeof x === "string" ? x : (JSON.stringify(x) ?? String(x));
}

/** Comments for extensions formguard does not read; a note for those that change behaviour. */
function extensionComments(ctx: Ctx, list: Extension[] | undefined, pointer: string, indent: string, handled: Set<string>, owner?: string) {
  (list ?? []).forEach((e, i) => {
    if (handled.has(e.url)) return;
    const short = e.url.replace(/^https?:\/\/hl7\.org\/fhir\/(uv\/sdc\/)?StructureDefinition\//, "");
    ctx.out.push(`${indent}// extension ${oneLine(short + ":" + extensionSummary(e))}`);
    if (PRESENTATION_EXTENSIONS.has(e.url)) return;
    const where = owner ? `Item \`${owner}\`` : "The Questionnaire";
    const what = /calculatedExpression/.test(e.url)
      ? "computes its answer with a FHIRPath calculatedExpression"
      : /initialExpression|candidateExpression/.test(e.url)
          ? "is pre-populated by a FHIRPath expression"
          : /StructureDefinition\/variable$/.test(e.url)
            ? "defines a FHIRPath variable"
            : `has the extension ${e.url}`;
    note(ctx, `${pointer}/extension/${i}`, `${where} ${what}, which a form spec cannot express; it is kept as a comment and not checked.`);
  });
}

const TYPE_MAP: Record<string, string> = {
  boolean: "yesno",
  decimal: "number",
  integer: "number",
  date: "date",
  dateTime: "datetime",
  time: "text",
  string: "text",
  text: "longtext",
  url: "text",
  choice: "choice",
  "open-choice": "choice",
  coding: "choice",
  attachment: "text",
  reference: "text",
  quantity: "number",
  question: "text",
};

function optionsOf(ctx: Ctx, item: QuestionnaireItem, pointer: string): Array<{ label: string; code?: string; system?: string }> | undefined {
  if (item.answerOption?.length) return item.answerOption.map(optionLabel).filter((o): o is NonNullable<typeof o> => !!o);
  if (item.answerValueSet) {
    const vs = item.answerValueSet.startsWith("#") ? (ctx.q.contained ?? []).find((c) => c.resourceType === "ValueSet" && c.id === item.answerValueSet!.slice(1)) : undefined;
    const concepts: Array<{ label: string; code?: string; system?: string }> = [];
    const compose = (vs as { compose?: { include?: Array<{ system?: string; concept?: Array<{ code?: string; display?: string }> }> } } | undefined)?.compose;
    for (const inc of compose?.include ?? []) for (const c of inc.concept ?? []) if (c.display || c.code) concepts.push({ label: (c.display ?? c.code)!, code: c.code, system: inc.system });
    const expansion = (vs as { expansion?: { contains?: Array<{ system?: string; code?: string; display?: string }> } } | undefined)?.expansion;
    for (const c of expansion?.contains ?? []) if ((c.display || c.code) && !concepts.some((x) => x.code === c.code)) concepts.push({ label: (c.display ?? c.code)!, code: c.code, system: c.system });
    if (concepts.length) return concepts;
    note(ctx, `${pointer}/answerValueSet`, `Item \`${item.linkId}\` takes its answers from the value set ${item.answerValueSet}, which formguard does not fetch: it is imported as a free-text field.`);
  }
  return undefined;
}

function optionLabel(o: AnswerOption): { label: string; code?: string; system?: string } | undefined {
  if (o.valueCoding) {
    const label = o.valueCoding.display ?? o.valueCoding.code;
    return label ? { label: oneLine(label), code: o.valueCoding.code, system: o.valueCoding.system } : undefined;
  }
  if (typeof o.valueString === "string") return { label: oneLine(o.valueString), code: o.valueString };
  if (typeof o.valueInteger === "number") return { label: String(o.valueInteger), code: String(o.valueInteger) };
  if (typeof o.valueDate === "string") return { label: o.valueDate };
  if (typeof o.valueTime === "string") return { label: o.valueTime };
  if (o.valueReference?.display) return { label: oneLine(o.valueReference.display) };
  return undefined;
}

/** The formguard type of a question item, and whether its options came through. */
function fieldType(ctx: Ctx, item: QuestionnaireItem, pointer: string): { type: string; options: Array<{ label: string; code?: string; system?: string }> } {
  const explicit = ext(item.extension as Extension[], EXTENSIONS.fieldType)?.valueCode;
  if (typeof explicit === "string" && /^(person|signature|text|longtext)$/.test(explicit)) return { type: explicit, options: [] };
  let type = TYPE_MAP[item.type] ?? "text";
  let options: Array<{ label: string; code?: string; system?: string }> = [];
  if (item.type === "coding") ctx.r5Coding.push(item.linkId);
  if (item.type === "choice" || item.type === "open-choice" || item.type === "coding") {
    const found = optionsOf(ctx, item, pointer);
    if (found?.length) {
      options = dedupe(found);
      if (item.repeats) type = "multichoice";
    } else {
      type = "text";
      if (!item.answerValueSet) note(ctx, `${pointer}/type`, `Item \`${item.linkId}\` is a ${item.type} question with no answer options: it is imported as a free-text field.`);
    }
  } else if (item.type === "attachment" || item.type === "reference" || item.type === "time" || item.type === "quantity") {
    note(ctx, `${pointer}/type`, `Item \`${item.linkId}\` is a FHIR ${item.type}, which has no form type of its own: it is imported as a ${type} field.`);
  }
  return { type, options };
}

/**
 * Whether an R5 `coding` item takes answers other than its options: its `answerConstraint`
 * (the R5 element, or its cross-version extension in R4 content) is `optionsOrString` or
 * `optionsOrType`; without one, R5 means `optionsOnly`.
 */
function opensToOtherAnswers(item: QuestionnaireItem): boolean {
  const own = item.answerConstraint;
  const constraint = typeof own === "string" ? own : ext(item.extension as Extension[], CORE_EXTENSIONS.answerConstraint)?.valueCode;
  return constraint === "optionsOrString" || constraint === "optionsOrType";
}

/** A group with display text somewhere inside it and no question at any depth. */
function showsOnlyText(group: QuestionnaireItem): boolean {
  let text = false;
  const visit = (items: QuestionnaireItem[] | undefined): boolean => {
    for (const i of items ?? []) {
      if (i.type === "display") text ||= !!i.text?.trim();
      else if (i.type !== "group" || !visit(i.item)) return false;
    }
    return true;
  };
  return visit(group.item) && text;
}

function dedupe(options: Array<{ label: string; code?: string; system?: string }>) {
  const seen = new Set<string>();
  return options.filter((o) => (seen.has(o.label) ? false : (seen.add(o.label), true)));
}

function emitItem(ctx: Ctx, item: QuestionnaireItem, pointer: string, depth: number, inherited: Cond[]) {
  const indent = "  ".repeat(depth);
  const out = ctx.out;
  if (item.type === "display") {
    if (item.text) out.push(`${indent}// note: ${oneLine(item.text)}`);
    (item.item ?? []).forEach((child, i) => emitItem(ctx, child, `${pointer}/item/${i}`, depth, inherited));
    return;
  }
  const id = ctx.ids.get(pointer)!;
  const own = conditionOf(ctx, item, pointer);
  const parent = pointer.slice(0, pointer.lastIndexOf("/item/"));
  const hidden = ctx.hidden.has(parent) || ext(item.extension as Extension[], CORE_EXTENSIONS.hidden)?.valueBoolean === true;
  if (hidden) {
    ctx.hidden.add(pointer);
    // A section cannot be hidden: each field in it is (`hidden`).
    if (item.type === "group") out.push(`${indent}// hidden: never shown to the person completing the form, nor is anything in this group`);
  }
  // Read into the field's `when` (conditionOf), so not a comment as well.
  const inWhen = enableWhenExpressionOf(item) !== undefined ? [CORE_EXTENSIONS.enableWhenExpression] : [];
  const conds = own ? [...inherited, own] : inherited;

  if (item.type === "group") {
    if (showsOnlyText(item)) ctx.textOnlySections.add(id);
    if (id !== item.linkId) out.push(`${indent}// linkId ${JSON.stringify(item.linkId)}`);
    if (item.repeats) out.push(`${indent}// repeats: this group may be answered more than once`);
    extensionComments(ctx, item.extension as Extension[] | undefined, pointer, indent, new Set([EXTENSIONS.id, EXTENSIONS.when, CORE_EXTENSIONS.hidden, ...inWhen]), item.linkId);
    out.push(`${indent}section ${id}${item.text ? " " + str(item.text) : ""} {`);
    if (own) out.push(`${indent}  // shown when ${own.text} (the group's enableWhen applies to each field in it)`);
    (item.item ?? []).forEach((child, i) => emitItem(ctx, child, `${pointer}/item/${i}`, depth + 1, conds));
    out.push(`${indent}}`);
    return;
  }

  const type = ctx.fieldTypes.get(pointer)!;
  const options = ctx.fieldOptions.get(pointer)!;
  if (id !== item.linkId) out.push(`${indent}// linkId ${JSON.stringify(item.linkId)}`);
  if (item.type === "open-choice" || (item.type === "coding" && opensToOtherAnswers(item))) out.push(`${indent}// open-choice: answers other than the options are allowed`);
  if (item.prefix) out.push(`${indent}// prefix ${JSON.stringify(item.prefix)}`);
  if (item.readOnly) out.push(`${indent}// read-only`);
  if (typeof item.maxLength === "number") out.push(`${indent}// maxLength ${item.maxLength}`);
  if (item.initial?.length) out.push(`${indent}// initial ${oneLine(JSON.stringify(item.initial)).slice(0, 160)}`);
  if (item.definition) out.push(`${indent}// definition ${oneLine(item.definition)}`);
  if (item.repeats && type !== "multichoice") out.push(`${indent}// repeats: may be answered more than once`);
  const covers: string[] = [];
  const codes: string[] = [];
  for (const c of (item.code ?? []) as Coding[]) {
    if (c.system === CONCEPT_SYSTEM && c.code) covers.push(c.code);
    else if (c.system && c.code) {
      codes.push(`${oneLine(c.system)}|${oneLine(c.code)}`);
      if (c.display) out.push(`${indent}// code ${oneLine(c.system)}|${oneLine(c.code)} ${JSON.stringify(oneLine(c.display))}`);
    } else out.push(`${indent}// code ${oneLine([c.system, c.code].filter(Boolean).join("|"))}${c.display ? ` ${JSON.stringify(oneLine(c.display))}` : ""}`);
  }
  const exts = (item.extension ?? []) as Extension[];
  extensionComments(ctx, exts, pointer, indent, new Set([EXTENSIONS.id, EXTENSIONS.when, EXTENSIONS.lookback, EXTENSIONS.fieldType, CORE_EXTENSIONS.minValue, CORE_EXTENSIONS.maxValue, CORE_EXTENSIONS.hidden, ...inWhen]), item.linkId);

  // Display children: a "help" display becomes the field's help; others stay as notes.
  let help: string | undefined;
  const children = item.item ?? [];
  const nested: Array<[QuestionnaireItem, string]> = [];
  children.forEach((child, i) => {
    const childPointer = `${pointer}/item/${i}`;
    if (child.type === "display") {
      const control = ext(child.extension as Extension[], CORE_EXTENSIONS.itemControl) as { valueCodeableConcept?: { coding?: Coding[] } } | undefined;
      const isHelp = control?.valueCodeableConcept?.coding?.some((c) => c.code === "help" || c.code === "flyover");
      if (isHelp && !help && child.text) help = child.text;
      else if (child.text) out.push(`${indent}// note: ${oneLine(child.text)}`);
    } else nested.push([child, childPointer]);
  });

  // A choice with no text and one answer (a lone check-box: "Unable to perform respiratory rate
  // at this time") shows that answer's words as its prompt: they are its label. Not a bare "Yes"
  // or "Other": a box labelled with one word still asks no question.
  const lone = options.length === 1 && (type === "choice" || type === "multichoice") ? options[0].label.trim() : "";
  const label = item.text || (lone.split(/\s+/).length >= 2 ? lone : undefined);
  if (label && !item.text) out.push(`${indent}// no text: labelled by its only answer option, the words the form shows beside it`);

  const when = conds.length ? conds.map((c) => (conds.length > 1 && !c.atom ? `(${c.text})` : c.text)).join(" and ") : "";
  const head = `${indent}field ${id} ${type}${item.required ? " required" : ""}${hidden ? " hidden" : ""}${when ? ` when ${when}` : ""}`;
  const body: string[] = [];
  if (label) body.push(`label ${str(label)}`);
  if (help) body.push(`help ${str(help)}`);
  if (covers.length) body.push(`covers ${covers.map((c) => toConceptId(c)).join(", ")}`);
  if (codes.length) body.push(`codes ${codes.map(str).join(", ")}`);
  if (options.length && (type === "choice" || type === "multichoice")) body.push(`options ${options.map((o) => str(o.label)).join(", ")}`);
  const lookbackExt = ext(exts, EXTENSIONS.lookback);
  const lookback = lookbackOf(lookbackExt);
  if (lookback) body.push(`lookback ${lookback}`);
  // One the form language cannot write (a negative, a fraction, 1e21, an unknown unit) is said, not dropped unseen.
  else if (lookbackExt) note(ctx, pointer, `Item \`${item.linkId}\` has a formguard lookback extension the form language cannot write (${oneLine(extensionSummary(lookbackExt)).slice(0, 80)}): no \`lookback\` was written for it.`);
  for (const [url, kw] of [[CORE_EXTENSIONS.minValue, "min"], [CORE_EXTENSIONS.maxValue, "max"]] as const) {
    const e = ext(exts, url);
    const v = e?.valueInteger ?? e?.valueDecimal;
    if (typeof v !== "number" || type !== "number") continue;
    const written = numberText(v);
    if (written) body.push(`${kw} ${written}`);
    else note(ctx, pointer, `Item \`${item.linkId}\` has a ${kw}imum of ${v}, which the form language cannot write (numbers from 0 up), so it is not imported.`);
  }
  if (body.length) {
    out.push(`${head} {`);
    for (const b of body) out.push(`${indent}  ${b}`);
    out.push(`${indent}}`);
  } else out.push(head);

  for (const [child, childPointer] of nested) {
    out.push(`${indent}// the next item is nested under \`${id}\` in the Questionnaire`);
    emitItem(ctx, child, childPointer, depth, conds);
  }
}

function toConceptId(code: string): string {
  return /^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)*$/.test(code) ? code : toId(code);
}

const UNITS: Record<string, string> = { d: "days", day: "days", days: "days", wk: "weeks", week: "weeks", weeks: "weeks", mo: "months", month: "months", months: "months", a: "years", year: "years", years: "years", "working day": "working-days", "working days": "working-days", "working-days": "working-days" };

function lookbackOf(e: Extension | undefined): string | undefined {
  const d = e?.valueDuration as { value?: number; unit?: string; code?: string } | undefined;
  // A safe integer only: 1e21 is an integer too, and would be written "1e+21", which no lexer reads as a number.
  if (!d || typeof d.value !== "number" || !Number.isSafeInteger(d.value) || d.value < 0) return undefined;
  const unit = UNITS[(d.unit ?? "").toLowerCase()] ?? UNITS[d.code ?? ""];
  if (!unit) return undefined;
  return `${d.value} ${d.value === 1 ? unit.replace(/s$/, "") : unit}`;
}

/** `enableWhen` + `enableBehavior` → a condition, or the formguard `when` extension verbatim. */
function conditionOf(ctx: Ctx, item: QuestionnaireItem, pointer: string): Cond | undefined {
  const whenExt = ext(item.extension as Extension[], EXTENSIONS.when)?.valueString;
  if (typeof whenExt === "string" && whenExt.trim()) {
    const text = conditionText(whenExt);
    // An enableWhenExpression beside it (not one formguard's export writes) is kept too, never dropped.
    const expression = enableWhenExpressionOf(item);
    if (text) return expression === undefined ? { text, atom: false } : { text: `(${text}) and expression ${quoteString(expression)}`, atom: false };
    note(ctx, pointer, `Item \`${item.linkId}\` has a formguard \`when\` extension that is not one condition of the form language (${JSON.stringify(oneLine(whenExt).slice(0, 80))}); its enableWhen is used instead.`);
  }
  const list = item.enableWhen ?? [];
  const parts: string[] = [];
  list.forEach((ew, i) => {
    const p = term(ctx, ew, `${pointer}/enableWhen/${i}`, item.linkId);
    if (p) parts.push(p);
  });
  const joiner = list.length > 1 && item.enableBehavior === "any" ? " or " : " and ";
  const fromList: Cond | undefined = parts.length ? { text: parts.join(joiner), atom: parts.length === 1 } : undefined;
  // SDC's enableWhenExpression (FHIRPath): kept whole as `expression "…"`, so the field stays
  // conditional — formguard does not evaluate it, and a required prompt behind it is not asked
  // every time. (SDC forbids it beside enableWhen; should both come, the field needs both.)
  const expression = enableWhenExpressionOf(item);
  if (expression === undefined) return fromList;
  const atom: Cond = { text: `expression ${quoteString(expression)}`, atom: true };
  return fromList ? { text: `${fromList.atom ? fromList.text : `(${fromList.text})`} and ${atom.text}`, atom: false } : atom;
}

/** The item's enableWhenExpression, when it carries one with an expression (even an empty one: the field stays conditional). */
function enableWhenExpressionOf(item: QuestionnaireItem): string | undefined {
  const e = ext(item.extension as Extension[], CORE_EXTENSIONS.enableWhenExpression) as { valueExpression?: { expression?: unknown } } | undefined;
  const expression = e?.valueExpression?.expression;
  return typeof expression === "string" ? expression : undefined;
}

/**
 * The `when` extension's text on one line, if it is exactly one well-formed condition: nothing
 * after it (no `{`, no second field), no comment.
 */
function conditionText(raw: string): string | undefined {
  const text = raw.replace(/\r\n|\r|\n/g, " ").trim();
  const prefix = "form f {\n  field x text when ";
  const doc = parseDocument("when", `${prefix}${text}\n}\n`);
  const form = doc.ast.items[0];
  if (doc.syntaxErrors.length || doc.ast.comments.length || doc.ast.items.length !== 1 || form.kind !== "form" || form.members.length !== 1) return undefined;
  const field = form.members[0];
  return field.kind === "field" && field.whenSpan?.end === prefix.length + text.length ? text : undefined;
}

function term(ctx: Ctx, ew: EnableWhen, pointer: string, owner: string): string | undefined {
  const targetPointer = ctx.linkIdToPointer.get(ew.question);
  const target = targetPointer ? ctx.ids.get(targetPointer) : undefined;
  // No such item here (a module's condition on the form it is assembled into; a mistyped linkId,
  // reported by fhir-enablewhen-unknown-item): kept as FHIRPath, so the field stays conditional.
  if (!targetPointer || !target) return `expression ${quoteString(enableWhenAsFhirPath(ew))}`;
  const type = ctx.fieldTypes.get(targetPointer) ?? TYPE_MAP[ctx.pointerToItem.get(targetPointer)?.type ?? ""] ?? "text";
  const fallback = (why: string) => {
    note(ctx, pointer, `Item \`${owner}\` is enabled when \`${ew.question}\` ${ew.operator} ${answerText(ew)}; ${why}, so it is imported as "when ${target} answered" (still conditional).`);
    return `${target} answered`;
  };
  if (ew.operator === "exists") return ew.answerBoolean === false ? `not ${target} answered` : `${target} answered`;
  const op = ew.operator;
  const ordered = op !== "=" && op !== "!=";
  if (typeof ew.answerBoolean === "boolean") {
    if (type !== "yesno" || ordered) return fallback("a yes/no answer on a field that is not yes/no cannot be compared");
    return `${target} ${op} ${ew.answerBoolean ? "yes" : "no"}`;
  }
  if (typeof ew.answerInteger === "number" || typeof ew.answerDecimal === "number") {
    const n = (ew.answerInteger ?? ew.answerDecimal)!;
    if (type === "number") {
      const written = numberText(n);
      return written ? `${target} ${op} ${written}` : fallback(`the form language cannot write the number ${n} (numbers from 0 up)`);
    }
    if ((type === "choice" || type === "multichoice") && !ordered) {
      const opt = (ctx.fieldOptions.get(targetPointer) ?? []).find((o) => o.code === String(n) || o.label === String(n));
      if (opt) return `${target} ${op} ${str(opt.label)}`;
    }
    return fallback(`the form language compares a ${type} field with ${ordered ? "= or != only" : "its own options"}`);
  }
  const textual = ew.answerString ?? ew.answerCoding?.code ?? ew.answerCoding?.display;
  if (typeof textual === "string" && !ordered) {
    if (type === "choice" || type === "multichoice") {
      const options = ctx.fieldOptions.get(targetPointer) ?? [];
      const c = ew.answerCoding;
      const opt = options.find((o) => (c ? o.code === c.code && (!c.system || !o.system || o.system === c.system) : o.code === textual || o.label === textual));
      if (opt) return `${target} ${op} ${str(opt.label)}`;
      return fallback(`"${textual}" is not one of its imported options`);
    }
    if (type === "text" || type === "longtext") return `${target} ${op} ${quoteString(ew.answerString ?? ew.answerCoding?.display ?? textual)}`;
  }
  if ((ew.answerDate || ew.answerDateTime) && (type === "date" || type === "datetime")) return `${target} ${op} ${str((ew.answerDate ?? ew.answerDateTime)!)}`;
  return fallback("the form language cannot compare that kind of answer");
}

function answerText(ew: EnableWhen): string {
  for (const [k, v] of Object.entries(ew)) if (k.startsWith("answer")) return typeof v === "object" ? JSON.stringify(v) : String(v);
  return "(no answer)";
}

export { pointerOf };
