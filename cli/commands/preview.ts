/**
 * `formguard preview FILE [--output OUT.html]`: the form (a form spec, or a FHIR Questionnaire
 * through the importer) as the person filling it in will see it, with what formguard found laid
 * over it, as one self-contained HTML page. Written to stdout unless --output names a file (so
 * no file the user did not name is ever written); exit 0 when written, whatever it found.
 */
import { questionnaireWording } from "../../fhir/lint-questionnaire";
import * as fs from "node:fs";
import * as path from "node:path";
import { fixesFor } from "../../fixes/index";
import { renderPreviewPage } from "../../preview/html";
import { plural } from "../../report/labels";
import { buildPreview, type PreviewModel } from "../../preview/model";
import { checkDocument, localToday } from "../../rules/checker";
import { audienceList, isoDate, parseCommandArgs } from "../args";
import { CliError, EXIT } from "../errors";
import { runLint } from "../lint-run";
import { writeOutput } from "../output";
import { outputTarget } from "../output-target";

export const PREVIEW_HELP = `Usage: formguard preview FILE [--output OUT.html] [options]

Renders a form spec (.form) or a FHIR R4 Questionnaire (.json) as the form a clinician fills
in: sections, questions by type, required markers, look-back wording, and questions that
appear only when their condition holds. Over it, what formguard found: each missing prompt
where the quick fix would add it, with its citation and the report's words; each question's
findings beside it; the concepts it covers; a summary with the verdict. One self-contained HTML
page (no network); printed, it is a blank form to fill in by hand.

Options:
  --output FILE          write the page to FILE (default: standard output)
  --rules FILE…          load extra rule packs (the shipped packs are always loaded)
  --config FILE          use this formguard.config.json instead of searching upward
  --today YYYY-MM-DD     treat this date as today when checking waiver expiry
  --infer                count concepts recognised from question labels as covered, as
                         \`lint --infer\` does (what depends on it says "inferred from the label")
  --service ID           for a Questionnaire that does not say which service it is for
  --audience ID[,ID]     …and which audiences

Exit status: 0 the preview was written (whatever it found); 2 bad usage, bad configuration or
unreadable input.`;

export async function previewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "preview",
    argv,
    {
      output: { type: "string", short: "o" },
      rules: { type: "string", multiple: true },
      config: { type: "string", short: "c" },
      today: { type: "string" },
      infer: { type: "boolean" },
      service: { type: "string" },
      audience: { type: "string", multiple: true },
      help: { type: "boolean", short: "h" },
    },
    ["--rules"],
  );
  if (values.help) {
    process.stdout.write(PREVIEW_HELP + "\n");
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new CliError("formguard preview: give exactly one form (.form) or Questionnaire (.json) file (see formguard preview --help).");
  const file = positionals[0];
  const outputOptions = values.output ? outputTarget("preview", values.output, "report") : undefined;
  const today = isoDate("preview", "--today", values.today) ?? localToday();
  const audiences = audienceList(values.audience);
  const model = previewModelOf(file, { cwd: process.cwd(), configFile: values.config, extraPacks: values.rules ?? [], today, service: values.service, audiences, infer: values.infer || undefined });
  writeOutput(renderPreviewPage(model), values.output, outputOptions);
  if (values.output) {
    const s = model.forms.reduce((a, f) => ({ errors: a.errors + f.summary.errors, warnings: a.warnings + f.summary.warnings }), { errors: 0, warnings: 0 });
    process.stderr.write(`formguard: wrote ${values.output} (${plural(model.forms.length, "form")}, ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}).\n`);
  }
  return EXIT.ok;
}

export interface PreviewFileOptions {
  cwd: string;
  configFile?: string;
  extraPacks: string[];
  today: string;
  service?: string;
  audiences?: string[];
  /** `--infer` (undefined: the configuration's `infer`). */
  infer?: boolean;
}

/** The preview of one file, checked with the same configuration and packs as `lint` would. */
export function previewModelOf(file: string, opts: PreviewFileOptions): PreviewModel {
  const stat = fs.statSync(path.resolve(opts.cwd, file), { throwIfNoEntry: false });
  if (!stat) throw new CliError(`${file}: cannot read: no such file.`);
  if (!stat.isFile()) throw new CliError(`${file}: not a file: formguard preview shows one form or Questionnaire at a time.`);
  const { today } = opts;
  const lint = runLint({
    inputs: [file],
    cwd: opts.cwd,
    configFile: opts.configFile,
    extraPacks: opts.extraPacks,
    today,
    infer: opts.infer,
    questionnaire: opts.service || opts.audiences?.length ? { service: opts.service, audiences: opts.audiences } : undefined,
  });
  const unreadable = lint.loaded.unreadable[0];
  if (unreadable) throw new CliError(`${unreadable.file}: cannot read: ${unreadable.reason}.`);
  const uri = lint.loaded.lintUris[0];
  const doc = uri ? lint.loaded.ws.get(uri) : undefined;
  if (!uri || !doc) throw new CliError(`${file}: not previewed: it is not a form spec or a Questionnaire formguard reads (or the configuration ignores it).`);
  const found = lint.run.files[0];
  const questionnaire = lint.loaded.questionnaires.get(uri);

  let diagnostics = found.diagnostics;
  let waived = found.waived;
  let elsewhere: typeof diagnostics = [];
  if (questionnaire) {
    // The run's findings were moved onto the JSON; the preview draws the imported form, so it
    // takes the findings on that form, and lists those about the JSON itself apart.
    // Their words are the Questionnaire's (items, enableWhen, questionnaire-hidden), as `lint` says them.
    const onForm = checkDocument(lint.loaded.ws, uri, lint.checkOptions);
    const inItsTerms = questionnaire.imported ? questionnaireWording(questionnaire.imported, doc) : undefined;
    const reword = <T extends (typeof diagnostics)[number]>(d: T): T => (inItsTerms ? { ...d, message: inItsTerms(d).message } : d);
    diagnostics = onForm.diagnostics.map(reword);
    waived = onForm.waived.map(reword);
    elsewhere = questionnaire.diagnostics;
  }
  if (!doc.ast.items.some((i) => i.kind === "form")) throw new CliError(`${file}: not previewed: it holds no form.`);

  return buildPreview({ doc, index: lint.loaded.ws.index, diagnostics, waived, elsewhere, fixes: (d, x, index) => fixesFor(d, x, index, { today }) });
}
