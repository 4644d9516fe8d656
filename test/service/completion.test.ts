import { describe, expect, it } from "vitest";
import type { CompletionItem } from "vscode-languageserver";
import { completion } from "../../service/completion";
import { fixture, textAt, type Fixture } from "./fixture";

function complete(doc: string, uri = "/test/doc.form"): { items: CompletionItem[]; labels: string[]; f: Fixture } {
  const f = fixture(doc, uri);
  const items = completion(f.ws, f.uri, f.at[0], { snippets: true });
  return { items, labels: items.map((i) => i.label), f };
}

const HEAD = 'form ed "ED" {\n  service emergency-department\n  audience child\n  version "1"\n';
const FIELDS = '  field seen yesno {\n    label "Seen?"\n  }\n  field who choice {\n    label "Who?"\n    options "Mother", "Father"\n  }\n  field count number {\n    label "Count"\n  }\n';

describe("completion by context", () => {
  it.each([
    ["the start of a form file: a form snippet", "<|>", ["form"], []],
    ["a form body: sections, fields, waivers and the header properties not yet given", `${HEAD}  <|>\n}`, ["section", "field", "waive", "owner", "ages", "tags"], ["service", "version", "label"]],
    ["a section body: sections and fields", `${HEAD}  section a {\n    <|>\n  }\n}`, ["section", "field"], ["service", "label"]],
    ["after `field ID`: the field types", `${HEAD}  field x <|>\n}`, ["text", "longtext", "yesno", "choice", "signature"], ["required"]],
    ["after `field ID TYPE`: required and when", `${HEAD}  field x text <|>\n}`, ["required", "when"], ["text"]],
    ["after `required`: when", `${HEAD}  field x text required <|>\n}`, ["when"], ["required"]],
    ["after `service`: the declared services", 'form ed "ED" {\n  service <|>\n}', ["emergency-department", "minor-injury-unit"], ["child"]],
    ["after `audience`: the declared audiences", 'form ed "ED" {\n  audience <|>\n}', ["child", "adult"], ["emergency-department"]],
    ["after `audience a,`: more audiences", 'form ed "ED" {\n  audience child, <|>\n}', ["adult"], []],
    ["after `when`: the form's other fields", `${HEAD}${FIELDS}  field x text when <|>\n}`, ["seen", "who", "count", "not"], ["x"]],
    ["after a field in `when`: the comparisons", `${HEAD}${FIELDS}  field x text when seen <|>\n}`, ["=", "!=", "answered"], ["<"]],
    ["after a number field in `when`: numeric comparisons too", `${HEAD}${FIELDS}  field x text when count <|>\n}`, ["=", "<", ">="], []],
    ["after `yesno =`: yes and no", `${HEAD}${FIELDS}  field x text when seen = <|>\n}`, ["yes", "no"], ["seen"]],
    ["after `choice =`: its options, quoted", `${HEAD}${FIELDS}  field x text when who = <|>\n}`, ['"Mother"', '"Father"'], ["yes"]],
    ["after a complete comparison: and, or", `${HEAD}${FIELDS}  field x text when seen = yes <|>\n}`, ["and", "or"], ["seen"]],
    ["after `and`: fields again", `${HEAD}${FIELDS}  field x text when seen = yes and <|>\n}`, ["who", "count"], []],
    ["after `waive`: rule ids", `${HEAD}  waive <|>\n}`, ["cqc-dorset-2015/ed-accompanying-adult"], []],
    ["a choice field's body: options allowed, look-back not", `${HEAD}  field x choice {\n    <|>\n  }\n}`, ["label", "help", "covers", "options"], ["lookback", "min"]],
    ["a number field's body: look-back and limits", `${HEAD}  field x number {\n    <|>\n  }\n}`, ["label", "lookback", "min", "max"], ["options"]],
    ["after `lookback 12`: duration units", `${HEAD}  field x number {\n    lookback 12 <|>\n  }\n}`, ["months", "weeks"], ["label"]],
    ["inside a string: nothing", `${HEAD}  field x text {\n    label "Na<|>me"\n  }\n}`, [], ["label", "form"]],
    ["inside a comment: nothing", `${HEAD}  // a com<|>ment\n}`, [], ["section"]],
    ["half-typed text with no closing braces", `form f "F" {\n  section a {\n    field asked yesno\n    field why text when <|>`, ["asked"], ["why"]],
  ])("%s", (_name, doc, includes, excludes) => {
    const { labels } = complete(doc);
    for (const w of includes) expect(labels).toContain(w);
    for (const w of excludes) expect(labels).not.toContain(w);
  });

  it.each([
    ["after `severity`: the levels", "rule r {\n  severity <|>\n}", ["error", "warning", "info"]],
    ["after `require`: concepts, `one of` and `header`", "rule r {\n  require <|>\n}", ["accompanying-adult.name", "one", "header"]],
    ["after a required concept: required, shown, with", "rule r {\n  require accompanying-adult.name <|>\n}", ["required", "shown", "with"]],
    ["after `with`: constraint kinds", "rule r {\n  require attendance.count with <|>\n}", ["lookback", "type", "options"]],
    ["after `applies`: selectors", "rule r {\n  applies <|>\n}", ["service", "audience", "ages", "tag", "not"]],
    ["after `applies service`: services", "rule r {\n  applies service <|>\n}", ["emergency-department"]],
    ["after `cites`: citation kinds", "rule r {\n  cites <|>\n}", ["paragraph", "recommendation", "section"]],
    ["a rule body: its properties", "rule r {\n  <|>\n}", ["title", "severity", "applies", "require", "cites", "quote"]],
    ["after `suggest` in a concept: field types", 'concept c "C" {\n  suggest <|>\n}', ["text", "yesno"]],
  ])("in a pack, %s", (_name, doc, includes) => {
    const { labels } = complete(doc, "/test/extra.formrules");
    for (const w of includes) expect(labels).toContain(w);
  });

  it("after `covers`: concepts the form's rules still need come first, with their labels", () => {
    const { items } = complete(`${HEAD}  section arrival {\n    field x text {\n      covers <|>\n    }\n  }\n}`);
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
    const labels = sorted.map((i) => i.label);
    const needed = labels.indexOf("accompanying-adult.name");
    expect(needed).toBeGreaterThanOrEqual(0);
    // voice-of-child is not required of emergency department forms: it comes later.
    expect(needed).toBeLessThan(labels.indexOf("voice-of-child"));
    expect(items.find((i) => i.label === "accompanying-adult.name")!.detail).toBe("Full name of the adult accompanying the child");
  });

  it("replaces the whole dotted word being typed", () => {
    const { items, f } = complete(`${HEAD}  field x text {\n    covers accompanying-adult.na<|>\n  }\n}`);
    const item = items.find((i) => i.label === "accompanying-adult.name")!;
    const edit = item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
    expect(textAt(f.ws, f.uri, edit.range)).toBe("accompanying-adult.na");
    expect(edit.newText).toBe("accompanying-adult.name");
  });

  it("offers snippets for a new form, section and field when the client supports them", () => {
    const { items } = complete(`${HEAD}  <|>\n}`);
    const field = items.find((i) => i.label === "field")!;
    expect(field.insertTextFormat).toBe(2);
    expect((field.textEdit as { newText: string }).newText).toMatch(/^field \$\{1:field-id\} \$\{2\|text,longtext,/);
    const form = complete("<|>").items.find((i) => i.label === "form")!;
    expect((form.textEdit as { newText: string }).newText).toContain("service ${3:service}");
  });

  it("gives plain keywords when the client takes no snippets", () => {
    const f = fixture(`${HEAD}  <|>\n}`);
    const field = completion(f.ws, f.uri, f.at[0], { snippets: false }).find((i) => i.label === "field")!;
    expect(field.insertTextFormat).toBeUndefined();
    expect((field.textEdit as { newText: string }).newText).toBe("field");
  });
});

describe("which concepts come first", () => {
  it.each([
    ["a form with no audience yet: rules for any audience of its service", 'form ed "ED" {\n  service emergency-department\n  field x text {\n    covers <|>\n  }\n}', "accompanying-adult.name", true],
    ["an adult emergency department form: not the child-only concepts", 'form ed "ED" {\n  service emergency-department\n  audience adult\n  field x text {\n    covers <|>\n  }\n}', "accompanying-adult.name", false],
    ["a minor injury unit form: its own concepts", 'form miu "MIU" {\n  service minor-injury-unit\n  field x text {\n    covers <|>\n  }\n}', "attendance.count", true],
  ])("%s", (_name, doc, concept, first) => {
    const { items } = complete(doc);
    const rank = items.find((i) => i.label === concept)!.sortText!.split("-")[0];
    expect(rank === "0").toBe(first);
  });
});
