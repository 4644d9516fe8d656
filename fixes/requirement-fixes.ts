/**
 * Fixes for pack-rule diagnostics, from the facts the engine put in `data`
 * (rules/engine/evaluate-form.ts): insert the missing field, make a field required, set its
 * look-back, type, options or `when`, declare a header property.
 */
import type { Field, Form } from "../language/ast";
import type { Diagnostic } from "../language/diagnostic";
import { factsField, type FieldSkeleton } from "../language/diagnostic-facts";
import type { WorkspaceIndex } from "../language/model/workspace";
import { quoteString } from "../language/format/index";
import { printCondition } from "../language/format/expressions";
import type { TextEdit } from "../language/text-edit";
import { DEFAULT_CHOICE_OPTIONS } from "../rules/engine/evaluate-form";
import { addFieldProperty, makeRequired, removeHidden, removeWhen, setWhen } from "./field-edits";
import type { FixDraft } from "./index";
import { allSections } from "../language/walk";
import { fieldAt, formMembers, nothingBetween, type DocText } from "./text";

export function requirementFixes(t: DocText, form: Form, d: Diagnostic, index: WorkspaceIndex): FixDraft[] {
  const data = d.data;
  if (!data) return [];
  const field = () => fieldAt(form, factsField(data), d.span.start);
  switch (data.kind) {
    case "missing-concept": {
      const skeleton = data.skeleton;
      const edit = insertField(t, form, skeleton, data.section);
      const where = data.section !== undefined ? `section \`${data.section}\`` : `form \`${form.name.text}\``;
      return [{ title: `Add field \`${skeleton.id}\` covering ${skeleton.concept} to ${where}`, edits: [edit], preferred: true }];
    }
    case "make-required": {
      const f = field();
      return f ? [{ title: `Make \`${f.name.text}\` required`, edits: [makeRequired(f)], preferred: true }] : [];
    }
    case "conditional": {
      const f = field();
      const remove = f && removeWhen(t, f);
      if (!f || !remove) return [];
      const edits: TextEdit[] = [remove];
      if (!f.required) edits.push(makeRequired(f));
      // Asking a question of everyone changes the form's flow: offered, never applied by --fix.
      return [{ title: `Ask \`${f.name.text}\` every time: remove its \`when\`${f.required ? "" : " and make it required"}`, edits, preferred: false }];
    }
    case "hidden-field": {
      const f = field();
      const show = f && removeHidden(t, f);
      // Whether to show a value the form fills in itself is the author's call: offered, never applied by --fix.
      return f && show ? [{ title: `Show \`${f.name.text}\`: remove \`hidden\``, edits: [show], preferred: false }] : [];
    }
    case "shown-when": {
      const f = field();
      const when = data.when;
      if (!f || !when) return [];
      // Replacing one comparison with another corrects it; replacing anything more (an `and`, an
      // `expression "…"`) would drop logic the author wrote, so that is only offered, never applied by --fix.
      const replaces = f.when && f.when.kind !== "compare" && f.when.kind !== "answered" ? printCondition(f.when) : undefined;
      if (replaces !== undefined) return [{ title: `Show \`${f.name.text}\` when ${when} instead of when ${replaces}`, edits: [setWhen(f, when)], preferred: false }];
      return [{ title: `Show \`${f.name.text}\` when ${when}`, edits: [setWhen(f, when)], preferred: true }];
    }
    case "lookback": {
      const f = field();
      const value = data.value;
      if (!f || !value) return [];
      const edit: TextEdit = f.lookback ? { span: f.lookback.span, newText: value } : addFieldProperty(t, f, `lookback ${value}`, "last");
      return [{ title: `Set the look-back of \`${f.name.text}\` to ${value}`, edits: [edit], preferred: true }];
    }
    case "type": {
      const f = field();
      return f ? typeFixes(t, f, data.expected, index) : [];
    }
    case "options-include": {
      const f = field();
      const option = data.option;
      if (!f) return [];
      return [{ title: `Add the option ${quoteString(option)} to \`${f.name.text}\``, edits: [addOption(t, f, option)], preferred: true }];
    }
    case "missing-header": {
      const property = data.property;
      if (property === "version") return [{ title: 'Add `version "1.0"` to the form header', edits: [addHeaderLine(t, form, 'version "1.0"')], preferred: true }];
      // Only a person can say who owns a form: offered with a placeholder, never applied by --fix.
      if (property === "owner") return [{ title: 'Add `owner "…"` to the form header', edits: [addHeaderLine(t, form, 'owner "…"')], preferred: false }];
      return [];
    }
  }
  return [];
}

/** The skeleton's lines, relative to the field's own indentation. */
export function skeletonLines(s: FieldSkeleton, unit: string): string[] {
  const header = `field ${s.id} ${s.type}${s.required ? " required" : ""}${s.when ? ` when ${s.when}` : ""} {`;
  const lines = [header, `${unit}label ${quoteString(s.label)}`, `${unit}covers ${s.concept}`];
  if (s.options.length) lines.push(`${unit}options ${s.options.map(quoteString).join(", ")}`);
  if (s.lookback) lines.push(`${unit}lookback ${s.lookback}`);
  lines.push("}");
  return lines;
}

/** The skeleton field at the end of its section, or of the form's body before any waivers. */
function insertField(t: DocText, form: Form, skeleton: FieldSkeleton, sectionName: string | undefined): TextEdit {
  const lines = skeletonLines(skeleton, t.unit);
  const section = sectionName === undefined ? undefined : allSections(form.members).find((s) => s.name.text === sectionName);
  if (section?.body) {
    const indent = t.memberIndent(section.span.start, section.members);
    const close = section.body.end - 1;
    const last = section.members[section.members.length - 1];
    const blankBefore = !!last && last.kind === "section" && nothingBetween(t.doc, last.span.end, close);
    return t.insertBeforeClose(close, lines, indent, { blankBefore });
  }
  const members = formMembers(form);
  const indent = t.memberIndent(form.span.start, members);
  const firstWaiver = members.find((m) => m.kind === "waiver");
  if (firstWaiver) {
    const before = members.filter((m) => m.span.end <= firstWaiver.span.start);
    const anchor = before[before.length - 1];
    if (anchor) return t.insertAfter(anchor.span.end, lines, indent, { blankBefore: anchor.kind === "section" });
    return t.insertAfter(form.body!.start + 1, lines, indent, { blankAfter: true });
  }
  return atEndOfForm(t, form, lines, indent);
}

/** Lines at the very end of a form's body, above its `}`. */
export function atEndOfForm(t: DocText, form: Form, lines: string[], indent = t.memberIndent(form.span.start, formMembers(form))): TextEdit {
  const close = form.body!.end - 1;
  const members = formMembers(form);
  const last = members[members.length - 1];
  const blankBefore = !!last && last.kind === "section" && nothingBetween(t.doc, last.span.end, close);
  return t.insertBeforeClose(close, lines, indent, { blankBefore });
}

/** A header property line after the form's other header properties (or first in its body). */
function addHeaderLine(t: DocText, form: Form, line: string): TextEdit {
  const members = formMembers(form);
  const indent = t.memberIndent(form.span.start, members);
  let anchor: { span: { end: number } } | undefined;
  for (const m of members) {
    if (m.kind !== "header") break;
    anchor = m;
  }
  if (anchor) return t.insertAfter(anchor.span.end, [line], indent);
  const first = members[0];
  return t.insertAfter(form.body!.start + 1, [line], indent, { blankAfter: first?.kind === "section" });
}

/** Appends an option to the field's last `options` line, or adds an `options` line. */
function addOption(t: DocText, f: Field, option: string): TextEdit {
  const last = f.options.reduce<Field["options"][number] | undefined>((a, o) => (!a || o.span.end > a.span.end ? o : a), undefined);
  if (last) return { span: { start: last.span.end, end: last.span.end }, newText: `, ${quoteString(option)}` };
  return addFieldProperty(t, f, `options ${quoteString(option)}`, "last");
}

const CHOICE_TYPES = ["choice", "multichoice"];

/**
 * One fix per accepted type; the first that suits the field is preferred. A change to a choice
 * brings options (the concept's, else yes / no / not known) so the field is not left without;
 * a change away from a choice that has options is only offered, since the options would have
 * to go and only the author can say what becomes of them.
 */
function typeFixes(t: DocText, f: Field, expected: string[], index: WorkspaceIndex): FixDraft[] {
  const hasOptions = f.options.length > 0;
  const suits = (type: string) => CHOICE_TYPES.includes(type) === hasOptions;
  const ordered = [...expected.filter(suits), ...expected.filter((x) => !suits(x))];
  return ordered.map((type, i) => {
    const edits: TextEdit[] = [f.type ? { span: f.type.span, newText: type } : { span: { start: f.name.span.end, end: f.name.span.end }, newText: ` ${type}` }];
    if (CHOICE_TYPES.includes(type) && !hasOptions) edits.push(addFieldProperty(t, f, `options ${optionsFor(f, index).map(quoteString).join(", ")}`, "last"));
    const keepsOptions = CHOICE_TYPES.includes(type) || !hasOptions;
    return { title: `Change the type of \`${f.name.text}\` to ${type}`, edits, preferred: i === 0 && keepsOptions };
  });
}

/** Options for a field becoming a choice: those its concept declares, else yes / no / not known. */
function optionsFor(f: Field, index: WorkspaceIndex): string[] {
  for (const c of f.covers) {
    const options = index.concepts.get(c.text)?.[0]?.node.options ?? [];
    if (options.length) return options.map((o) => o.value);
  }
  return DEFAULT_CHOICE_OPTIONS;
}
