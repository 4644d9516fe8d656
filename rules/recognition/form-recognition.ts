/**
 * Recognition over a form: which fields that cover nothing appear to ask about a concept the
 * form is missing — one that a rule applying to this form requires and no field covers. A
 * field whose best match is any other concept gets no suggestion (never the runner-up), so a
 * compliant form gets none and an untagged template gets them exactly where they count.
 */
import type { Form } from "../../language/ast";
import type { WorkspaceIndex } from "../../language/model/workspace";
import { applies } from "../engine/applies";
import { compiledRules } from "../rule-set";
import type { FieldInfo, FormModel } from "../../language/model/form-model";
import type { Recognition, Recogniser } from "./recogniser";

export interface FieldRecognition {
  info: FieldInfo;
  recognition: Recognition;
  /** The prompt text that was recognised (the label, or the id spelled out when unlabelled). */
  prompt: string;
}

/** Concepts required by the rules that apply to a form and covered by none of its fields. */
export function missingConcepts(form: Form, model: FormModel, index: WorkspaceIndex): Set<string> {
  const out = new Set<string>();
  for (const rule of compiledRules(index)) {
    if (!applies(rule.decl.applies, form)) continue;
    for (const req of rule.decl.requires) {
      const concepts = req.concepts.map((c) => c.text);
      if (concepts.some((c) => model.byConcept.has(c))) continue;
      for (const c of concepts) out.add(c);
    }
  }
  return out;
}

export function recogniseFields(model: FormModel, recogniser: Recogniser, wanted: ReadonlySet<string>): FieldRecognition[] {
  const out: FieldRecognition[] = [];
  if (wanted.size === 0) return out; // nothing missing: nothing to suggest (and nothing to compute)
  for (const info of model.fields) {
    const f = info.field;
    if (f.covers.length > 0) continue;
    const prompt = f.label?.value ?? f.name.text.replace(/[_-]+/g, " ");
    // The best match only: when that concept is covered elsewhere (or not needed here), offering
    // the runner-up instead would be a guess.
    const recognition = recogniser.recognise({ label: prompt, help: f.help?.value, options: f.options.map((o) => o.value) });
    if (recognition && wanted.has(recognition.concept)) out.push({ info, recognition, prompt });
  }
  return out;
}
