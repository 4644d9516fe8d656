/**
 * The report's verdict, with its reasons in words:
 *   non-compliant  an unwaived error-level finding on an assessed form or file;
 *   incomplete     otherwise, if some input could not be assessed (syntax errors, unreadable
 *                  files, Questionnaires that failed to import), an expected kind has no forms,
 *                  a form names no kind, or a kind or audience no loaded pack declares, or no
 *                  form was assessed at all;
 *   compliant      otherwise.
 * A non-compliant report still lists what it could not assess: both are reasons. Rows met only by
 * inference from labels are a reason too, whatever the verdict.
 */
import { plural } from "./labels";
import { NO_SERVICE } from "./statuses";
import type { AuditReport, Verdict } from "./schema";

/** At most this many names in one reason; the rest are counted. */
const NAMES_SHOWN = 8;

function names(list: string[]): string {
  const shown = list.slice(0, NAMES_SHOWN).join(", ");
  return list.length > NAMES_SHOWN ? `${shown} and ${list.length - NAMES_SHOWN} more` : shown;
}

export function verdictOf(r: Omit<AuditReport, "verdict">): Verdict {
  const failing: string[] = [];
  const missing: string[] = [];
  const notAssessedFiles = new Set(r.notAssessed.map((n) => n.file));

  // Two copies or versions of one Questionnaire share a form id: such a form is named with its file.
  const idCount = new Map<string, number>();
  for (const f of r.forms) idCount.set(f.id, (idCount.get(f.id) ?? 0) + 1);
  const errorsByForm = r.forms
    .filter((f) => f.assessed)
    .map((f) => ({ name: idCount.get(f.id)! > 1 ? `${f.id} in ${f.file}` : f.id, errors: f.findings.filter((x) => x.level === "error").length }))
    .filter((f) => f.errors > 0);
  const errorsOutside = r.otherFindings
    .filter((o) => !notAssessedFiles.has(o.file))
    .map((o) => ({ name: o.file, errors: o.findings.filter((x) => x.level === "error").length }))
    .filter((o) => o.errors > 0);
  const offenders = [...errorsByForm, ...errorsOutside];
  if (offenders.length) {
    const total = offenders.reduce((n, o) => n + o.errors, 0);
    failing.push(`${plural(total, "unwaived error")} in ${plural(offenders.length, "form or file", "forms or files")}: ${names(offenders.map((o) => `${o.name} (${o.errors})`))}.`);
  }

  for (const n of r.notAssessed) {
    missing.push(`Not assessed: ${n.file}${n.forms.length ? ` (${n.forms.join(", ")})` : ""}: ${n.reason}.`);
  }
  // A misspelt or unloaded kind matches no requirement of its own: the form was checked against the
  // requirements for every form only. With `unknown-service` lowered or off, that was a pass.
  const unknownKind = r.forms.filter((f) => f.assessed && f.unknownKind);
  if (unknownKind.length) {
    const kinds = [...new Set(unknownKind.map((f) => f.kind))].sort();
    missing.push(
      `${plural(unknownKind.length, "form")} (${names(unknownKind.map((f) => f.id))}) ${unknownKind.length === 1 ? "names a kind" : "name kinds"} no loaded pack declares (${names(kinds)}): only the requirements for every form were checked on ${unknownKind.length === 1 ? "it" : "them"}.`,
    );
  }
  // And a form that names no kind at all: with `missing-service` lowered or off, nothing said so.
  const noKind = r.forms.filter((f) => f.assessed && f.kind === NO_SERVICE);
  if (noKind.length) {
    missing.push(
      `${plural(noKind.length, "form")} (${names(noKind.map((f) => f.id))}) ${noKind.length === 1 ? "names" : "name"} no kind (service): only the requirements for every form were checked on ${noKind.length === 1 ? "it" : "them"}. Give each its service, or map Questionnaires to one in the configuration's "questionnaires".`,
    );
  }
  // Likewise a misspelt audience: the requirements for the audience meant were not checked.
  const unknownAudience = r.forms.filter((f) => f.assessed && f.unknownAudiences?.length);
  if (unknownAudience.length) {
    const audiences = [...new Set(unknownAudience.flatMap((f) => f.unknownAudiences ?? []))].sort();
    missing.push(
      `${plural(unknownAudience.length, "form")} (${names(unknownAudience.map((f) => f.id))}) ${unknownAudience.length === 1 ? "names" : "name"} ${audiences.length === 1 ? "an audience" : "audiences"} no loaded pack declares (${names(audiences)}): the requirements for ${audiences.length === 1 ? "that audience" : "those audiences"} were not checked on ${unknownAudience.length === 1 ? "it" : "them"}.`,
    );
  }
  const supplied = new Set(r.forms.map((f) => f.kind));
  const absent = r.configuration.expectKinds.filter((k) => !supplied.has(k));
  if (absent.length) missing.push(`No forms supplied for ${plural(absent.length, "expected kind")}: ${names(absent)}.`);
  if (!r.forms.some((f) => f.assessed)) missing.push("No form was assessed.");

  const guessed = inferredNote(r);
  if (failing.length) return { status: "non-compliant", reasons: [...failing, ...missing, ...guessed] };
  if (missing.length) return { status: "incomplete", reasons: [...missing, ...guessed] };
  const assessed = r.forms.filter((f) => f.assessed);
  const reasons = [`All ${plural(assessed.length, "form")} of ${plural(new Set(assessed.map((f) => f.kind)).size, "kind")} were assessed, with no unwaived error.`];
  if (r.summary.waivedFindings) reasons.push(`${plural(r.summary.waivedFindings, "finding")} waived under ${plural(r.summary.waivers, "waiver")} (see Waivers).`);
  return { status: "compliant", reasons: [...reasons, ...guessed] };
}

/**
 * With inference on, rows counted as met because a field's label was recognised: said in the
 * verdict, with the forms, since each is a guess until the form says `covers`.
 */
function inferredNote(r: Omit<AuditReport, "verdict">): string[] {
  const rows = r.matrix.filter((m) => m.cells.some((c) => c.evidence?.some((e) => e.inferred)));
  if (rows.length === 0) return [];
  const forms = [...new Set(rows.flatMap((m) => m.cells.flatMap((c) => (c.evidence ?? []).filter((e) => e.inferred).map((e) => e.form))))].sort();
  return [
    `${plural(rows.length, "row")} ${rows.length === 1 ? "is" : "are"} met on ${plural(forms.length, "form")} (${names(forms)}) only by fields recognised from their labels, with inference on: each is marked "inferred" in its evidence, and is a guess until the form says "covers".`,
  ];
}
