/**
 * Round trip form → FHIR Questionnaire → form keeps meaning: for every example form, the
 * resolved model after the trip (fields, types, required, conditions, covers, options,
 * look-back, labels, help, min/max, sections, header) equals the original's, and the
 * exported JSON passes the Questionnaire invariants.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { exportForm } from "../../fhir/export";
import { printCondition } from "../../language/format/expressions";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import type { Form } from "../../language/ast";
import { formatDuration } from "../../language/durations";
import { buildFormModel } from "../../language/model/form-model";
import { parseDocument } from "../../language/parse";
import { workspaceWithPacks } from "../helpers";

const EXAMPLES = path.resolve(__dirname, "../../examples/forms");
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith(".form")).sort();

function formOf(text: string, uri: string): Form {
  const doc = parseDocument(uri, text);
  expect(doc.syntaxErrors).toEqual([]);
  const forms = doc.ast.items.filter((i): i is Form => i.kind === "form");
  expect(forms).toHaveLength(1);
  return forms[0];
}

/** What the checker resolves from a form, in plain data. */
function meaning(form: Form) {
  const model = buildFormModel(form);
  return {
    service: form.service?.text,
    audiences: form.audiences.map((a) => a.text),
    ages: form.ages && `${form.ages.min.value}..${form.ages.max.value}`,
    version: form.version?.value,
    owner: form.owner?.value,
    tags: form.tags.map((t) => t.text),
    waivers: form.waivers.map((w) => [w.rule.text, w.reason?.value, w.by?.value, w.until?.value]),
    sections: model.sections.map((s) => [s.name.text, s.title?.value, s.members.length]),
    fields: model.fields.map(({ field: f, path }) => ({
      id: f.name.text,
      in: path.map((s) => s.name.text).join("/"),
      type: f.type?.text,
      required: !!f.required,
      when: f.when && printCondition(f.when),
      label: f.label?.value,
      help: f.help?.value,
      covers: f.covers.map((c) => c.text),
      options: f.options.map((o) => o.value),
      lookback: f.lookback && formatDuration(f.lookback),
      min: f.min?.value,
      max: f.max?.value,
    })),
  };
}

describe("round trip form → FHIR → form", () => {
  const ws = workspaceWithPacks();
  it("covers every example form", () => expect(files.length).toBeGreaterThanOrEqual(40));

  it.each(files)("%s keeps its meaning", (file) => {
    const original = formOf(fs.readFileSync(path.join(EXAMPLES, file), "utf8"), file);
    const json = JSON.stringify(exportForm(original, ws.index), null, 2);
    const prepared = prepareQuestionnaire(json, { knownServices: new Set(ws.index.services.keys()), knownAudiences: new Set(ws.index.audiences.keys()) });
    if (!prepared.ok) throw new Error(prepared.message);
    // A valid R4 Questionnaire: the schema and every que-* invariant hold, nothing is lost on import.
    expect(prepared.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    const back = formOf(prepared.formText, file);
    expect(meaning(back)).toEqual(meaning(original));
  });
});
