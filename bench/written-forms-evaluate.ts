/**
 * The verdicts `lint --infer` gives on whole forms written by others (test/fixtures/written-forms/):
 * form specs with no `covers`, each with an answer key saying which concept every field asks. The
 * question a user asks of the tool is whether it says a prompt is missing when the form asks it,
 * so the measure is of verdicts, counted as the CLI counts them:
 *
 * - a **false alarm**: a concept the form's rules need, asked by some field (the key says), reported missing;
 * - **silenced**: a concept the rules need and no field asks, not reported (a recognition hid a gap);
 * - **rightly missing**: needed, not asked, reported;
 * - each recognition (`recognised-concept`) right or **wrong** by the key.
 *
 * Which concepts a form's rules need is what `lint` without inference reports missing on it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { z } from "zod";
import { Workspace } from "../language/model/workspace";
import { checkDocument } from "../rules/checker";
import type { Diagnostic } from "../language/diagnostic";

/** An answer key: every field of the form, with the concept (or concepts) it asks, or null. */
export const WrittenFormKey = z.object({
  form: z.string(),
  service: z.string(),
  audience: z.array(z.string()),
  fields: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
  omitted: z.array(z.string()),
  distractors: z.array(z.string()).optional(),
});
export type WrittenFormKey = z.infer<typeof WrittenFormKey>;

export interface WrittenForm {
  file: string;
  text: string;
  key: WrittenFormKey;
}

export interface WrittenFormFinding {
  form: string;
  kind: "false alarm" | "silenced" | "wrong field";
  concept: string;
  /** For a false alarm, the fields that ask it; for a wrong field, the field. */
  fields: string[];
  /** For a wrong field: what the key says it asks. */
  expected?: string | string[] | null;
}

export interface WrittenFormsResult {
  forms: number;
  asked: number;
  falseAlarms: number;
  silenced: number;
  rightlyMissing: number;
  fieldsRight: number;
  fieldsWrong: number;
  findings: WrittenFormFinding[];
}

const TODAY = "2026-11-27";

function missingIn(diagnostics: readonly Diagnostic[]): Set<string> {
  return new Set(diagnostics.flatMap((d) => (d.data?.kind === "missing-concept" ? (d.data.concepts as string[]) : [])));
}

/** Each form linted twice against the shipped packs (`packs`: uri → text): without inference, for what its rules need, and with it. */
export function evaluateWrittenForms(forms: readonly WrittenForm[], packs: ReadonlyArray<[string, string]>): WrittenFormsResult {
  const out: WrittenFormsResult = { forms: forms.length, asked: 0, falseAlarms: 0, silenced: 0, rightlyMissing: 0, fieldsRight: 0, fieldsWrong: 0, findings: [] };
  for (const f of forms) {
    const check = (infer: boolean) => {
      const ws = new Workspace();
      for (const [uri, text] of packs) ws.set(uri, text);
      ws.set(f.file, f.text);
      return checkDocument(ws, f.file, { today: TODAY, infer }).diagnostics;
    };
    const needed = missingIn(check(false));
    const diagnostics = check(true);
    const reported = missingIn(diagnostics);
    const askedBy = new Map<string, string[]>();
    for (const [field, concepts] of Object.entries(f.key.fields)) {
      for (const c of [concepts].flat()) if (c) askedBy.set(c, [...(askedBy.get(c) ?? []), field]);
    }
    for (const concept of needed) {
      const fields = askedBy.get(concept);
      if (fields) out.asked++;
      if (fields && reported.has(concept)) {
        out.falseAlarms++;
        out.findings.push({ form: f.key.form, kind: "false alarm", concept, fields });
      } else if (!fields && !reported.has(concept)) {
        out.silenced++;
        out.findings.push({ form: f.key.form, kind: "silenced", concept, fields: [] });
      } else if (!fields) out.rightlyMissing++;
    }
    for (const d of diagnostics) {
      if (d.data?.kind !== "recognised-concept") continue;
      const field = d.data.field as string;
      const concept = d.data.concept as string;
      const expected = f.key.fields[field];
      if ([expected].flat().includes(concept)) out.fieldsRight++;
      else {
        out.fieldsWrong++;
        out.findings.push({ form: f.key.form, kind: "wrong field", concept, fields: [field], expected });
      }
    }
  }
  return out;
}

/** The forms of one part (a folder): each `NAME.key.json` with the form it names, the key checked against its schema. */
export function readWrittenForms(dir: string): WrittenForm[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".key.json"))
    .sort()
    .map((name) => {
      const parsed = WrittenFormKey.safeParse(JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")));
      if (!parsed.success) throw new Error(`${path.join(dir, name)}: not an answer key: ${parsed.error.issues[0].message} at ${parsed.error.issues[0].path.join(".")}`);
      const file = path.join(dir, parsed.data.form);
      return { file, text: fs.readFileSync(file, "utf8"), key: parsed.data };
    });
}
