/**
 * `formguard explain FILE [--service ID] [--audience ID] [--format text|json]`: for every field
 * that covers nothing, the concept its words come nearest to, the score and the evidence, and
 * whether it counts — so an auditor can see why formguard thinks a question is or is not there.
 * FILE is a form spec or a FHIR Questionnaire (JSON). Exit 0, or 2 on bad usage or input.
 */
import * as path from "node:path";
import type { Form } from "../../language/ast";
import { lineColumn } from "../../language/diagnostic";
import { LineIndex } from "../../language/line-index";
import { evidenceText, explainForm, ruledOutText, verdictText, type FieldExplanation } from "../../rules/recognition/explain";
import { recogniserFor } from "../../rules/recognition/vocabulary";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { audienceList, knownId, oneOf, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { readInputOrFail, workspaceWithPacks } from "../pack-workspace";
import { isJsonName } from "../../language/file-kinds";

export const EXPLAIN_HELP = `Usage: formguard explain FILE [--service ID] [--audience ID[,ID]] [--rules FILE…] [--format text|json]

For every field with no \`covers\` (every item of a FHIR Questionnaire), says which concept its
words come nearest to, the score, the evidence (the label's words, the section's title, the
options or the item's code) and whether it counts: with --infer a recognised field counts when
the form needs that concept and no other field covers it. See docs/recognition.md.

Options:
  --service ID           the form kind, when a Questionnaire does not declare one
  --audience ID[,ID]     its audiences, likewise
  --rules FILE…          extra rule packs
  --format text|json     text (default) or JSON

Exit status: 0 explained; 2 bad usage, an unreadable file, or syntax errors.`;

export async function explainCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "explain",
    argv,
    { service: { type: "string" }, audience: { type: "string", multiple: true }, rules: { type: "string", multiple: true }, format: { type: "string" }, help: { type: "boolean", short: "h" } },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(EXPLAIN_HELP + "\n");
    return EXIT.ok;
  }
  const format = oneOf("explain", "--format", values.format, ["text", "json"] as const, "text");
  if (positionals.length !== 1) throw new CliError("formguard explain: give exactly one form spec or Questionnaire file (see formguard explain --help).");
  const file = positionals[0];
  const abs = path.resolve(file);
  const source = readInputOrFail(file);
  const ws = workspaceWithPacks(values.rules);
  if (values.service !== undefined) knownId("explain", "--service", values.service, ws.index.services.keys(), "service");
  const audiences = audienceList(values.audience);
  for (const a of audiences) knownId("explain", "--audience", a, ws.index.audiences.keys(), "audience");

  // Where each field is shown to the reader: its id in a form spec, its linkId in a Questionnaire.
  let formText = source;
  let where: (e: FieldExplanation) => string;
  const isJson = isJsonName(file) || /^\s*\{/.test(source);
  if (isJson) {
    const prepared = prepareQuestionnaire(source, { service: values.service, audiences, knownServices: new Set(ws.index.services.keys()), knownAudiences: new Set(ws.index.audiences.keys()) });
    if (!prepared.ok) throw new CliError(`${file}:${prepared.message}.`);
    if (!prepared.imported) throw new CliError(`${file}: not a valid R4 Questionnaire (run formguard lint on it to see why).`);
    formText = prepared.formText;
    const imported = prepared.imported;
    where = (e) => {
      const pointer = imported.fieldPointers.get(e.field) ?? "";
      const pos = prepared.positions.get(`${pointer}/linkId`);
      return `${file}:${pos ? lineColumn(prepared.lines.range(pos.value)) : "1:1"} \`${imported.fieldLinkIds.get(e.field) ?? e.field}\``;
    };
  } else {
    const lines = new LineIndex(source);
    where = (e) => `${file}:${lineColumn(lines.range(e.info.field.name.span))} \`${e.field}\``;
  }
  const doc = ws.set(isJson ? abs + ".form" : abs, formText);
  if (doc.syntaxErrors.length) {
    const e = doc.syntaxErrors[0];
    throw new CliError(`${file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message} (fix the syntax errors before explaining).`);
  }
  const threshold = recogniserFor(ws.index).threshold;
  const forms = doc.ast.items.filter((i): i is Form => i.kind === "form");
  const explained = forms.map((form) => ({ form: form.name.text, fields: explainForm(form, ws.index) }));
  if (format === "json") {
    const json = explained.map((f) => ({
      form: f.form,
      fields: f.fields.map(({ info: _info, ...e }) => ({
        ...e,
        location: where({ ...e, info: _info }).replace(/ `.*`$/, ""),
        counts: e.verdict === "counts",
        because: verdictText({ ...e, info: _info }, threshold),
        // A hidden field (a Questionnaire's questionnaire-hidden item) shows no question: said, so a reader does not take a silent timestamp for a missed prompt.
        ...(e.verdict === "hidden" ? { hidden: true } : {}),
      })),
    }));
    process.stdout.write(JSON.stringify(json, null, 2) + "\n");
    return EXIT.ok;
  }
  const out: string[] = [];
  for (const f of explained) {
    out.push(`form ${f.form}: ${f.fields.length} field(s) with no covers`);
    for (const e of f.fields) {
      out.push(`${where(e)} "${e.label}"`);
      if (e.concept) out.push(`    nearest: ${e.concept}  score ${e.score!.toFixed(2)}  (${evidenceText(e)})`);
      const ruledOut = ruledOutText(e);
      if (ruledOut) out.push(`    ${ruledOut}`);
      out.push(`    ${verdictText(e, threshold)}`);
    }
  }
  process.stdout.write(out.join("\n") + "\n");
  return EXIT.ok;
}
