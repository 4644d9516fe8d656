/**
 * One form, flattened for questions the checks and the engine ask again and again:
 * which field has this id, which fields cover this concept, which section holds a field.
 * Built once per form per check run, so no rule re-walks the tree.
 */
import type { Condition, Field, Form, Section } from "../ast";
import { walkMembers } from "../walk";

export interface FieldInfo {
  field: Field;
  /** Innermost enclosing section, if any. */
  section?: Section;
  /** Enclosing sections, outermost first. */
  path: Section[];
  /** Order of appearance in the form. */
  index: number;
}

export interface FormModel {
  form: Form;
  fields: FieldInfo[];
  sections: Section[];
  /** First field declared with each id (duplicates are reported separately). */
  byId: Map<string, FieldInfo>;
  byConcept: Map<string, FieldInfo[]>;
}

export function buildFormModel(form: Form): FormModel {
  const fields: FieldInfo[] = [];
  const sections: Section[] = [];
  walkMembers(form.members, (m, path) => {
    if (m.kind === "section") sections.push(m);
    else fields.push({ field: m, section: path[path.length - 1], path, index: fields.length });
  });
  const byId = new Map<string, FieldInfo>();
  const byConcept = new Map<string, FieldInfo[]>();
  // Index loops: built for every form, so no iterator objects while this is still unoptimised.
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (!byId.has(f.field.name.text)) byId.set(f.field.name.text, f);
    const covers = f.field.covers;
    for (let j = 0; j < covers.length; j++) {
      const c = covers[j];
      const list = byConcept.get(c.text);
      if (list) list.push(f);
      else byConcept.set(c.text, [f]);
    }
  }
  return { form, fields, sections, byId, byConcept };
}

/** Every field id a condition mentions, with where it is mentioned. */
export function conditionFieldRefs(cond: Condition | undefined, out: Array<{ text: string; span: { start: number; end: number } }> = []) {
  if (!cond) return out;
  switch (cond.kind) {
    case "and":
    case "or":
      conditionFieldRefs(cond.left, out);
      conditionFieldRefs(cond.right, out);
      break;
    case "not":
      conditionFieldRefs(cond.operand, out);
      break;
    case "compare":
    case "answered":
      if (cond.field.text) out.push(cond.field);
      break;
    case "expression": // names no field formguard can read
      break;
  }
  return out;
}
