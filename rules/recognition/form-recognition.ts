/**
 * Recognition over a form: which fields that cover nothing appear to ask about a concept the
 * form is missing — one that a rule applying to this form requires and no field covers. A
 * field whose best match is any other concept gets no suggestion (never the runner-up), so a
 * compliant form gets none and an untagged template gets them exactly where they count.
 */
import type { Field, Form, Section, StringLit } from "../../language/ast";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { printCondition } from "../../language/format/expressions";
import { applicableRules } from "../engine/applies";
import { compiledRules, type CompiledRule } from "../rule-set";
import type { FieldInfo, FormModel } from "../../language/model/form-model";
import { audienceSubject } from "./audience-subject";
import { isSignOffBlock } from "./sign-off";
import { actionColumn, isActionPlanBlock } from "./action-plan";
import { withoutItemNumber } from "./item-numbers";
import { followUpsRequired, shownWhenYes, wordedAsFollowUp } from "./condition-followups";
import { asksAName, isReferralForm, namePair, partnerOf } from "./referral-completer";
import { headingReadings } from "./section-topic";
import { conditionFieldsOf, sameTopicConcepts } from "./condition-topic";
import { asAttendance, asksWhoAttended, attendanceConcepts } from "./attendee-options";
import type { PromptText, Recognition, Recogniser } from "./recogniser";

export interface FieldRecognition {
  info: FieldInfo;
  recognition: Recognition;
  /** The general concept the words asked about, when the form kind made it the particular one (`refines`). */
  refined?: string;
  /** The prompt text that was recognised (the label, or the id spelled out when unlabelled). */
  prompt: string;
  /** The concept the field's words were read as, when on a referral it also counts as this one (referral-completer.ts). */
  paired?: string;
}

/** Concepts required by the rules that apply to a form and covered by none of its fields. */
export function missingConcepts(form: Form, model: FormModel, index: WorkspaceIndex): Set<string> {
  const out = new Set<string>();
  // Index loops and no closure: runs for every requirement of every applicable rule of every form.
  const lists = requiredConcepts(applicableRules(compiledRules(index), form));
  for (let i = 0; i < lists.length; i++) {
    const concepts = lists[i];
    if (anyCovered(concepts, model)) continue;
    for (let j = 0; j < concepts.length; j++) out.add(concepts[j]);
  }
  return out;
}

function anyCovered(concepts: readonly string[], model: FormModel): boolean {
  for (let i = 0; i < concepts.length; i++) if (model.byConcept.has(concepts[i])) return true;
  return false;
}

const requirementsByRules = new WeakMap<readonly CompiledRule[], string[][]>();
/**
 * The concepts of each requirement of these rules, one list per requirement. `applicableRules`
 * gives the same array to every form of a profile, so this is read from the rules once per profile.
 */
function requiredConcepts(rules: readonly CompiledRule[]): string[][] {
  let lists = requirementsByRules.get(rules);
  if (!lists) {
    lists = rules.flatMap((rule) => rule.decl.requires.map((req) => req.concepts.map((c) => c.text)));
    requirementsByRules.set(rules, lists);
  }
  return lists;
}

const refinementCache = new WeakMap<WorkspaceIndex, Map<string, string[]>>();
/** General concept → the concepts that declare they refine it. */
export function refinementsOf(index: WorkspaceIndex): Map<string, string[]> {
  let out = refinementCache.get(index);
  if (!out) {
    out = new Map();
    for (const [id, defs] of index.concepts) {
      for (const general of defs[0].node.refines) {
        const list = out.get(general.text) ?? [];
        list.push(id);
        out.set(general.text, list);
      }
    }
    refinementCache.set(index, out);
  }
  return out;
}

/**
 * The fields with no `covers` that ask a concept the form is missing, each with its recognition as
 * it counts on this form. `followUps` (`followUpsRequired` of the form's rules) says which concepts
 * are required to be shown when another is answered yes: a field shown only then, whose words
 * recognise nothing, is read as that follow-up (condition-followups.ts).
 */
export function recogniseFields(model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>, refinements: ReadonlyMap<string, string[]> = new Map(), followUps: ReadonlyMap<string, string[]> = NO_FOLLOW_UPS): FieldRecognition[] {
  const out: FieldRecognition[] = [];
  if (wanted.size === 0) return out; // nothing missing: nothing to suggest (and nothing to compute)
  const fields = model.fields;
  const subject = audienceSubject(model.form);
  const onReferral = isReferralForm(model.form);
  // What kind of block each section is (a sign-off, an action plan), worked out once per section, not once per field in it.
  const blocks = keptBlocksOf(model.form);
  const readIn = ++blocksReadings;
  // What each field was read as, and the fields read as nothing that are shown only on a yes (for their follow-ups).
  let readAs: Map<string, Recognition> | undefined;
  let unread: FieldInfo[] | undefined;
  // Fields shown on another's answer that count as nothing yet: read again under that field's topic.
  let shownOnAnswer: FieldInfo[] | undefined;
  for (let i = 0; i < fields.length; i++) {
    const info = fields[i];
    const f = info.field;
    // A field the form never shows asks nothing: it is no prompt, whatever its words.
    if (f.covers.length > 0 || f.hidden) continue;
    const prompt = labelOf(info);
    let block: FieldBlock | undefined;
    if (info.section) block = fieldBlock(keptSectionBlocks(info.section, onReferral, blocks, readIn), info);
    // The best match only: when that concept is covered elsewhere (or not needed here), offering
    // the runner-up instead would be a guess.
    const recognition = recogniseField(recogniser, info, prompt, siblingsOf(fields, i), subject, block);
    const counted = recognition && countedRecognition(recognition, wanted, refinements, model.byConcept);
    if (counted) out.push({ info, prompt, ...counted });
    // A follow-up's words may name something its example holds ("If yes, what has been done? (referral
    // to the LAC nurse…)"): read by its condition unless what its words name counts here.
    else if (followUps.size > 0 && shownWhenYes(f) && wordedAsFollowUp(withoutItemNumber(prompt))) (unread ??= []).push(info);
    if (!counted && f.when) (shownOnAnswer ??= []).push(info);
    if (recognition) (readAs ??= new Map()).set(f.name.text, recognition);
  }
  if (unread) out.push(...followUpRecognitions(unread, model, recogniser, wanted, followUps, readAs, out));
  if (onReferral && readAs) out.push(...referrerAsCompleter(model, recogniser, wanted, readAs, out));
  if (shownOnAnswer) out.push(...topicFollowUps(shownOnAnswer, model, recogniser, wanted, readAs, out));
  out.push(...attendeeLists(model, recogniser, wanted, out));
  // A heading naming what its section asks, over fields read as nothing (section-topic.ts).
  const taken = new Set(out.map((r) => r.recognition.concept));
  for (const h of headingReadings(fields, recogniser, wanted, taken, readAs, new Set(out.map((r) => r.info)))) {
    if (!out.some((r) => r.info === h.info)) out.push({ info: h.info, prompt: labelOf(h.info), recognition: h.recognition });
  }
  return out;
}

/**
 * On a referral, the referrer's name is the completer's and the completer's the referrer's
 * (referral-completer.ts): a name field read as one counts as the other too, when the form needs
 * the other and no field asks it. The first such field only.
 */
function referrerAsCompleter(model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>, readAs: ReadonlyMap<string, Recognition>, found: readonly FieldRecognition[]): FieldRecognition[] {
  const pair = namePair(recogniser);
  if (!pair) return [];
  const out: FieldRecognition[] = [];
  const taken = new Set(found.map((r) => r.recognition.concept));
  for (const info of model.fields) {
    const own = readAs.get(info.field.name.text);
    const partner = own === undefined ? undefined : partnerOf(pair, own.concept);
    if (!partner || !wanted.has(partner) || taken.has(partner)) continue;
    const prompt = labelOf(info);
    if (!asksAName(withoutItemNumber(prompt), info.field.type?.text)) continue;
    taken.add(partner);
    out.push({ info, prompt, recognition: { ...own!, concept: partner }, paired: own!.concept });
  }
  return out;
}

const NO_FOLLOW_UPS: ReadonlyMap<string, string[]> = new Map();

/** For `recogniseFields`: which concepts the rules that apply to a form require to follow a yes to another. */
export function followUpsOf(form: Form, index: WorkspaceIndex): ReadonlyMap<string, string[]> {
  return followUpsRequired(applicableRules(compiledRules(index), form));
}

/** Fields whose words recognised nothing, read as the follow-up their condition's answer requires (condition-followups.ts). */
function followUpRecognitions(unread: readonly FieldInfo[], model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>, followUps: ReadonlyMap<string, string[]>, readAs: ReadonlyMap<string, Recognition> | undefined, found: readonly FieldRecognition[]): FieldRecognition[] {
  const out: FieldRecognition[] = [];
  const taken = new Set(found.map((r) => r.recognition.concept));
  for (const info of unread) {
    const f = info.field;
    const on = shownWhenYes(f)!;
    const controlling = model.byId.get(on)?.field;
    if (!controlling) continue;
    const asked = controlling.covers.length > 0 ? controlling.covers.map((c) => c.text) : readAs?.has(on) ? [readAs.get(on)!.concept] : [];
    for (const concept of asked) {
      const follow = (followUps.get(concept) ?? []).find((d) => wanted.has(d) && !taken.has(d) && recogniser.answersAlike(f.type?.text, d));
      if (!follow) continue;
      taken.add(follow);
      // The phrase is the field's own condition as the form writes it: `declined != "No"` is read as
      // a yes to `declined`, but an explanation saying "is yes" would misquote the form.
      out.push({ info, prompt: labelOf(info), recognition: { concept: follow, score: 1, phrase: printCondition(f.when!), source: "condition", evidence: [on], after: { field: on, concept } } });
      break;
    }
  }
  return out;
}

/**
 * Fields shown on another field's answer that count as nothing, read as if headed by the topic
 * that field asks, as another aspect of it the form still needs (condition-topic.ts). Only where
 * every field the condition looks at asks the same concept, and the field is not already read as
 * a follow-up.
 */
function topicFollowUps(candidates: readonly FieldInfo[], model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>, readAs: ReadonlyMap<string, Recognition> | undefined, found: readonly FieldRecognition[]): FieldRecognition[] {
  const out: FieldRecognition[] = [];
  const taken = new Set(found.map((r) => r.recognition.concept));
  const done = new Set(found.map((r) => r.info));
  // What a field counts as on this form (a refined concept: the Whooley questions asked as the general
  // mood questions are the perinatal screen on a booking form), else what its words were read as.
  const counts = new Map(found.map((r) => [r.info.field.name.text, r.recognition.concept]));
  for (const info of candidates) {
    if (done.has(info)) continue;
    const on = conditionFieldsOf(info.field);
    if (!on) continue;
    let topic: string | undefined;
    for (const id of on) {
      const controlling = model.byId.get(id)?.field;
      const asks = !controlling ? undefined : controlling.covers.length === 1 ? controlling.covers[0].text : controlling.covers.length === 0 ? counts.get(id) ?? readAs?.get(id)?.concept : undefined;
      if (!asks || (topic !== undefined && asks !== topic)) { topic = undefined; break; }
      topic = asks;
    }
    if (!topic) continue;
    const allowed = sameTopicConcepts(topic, wanted, taken);
    if (allowed.size === 0) continue;
    const label = labelOf(info);
    // Only the label and the type are read: what the field follows says what it is about.
    const recognition = recogniser.recogniseUnderTopic({ label, type: info.field.type?.text }, topic, allowed);
    if (!recognition) continue;
    taken.add(recognition.concept);
    out.push({ info, prompt: label, recognition: { ...recognition, source: "label+condition", after: { field: on[0], concept: topic } } });
  }
  return out;
}

/**
 * A list of who attended ("Professionals present": "Health visitor", "Community midwife"), read as
 * the attendance of each option (attendee-options.ts): one recognition per option that counts.
 */
function attendeeLists(model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>, found: readonly FieldRecognition[]): FieldRecognition[] {
  const out: FieldRecognition[] = [];
  let taken: Set<string> | undefined;
  for (const info of model.fields) {
    const f = info.field;
    if (f.covers.length > 0 || f.hidden || f.type?.text !== "multichoice") continue;
    const label = labelOf(info);
    const options = f.options.map((o) => o.value);
    if (!asksWhoAttended(withoutItemNumber(label), f.type.text, options)) continue;
    const byOption: Array<{ option: string; concept: string; recognition: Recognition }> = [];
    for (const option of options) {
      const r = recogniser.recognise({ label: asAttendance(option), type: "yesno" });
      if (r) byOption.push({ option, concept: r.concept, recognition: r });
    }
    taken ??= new Set(found.map((r) => r.recognition.concept));
    for (const { option, concept } of attendanceConcepts(byOption)) {
      if (!wanted.has(concept) || taken.has(concept)) continue;
      taken.add(concept);
      const r = byOption.find((x) => x.option === option)!.recognition;
      out.push({ info, prompt: label, recognition: { ...r, source: "options", evidence: [option], attended: true } });
    }
  }
  return out;
}

/**
 * A field's last recognition, kept on its AST node with everything it was read from. The editor
 * re-checks the whole form at every keystroke, and the incremental re-parse keeps every node but
 * the one edited (language/incremental-parse.ts): comparing a field's texts with those it was
 * last read from is much cheaper than spelling out the memo key of its prompt, so only the edited
 * field and the two after it (their sibling changed) are read again. Exact: the recognition is a
 * function of the recogniser and of the prompt, and every part of the prompt is compared.
 */
interface KeptRecognition {
  recogniser: Recogniser;
  prompt: PromptText;
  result: Recognition | undefined;
}
const keptByField = new WeakMap<Field, KeptRecognition>();

function recogniseField(recogniser: Recogniser, info: FieldInfo, label: string, siblings: string[], subject: string | undefined, block: FieldBlock | undefined): Recognition | undefined {
  const context = contextOf(info);
  const kept = keptByField.get(info.field);
  if (kept && kept.recogniser === recogniser && kept.prompt.subject === subject && kept.prompt.block === block && samePrompt(kept.prompt, info.field, label, siblings, context)) return kept.result;
  const prompt = promptOf(info, label, siblings, context, subject, block);
  const result = recogniser.recognise(prompt);
  // The texts are kept as they are: a re-parsed field's strings are cut from a copy of its own
  // text, not from the document's (incremental-parse.ts), so they keep no version of it alive.
  keptByField.set(info.field, { recogniser, prompt, result });
  return result;
}

function samePrompt(p: PromptText, f: Field, label: string, siblings: readonly string[], context: readonly string[]): boolean {
  return (
    p.label === label &&
    p.help === f.help?.value &&
    p.type === f.type?.text &&
    sameValues(p.options!, f.options) &&
    sameValues(p.codes!, f.codes) &&
    sameStrings(p.siblings!, siblings) &&
    sameStrings(p.context!, context)
  );
}

function sameValues(kept: readonly string[], lits: readonly StringLit[]): boolean {
  if (kept.length !== lits.length) return false;
  for (let i = 0; i < kept.length; i++) if (kept[i] !== lits[i].value) return false;
  return true;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What a field's recognition counts as on a form of this kind: the concept itself when the form
 * needs it; the particular concept that refines it when the form needs that one and not the
 * general one (an IPV enquiry on a later-pregnancy care plan is the repeat enquiry; a mood screen
 * at maternity booking is the perinatal mental health screen); else nothing. Shared by the CLI's
 * paths (lint, `--infer`, explain) and the evaluation, so both count alike.
 */
export function countedRecognition(recognition: Recognition, wanted: ReadonlySet<string>, refinements: ReadonlyMap<string, string[]>, covered: ReadonlyMap<string, unknown>): Pick<FieldRecognition, "recognition" | "refined"> | undefined {
  if (wanted.has(recognition.concept)) return { recognition };
  const specific = (refinements.get(recognition.concept) ?? []).find((c) => wanted.has(c));
  if (specific && !covered.has(recognition.concept)) return { recognition: { ...recognition, concept: specific }, refined: recognition.concept };
  return undefined;
}

/** The text a field shows: its label, or its id spelled out when it has none. */
export function labelOf(info: FieldInfo): string {
  return fieldLabel(info.field);
}

function fieldLabel(field: Field): string {
  return field.label?.value ?? field.name.text.replace(/[_-]+/g, " ");
}

/**
 * The labels of the (at most two) fields just before `fields[i]` in the same section, nearest
 * first: a bare slot ("Relationship to child") is read beside them (`Recogniser` `bySibling`).
 */
export function siblingsOf(fields: readonly FieldInfo[], i: number): string[] {
  const section = fields[i].path[fields[i].path.length - 1];
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && out.length < 2; j--) {
    if (fields[j].path[fields[j].path.length - 1] !== section) break;
    out.push(labelOf(fields[j]));
  }
  return out;
}

/** Everything the form shows about a field: label, help, options, codes, the titles of the sections around it and the fields before it. */
export function promptOf(info: FieldInfo, label: string, siblings: string[] | undefined, context: string[] | undefined, subject: string | undefined, block: FieldBlock | undefined): PromptText {
  context ??= contextOf(info);
  const f = info.field;
  return { label, help: f.help?.value, options: f.options.map((o) => o.value), codes: f.codes.map((c) => c.value), context, siblings, type: f.type?.text, subject, ...(block ? { block } : {}) };
}

type FieldBlock = NonNullable<PromptText["block"]>;

/** What a section is, as blocks go: a sign-off (sign-off.ts), an action plan (action-plan.ts), both or neither. */
interface SectionBlocks {
  signOff?: "sign-off" | "referral-sign-off";
  actionPlan: boolean;
}

/**
 * The sections' blocks of the last form read, kept with everything they were worked out from. The
 * editor re-checks the whole form at every keystroke, and the incremental re-parse keeps the form's
 * node and every section whose text did not change: reading each section's labels against the
 * sign-off and action-plan patterns again was a tenth of a 5,000-line form's re-check. Exact: the
 * blocks are a function of the section's title, of whether the form is a referral and of each
 * field's label (or id) and type, in order, and every one of them is compared (`inputs`: label,
 * id, type per field) unless this reading of the form already compared them (`readIn`). One form
 * only, in a Map made per form: a batch reads each form once, and a WeakMap over every section of
 * a 1,000-form run cost it 0.8% more instructions for nothing.
 */
interface KeptBlocks {
  onReferral: boolean;
  title: string | undefined;
  inputs: Array<string | undefined>;
  blocks: SectionBlocks;
  /** The reading of the form (`recogniseFields` call) that last compared or made it. */
  readIn: number;
}
let lastForm: { form: Form; bySection: Map<Section, KeptBlocks> } | undefined;
let blocksReadings = 0;

function keptBlocksOf(form: Form): Map<Section, KeptBlocks> {
  if (lastForm?.form !== form) lastForm = { form, bySection: new Map() };
  return lastForm.bySection;
}

function keptSectionBlocks(section: Section, onReferral: boolean, kept: Map<Section, KeptBlocks>, readIn: number): SectionBlocks {
  const k = kept.get(section);
  if (k && (k.readIn === readIn || (k.onReferral === onReferral && k.title === section.title?.value && sameBlockInputs(k.inputs, section)))) {
    k.readIn = readIn;
    return k.blocks;
  }
  const inputs: Array<string | undefined> = [];
  const blocks = sectionBlocks(section, onReferral, inputs);
  kept.set(section, { onReferral, title: section.title?.value, inputs, blocks, readIn });
  return blocks;
}

/** `inputs`, when given, receives each field's label, id and type, in the same pass. */
function sectionBlocks(section: Section, onReferral: boolean, inputs?: Array<string | undefined>): SectionBlocks {
  // Every section holding an untagged field comes here: fields are read once, lazily, for both kinds.
  const fields: Array<{ label: string; type: string | undefined }> = [];
  for (const m of section.members) {
    if (m.kind !== "field") continue;
    fields.push({ label: withoutItemNumber(fieldLabel(m)), type: m.type?.text });
    inputs?.push(m.label?.value, m.name.text, m.type?.text);
  }
  // On a referral the block is the referrer's, who is whoever completes it (referral-completer.ts).
  const signOff = isSignOffBlock(section.title?.value, fields, onReferral) ? (onReferral ? "referral-sign-off" : "sign-off") : undefined;
  return { signOff, actionPlan: fields.length >= 2 && isActionPlanBlock(fields) };
}

function sameBlockInputs(inputs: ReadonlyArray<string | undefined>, section: Section): boolean {
  let n = 0;
  for (const m of section.members) {
    if (m.kind !== "field") continue;
    if (n + 3 > inputs.length || inputs[n] !== m.label?.value || inputs[n + 1] !== m.name.text || inputs[n + 2] !== m.type?.text) return false;
    n += 3;
  }
  return n === inputs.length;
}

/**
 * The kind of block a field stands in. A section that is both a plan and its sign-off (a health
 * plan's numbered actions, then "Name and role of practitioner completing this plan", "Signature",
 * "Date": round 21, set AC) reads each action's columns as the action's and the rest as the sign-off's.
 */
function fieldBlock(kinds: SectionBlocks, info: FieldInfo): FieldBlock | undefined {
  if (kinds.signOff && kinds.actionPlan) return actionColumn(withoutItemNumber(fieldLabel(info.field)), info.field.type?.text) ? "action-plan" : kinds.signOff;
  return kinds.signOff ?? (kinds.actionPlan ? "action-plan" : undefined);
}

/** The kind of block a field of `form` stands in, read from its section's title and fields (kept as `recogniseFields` keeps them). */
export function blockOf(info: FieldInfo, onReferral: boolean, form: Form): FieldBlock | undefined {
  if (!info.section) return undefined;
  // A reading of its own: what is kept is compared with the section first.
  return fieldBlock(keptSectionBlocks(info.section, onReferral, keptBlocksOf(form), ++blocksReadings), info);
}

/** The titles of the sections around a field, innermost first ("Person accompanying the child"). */
function contextOf(info: FieldInfo): string[] {
  // Built for every untagged field of every form, so one pass and no spare arrays.
  const context: string[] = [];
  for (let i = info.path.length - 1; i >= 0; i--) {
    const title = info.path[i].title?.value;
    if (title) context.push(title);
  }
  return context;
}

/**
 * Where a recognition came from, in words: nothing for a plain label match, else the signal
 * (help text, options, the section's title, a code) and, for a refinement, what was asked.
 */
export function recognitionSource(r: Pick<FieldRecognition, "recognition" | "refined" | "info" | "paired">): string {
  const parts: string[] = [];
  switch (r.recognition.source) {
    case "label+help": parts.push("from its help text"); break;
    case "options": parts.push(r.recognition.attended ? `its option "${r.recognition.evidence[0] ?? ""}" read as attending` : "from its options"); break;
    case "label+group": parts.push(`${r.recognition.row ? "read as a row of its section's question" : r.recognition.item ? "the first item of its section, whose heading names what it asks," : "read under its section"} "${r.info.path.map((s) => s.title?.value).filter(Boolean).reverse()[0] ?? ""}"`); break;
    case "label+sibling": parts.push(`read beside the field before it, "${r.recognition.beside ?? ""}"`); break;
    case "label+audience": parts.push(`read as the ${r.recognition.about ?? ""}'s, whom the form is about`); break;
    case "code": parts.push(`from its code ${r.recognition.phrase}`); break;
    case "label+condition": parts.push(`read as part of what \`${r.recognition.after?.field ?? ""}\` asks (${r.recognition.after?.concept ?? ""}), on whose answer it is shown`); break;
    case "condition": parts.push(`shown only when \`${r.recognition.phrase}\` (\`${r.recognition.after?.field ?? ""}\` asks ${r.recognition.after?.concept ?? ""}), which the rules follow with it`); break;
  }
  if (r.refined) parts.push(`asked as \`${r.refined}\`, which this kind of form needs as \`${r.recognition.concept}\``);
  if (r.paired) parts.push(`read as \`${r.paired}\`: on a referral, whoever completes the form is its referrer`);
  return parts.length ? `, ${parts.join(", ")}` : "";
}
