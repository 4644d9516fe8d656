/**
 * `formguard export FILE.form --to fhir [--output FILE.json]`: a form spec as a FHIR R4
 * Questionnaire (see docs/fhir.md). The form must parse; one form per file.
 */
import * as path from "node:path";
import { exportForm } from "../../fhir/export";
import type { Form } from "../../language/ast";
import { oneOf, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { readInputOrFail, workspaceWithPacks } from "../pack-workspace";
import { writeOutput } from "../output";
import { outputTarget } from "../output-target";

export const EXPORT_HELP = `Usage: formguard export FILE.form --to fhir [--output FILE.json] [--rules FILE…]

Converts a form spec into a FHIR R4 Questionnaire (see docs/fhir.md for the mapping).
Concepts become item.code in the system https://formguard.dev/concepts; service and audiences
become useContext; look-back, conditions enableWhen cannot say, and waivers use formguard
extensions, so importing the result gives the same form back.

Options:
  --to fhir          the target format (the only one, for now)
  --output FILE      write the JSON to FILE instead of stdout
  --rules FILE…      extra rule packs (for the concepts' display names)

Exit status: 0 exported; 2 bad usage, an unreadable file, syntax errors, or not exactly one form.`;

export async function exportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "export",
    argv,
    { to: { type: "string" }, output: { type: "string", short: "o" }, rules: { type: "string", multiple: true }, help: { type: "boolean", short: "h" } },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(EXPORT_HELP + "\n");
    return EXIT.ok;
  }
  if (values.to === undefined) throw new CliError("formguard export: say the target format with --to fhir.");
  oneOf("export", "--to", values.to, ["fhir"] as const, "fhir");
  if (positionals.length !== 1) throw new CliError("formguard export: give exactly one .form file (see formguard export --help).");
  const file = positionals[0];
  const outputOptions = values.output ? outputTarget("export", values.output, "questionnaire") : undefined;
  const abs = path.resolve(file);
  const source = readInputOrFail(file);
  const ws = workspaceWithPacks(values.rules);
  const doc = ws.set(abs, source);
  if (doc.syntaxErrors.length) {
    const e = doc.syntaxErrors[0];
    throw new CliError(`${file}:${e.range.start.line + 1}:${e.range.start.character + 1}: ${e.message} (${doc.syntaxErrors.length} syntax error(s); fix them before exporting).`);
  }
  const forms = doc.ast.items.filter((i): i is Form => i.kind === "form");
  if (forms.length !== 1) throw new CliError(`${file}: holds ${forms.length} forms; export works on a file with exactly one form.`);
  writeOutput(JSON.stringify(exportForm(forms[0], ws.index), null, 2) + "\n", values.output, outputOptions);
  return EXIT.ok;
}
