/**
 * `recognised-concept` (info): a field that covers nothing but whose label (or help, or
 * options) asks about a concept the form is missing (see form-recognition.ts). The message names the concept and the evidence; `data`
 * carries `{ concept, field }` so a quick fix can add `covers CONCEPT`.
 * With inference on (`infer` in the check options) the engine also counts these fields as
 * covering the concept; see `infer.ts`.
 */
import type { BuiltinCheck } from "../builtin/check-context";
import { followUpsOf, missingConcepts, recognitionSource, recogniseFields, refinementsOf } from "./form-recognition";
import { recogniserFor } from "./vocabulary";

export const RECOGNISED_CONCEPT = "recognised-concept";

export const recognisedConcept: BuiltinCheck = {
  ids: [RECOGNISED_CONCEPT],
  description: "A field with no `covers` whose label asks about a known concept: say so, so the requirement it answers can be checked.",
  run(ctx) {
    const forms = ctx.doc.ast.items.filter((i) => i.kind === "form");
    if (forms.length === 0) return;
    for (const form of forms) {
      if (form.kind !== "form") continue;
      const model = ctx.index.formModel(form);
      const wanted = missingConcepts(form, model, ctx.index);
      // A form missing nothing needs no recogniser: building one reads every synonym of every
      // pack (tens of milliseconds), which a one-form run of a compliant form should not pay.
      if (wanted.size === 0) continue;
      for (const r of recogniseFields(model, recogniserFor(ctx.index), wanted, refinementsOf(ctx.index), followUpsOf(form, ctx.index))) {
        const f = r.info.field;
        const concept = r.recognition.concept;
        ctx.report(
          RECOGNISED_CONCEPT,
          "info",
          `Field \`${f.name.text}\` appears to cover \`${concept}\` (label "${r.prompt}"${recognitionSource(r)}) — add \`covers ${concept}\` so the requirements for it are checked.`,
          f.name.span,
          { kind: "recognised-concept", concept, field: f.name.text, form: form.name.text, phrase: r.recognition.phrase, score: Number(r.recognition.score.toFixed(3)), source: r.recognition.source, evidence: r.recognition.evidence, ...(r.refined ? { refined: r.refined } : {}), ...(r.paired ? { paired: r.paired } : {}) },
        );
      }
    }
  },
};
