/**
 * What block a section is (a sign-off, an action plan) is kept with its form between re-checks
 * (form-recognition.ts `keptSectionBlocks`), with the title and each field's label, id and type it
 * was worked out from. It must never give an answer a fresh reading would not: below, a section
 * is read, then its nodes are changed in place (harder than the editor, whose re-parse replaces
 * the node it re-reads), and the answer must be that of the changed text parsed afresh.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../language/parse";
import { buildFormModel, type FormModel } from "../../language/model/form-model";
import { blockOf } from "../../rules/recognition/form-recognition";
import type { Field, Form } from "../../language/ast";
import { checkDocument } from "../../rules/checker";
import { workspaceWithPacks } from "../helpers";

interface Shape {
  title: string;
  fields: Array<{ id: string; type: string; label?: string }>;
}

/** A section: its title and its fields as `id type "label"` (the label left out when absent). */
function shape(title: string, ...fields: string[]): Shape {
  return { title, fields: fields.map((f) => /^(\S+) (\S+)(?: "(.*)")?$/.exec(f)!).map(([, id, type, label]) => ({ id, type, label })) };
}

const SIGN_OFF = shape("Completed by", 'name text "Name"', 'when date "Date"', 'notes longtext "Notes"');
const PLAN = shape("Plan", 'action longtext "Action"', 'who text "By whom"', 'notes text "Notes"');

function text(s: Shape): string {
  const fields = s.fields.map((f) => `    field ${f.id} ${f.type}${f.label === undefined ? "" : ` { label "${f.label}" }`}`).join("\n");
  return `form f "F" {\n  service emergency-department\n  audience child\n  section s "${s.title}" {\n${fields}\n  }\n}\n`;
}

function model(s: Shape): FormModel {
  const doc = parseDocument("/t/f.form", text(s));
  expect(doc.syntaxErrors).toEqual([]);
  return buildFormModel(doc.ast.items[0] as Form);
}

const blocks = (m: FormModel) => m.fields.map((info) => blockOf(info, false, m.form) ?? "none");

/** Changes `m`'s section and fields in place into `to` (same number of fields). */
function changeInPlace(m: FormModel, to: Shape): void {
  const section = m.sections[0];
  section.title = { ...section.title!, value: to.title };
  m.fields.forEach((info, i) => {
    const f: Field = info.field;
    const want = to.fields[i];
    f.name = { ...f.name, text: want.id };
    f.type = { ...f.type!, text: want.type };
    f.label = want.label === undefined ? undefined : { ...(f.label ?? { span: f.name.span }), value: want.label };
  });
}

describe("a section's blocks kept on its node", () => {
  const cases: Array<[string, Shape, Shape]> = [
    ["its title no longer names who completed it", SIGN_OFF, { ...SIGN_OFF, title: "Background" }],
    ["its title comes to name who completed it", { ...SIGN_OFF, title: "Background" }, SIGN_OFF],
    ["a column's label changes", PLAN, { ...PLAN, fields: [PLAN.fields[0], { id: "who", type: "text", label: "Allergies" }, PLAN.fields[2]] }],
    ["a column's type changes", PLAN, { ...PLAN, fields: [PLAN.fields[0], { id: "who", type: "number", label: "By whom" }, PLAN.fields[2]] }],
    ["a field without a label is renamed", { ...PLAN, fields: [{ id: "action", type: "longtext" }, { id: "by_whom", type: "text" }, { id: "notes", type: "text" }] }, { ...PLAN, fields: [{ id: "action", type: "longtext" }, { id: "allergies", type: "text" }, { id: "notes", type: "text" }] }],
  ];

  it.each(cases)("is worked out again when %s", (_, before, after) => {
    // Worked out first: reading another form in between would make the kept answers go (one form is kept).
    const expected = blocks(model(after));
    const m = model(before);
    const first = blocks(m);
    // Each change below changes the answer: a kept answer that ignored it would be caught.
    expect(first).not.toEqual(expected);
    changeInPlace(m, after);
    expect(blocks(m)).toEqual(expected);
  });

  it("is kept when nothing it was read from changed, and is the same answer", () => {
    for (const shape of [SIGN_OFF, PLAN]) {
      const m = model(shape);
      const first = blocks(m);
      expect(first.some((b) => b !== "none")).toBe(true);
      changeInPlace(m, shape);
      expect(blocks(m)).toEqual(first);
    }
  });
});

describe("a form's sections' blocks over edits in a workspace", () => {
  const URI = "/t/blocks.form";
  const TODAY = "2026-12-07";
  const form = (title: string, label: string) => `form f "F" {
  service emergency-department
  audience child
  section reason "Reason for attendance" {
    field complaint longtext required { label "Presenting complaint" }
  }
  section end "${title}" {
    field who text { label "Name" }
    field when date { label "Date" }
    field sig signature { label "${label}" }
  }
}
`;
  const hints = (ws: ReturnType<typeof workspaceWithPacks>) =>
    checkDocument(ws, URI, { today: TODAY }).diagnostics.filter((d) => d.ruleId === "recognised-concept").map((d) => d.message);
  const fresh = (text: string) => {
    const ws = workspaceWithPacks();
    ws.set(URI, text);
    return hints(ws);
  };

  it("gives after every edit exactly the hints of a fresh check of the same text, and the edits change them", () => {
    // A label inside a field is re-parsed alone, its section kept: the kept blocks must see the change.
    const edits = [form("Details", "Signature of clinician"), form("Details", "Signature of parent"), form("Details", "Signature of clinician"), form("Completed by", "Signature of parent"), form("Details", "Signature of parent")];
    // The fresh checks first: checking another form between the edits would make the kept answers go.
    const expected = edits.map(fresh);
    expect(new Set(expected.map((h) => JSON.stringify(h))).size).toBeGreaterThan(1);
    const ws = workspaceWithPacks();
    const got = edits.map((text) => {
      ws.set(URI, text);
      return hints(ws);
    });
    expect(got).toEqual(expected);
  });
});
