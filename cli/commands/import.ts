/**
 * `formguard import FILE.json [--output FILE.form]`: a FHIR R4 Questionnaire as a form spec.
 * What the form language cannot say is kept as comments and listed on stderr as
 * `file:line:column: info: …`, so nothing is lost silently. Exit 2 when the file is not a
 * readable Questionnaire.
 */
import * as path from "node:path";
import { prepareQuestionnaire } from "../../fhir/lint-questionnaire";
import { Workspace } from "../../language/model/workspace";
import { shippedPackFiles } from "../../rules/shipped-packs";
import { audienceList, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { writeOutput } from "../output";
import { outputTarget } from "../output-target";
import { readTextFile } from "../../project/read-file";
import { lineColumn } from "../../language/diagnostic";
import { formatDocument } from "../../language/format/index";
import type { Form } from "../../language/ast";
import { tagForms } from "../../fixes/tag-recognised";

export const IMPORT_HELP = `Usage: formguard import FILE.json [--output FILE.form] [--service ID] [--audience ID[,ID]] [--tag]

Converts a FHIR R4 Questionnaire into a form spec (see docs/fhir.md for the mapping).
Groups become sections, questions become fields; what a form spec cannot express (FHIRPath
expressions, calculated answers, unknown extensions) is kept as comments and listed on stderr.

Options:
  --output FILE          write the form spec to FILE instead of stdout
  --service ID           the form kind, when the Questionnaire does not declare one
  --audience ID[,ID]     its audiences, when the Questionnaire does not declare them
  --tag                  write \`covers\` for the fields whose concept is recognised with confidence,
                         each with a comment saying it was inferred and from what; leave the less
                         certain ones as comments suggesting the concept (docs/recognition.md)

Exit status: 0 imported; 2 unreadable, not JSON, or not a valid Questionnaire.`;

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs("import", argv, {
    output: { type: "string", short: "o" },
    service: { type: "string" },
    audience: { type: "string", multiple: true },
    tag: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(IMPORT_HELP + "\n");
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError("formguard import: give exactly one Questionnaire JSON file (see formguard import --help).");
  const file = positionals[0];
  const outputOptions = values.output ? outputTarget("import", values.output, "form-spec") : undefined;
  const r = readTextFile(path.resolve(file));
  if (!r.ok) throw new CliError(`${file}: cannot read: ${r.reason}.`);
  const ws = new Workspace();
  for (const p of shippedPackFiles()) {
    const t = readTextFile(p);
    if (t.ok) ws.set(p, t.text);
  }
  const audiences = audienceList(values.audience);
  const prepared = prepareQuestionnaire(r.text, {
    service: values.service,
    audiences,
    knownServices: new Set(ws.index.services.keys()),
    knownAudiences: new Set(ws.index.audiences.keys()),
  });
  if (!prepared.ok) throw new CliError(`${file}:${prepared.message}.`);
  const schemaErrors = prepared.diagnostics.filter((d) => d.ruleId === "fhir-schema");
  // A Questionnaire whose questions could not be read is refused; one with only a missing status is imported (said below).
  if (schemaErrors.length && !prepared.imported) {
    const d = schemaErrors[0];
    throw new CliError(`${file}:${lineColumn(d.range)}: ${d.message}${schemaErrors.length > 1 ? ` (and ${schemaErrors.length - 1} more)` : ""}`);
  }
  for (const d of prepared.diagnostics) {
    process.stderr.write(`${file}:${lineColumn(d.range)}: ${d.level}: ${d.message} (${d.ruleId})\n`);
  }
  let text = prepared.formText;
  if (values.tag) {
    const doc = ws.set(path.resolve(file) + ".form", text);
    const forms = doc.ast.items.filter((i): i is Form => i.kind === "form");
    const tagged = tagForms(doc, forms, ws.index);
    text = tagged.text;
    process.stderr.write(`${file}: --tag: ${tagged.tagged.length} field(s) given \`covers\` (inferred, marked with a comment); ${tagged.suggested.length} suggestion(s) left as comments.\n`);
  }
  // In the canonical style, so an imported form passes `formguard fmt --check` as written (the
  // importer writes members one after another; the formatter's blank lines around sections are
  // its own). The imported text always parses; should formatting ever fail, it is written as is.
  const formatted = formatDocument(text);
  writeOutput(formatted.ok ? formatted.text : text, values.output, outputOptions);
  return EXIT.ok;
}
