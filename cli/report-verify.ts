/**
 * `formguard report --verify REPORT [PATH…]`: are the inputs still the ones the report names?
 * The inputs are found and hashed exactly as `report` does (same discovery, configuration,
 * packs and project root), so the answer holds from any working directory. Exit 0 when the
 * hash is the same, 1 when it differs (with what changed), 2 when the report cannot be read.
 */
import { readTextFile } from "../project/read-file";
import { EMBEDDED_INPUTS_ID } from "../report/embedded-inputs";
import { localToday } from "../rules/checker";
import type { AuditReport } from "../report/schema";
import { CliError, EXIT } from "./errors";
import { runLint } from "./lint-run";
import { reportFromLint } from "./report-from-lint";
import { FORMGUARD_VERSION_STRING } from "./version";

/** The part of a report `--verify` compares (embedded in the HTML report, all of the JSON one). */
export type RecordedInputs = Pick<AuditReport, "inputs" | "configuration" | "packs">;


export function recordedInputs(file: string): RecordedInputs {
  const read = readTextFile(file);
  if (!read.ok) throw new CliError(`formguard report --verify: ${file}: cannot read: ${read.reason}.`);
  let text = read.text;
  const embedded = new RegExp(`<script type="application/json" id="${EMBEDDED_INPUTS_ID}">([^<]*)</script>`).exec(text);
  if (embedded) text = embedded[1];
  let json: Partial<AuditReport>;
  try {
    json = JSON.parse(text) as Partial<AuditReport>;
  } catch {
    throw new CliError(`formguard report --verify: ${file}: not a JSON or HTML report written by formguard report (schemaVersion 2).`);
  }
  if (!json.inputs || typeof json.inputs.sha256 !== "string" || !Array.isArray(json.inputs.files) || !json.configuration || !Array.isArray(json.packs)) {
    throw new CliError(`formguard report --verify: ${file}: has no input hash (it must be a report of schemaVersion 2 or later).`);
  }
  return { inputs: json.inputs, configuration: json.configuration, packs: json.packs };
}

export function verifyReport(reportFile: string, opts: { inputs: string[]; configFile?: string; extraPacks: string[] }): number {
  const recorded = recordedInputs(reportFile);
  const lint = runLint({ inputs: opts.inputs.length ? opts.inputs : ["."], cwd: process.cwd(), configFile: opts.configFile, extraPacks: opts.extraPacks, today: localToday() });
  const now = reportFromLint(lint, { formguardVersion: FORMGUARD_VERSION_STRING, generatedAt: new Date().toISOString(), today: localToday() });
  if (now.inputs.sha256 === recorded.inputs.sha256) {
    process.stdout.write(`formguard: the inputs are the ones ${reportFile} names: SHA-256 ${now.inputs.sha256} (${now.inputs.files.length} files).\n`);
    return EXIT.ok;
  }
  process.stdout.write(differences(recorded, now).map((l) => `  ${l}\n`).join("") + `formguard: the inputs differ from ${reportFile}: it names SHA-256 ${recorded.inputs.sha256}, they now give ${now.inputs.sha256}.\n`);
  return EXIT.lintErrors;
}

/** What changed between the recorded inputs and the current ones, one line each. */
export function differences(was: RecordedInputs, now: RecordedInputs): string[] {
  const out: string[] = [];
  const before = new Map(was.inputs.files.map((f) => [f.path, f.sha256]));
  const after = new Map(now.inputs.files.map((f) => [f.path, f.sha256]));
  for (const [p, h] of after) {
    if (!before.has(p)) out.push(`added: ${p}`);
    else if (before.get(p) !== h) out.push(`changed: ${p}`);
  }
  for (const p of before.keys()) if (!after.has(p)) out.push(`removed: ${p}`);
  if ((was.configuration.file ?? "") !== (now.configuration.file ?? "") || was.configuration.sha256 !== now.configuration.sha256) {
    out.push(`configuration: ${was.configuration.file ?? "none"} → ${now.configuration.file ?? "none"}${was.configuration.file === now.configuration.file ? " (changed)" : ""}`);
  }
  const packsBefore = new Map(was.packs.map((p) => [p.name, p]));
  const packsAfter = new Map(now.packs.map((p) => [p.name, p]));
  for (const [name, p] of packsAfter) {
    const b = packsBefore.get(name);
    if (!b) out.push(`pack added: ${name}${p.version ? ` ${p.version}` : ""}`);
    else if (b.sha256 !== p.sha256 || b.version !== p.version) out.push(`pack changed: ${name} ${b.version ?? ""} → ${p.version ?? ""}`.trimEnd());
  }
  for (const name of packsBefore.keys()) if (!packsAfter.has(name)) out.push(`pack removed: ${name}`);
  return out;
}
