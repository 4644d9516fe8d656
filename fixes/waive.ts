/** "Waive this rule for this form": a waiver line with placeholders a person must fill in. */
import type { Diagnostic } from "../language/diagnostic";
import type { FixDraft } from "./index";
import { atEndOfForm } from "./requirement-fixes";
import { formAt, type DocText } from "./text";

export const WAIVER_REASON = "TODO: why this form need not meet the rule";
export const WAIVER_BY = "TODO: name and role of who accepts this";

/** The same day a year on (29 February → 28 February). */
export function oneYearAfter(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const day = m === 2 && d === 29 ? 28 : d;
  return `${String(y + 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function waiveFix(t: DocText, d: Diagnostic, today: string): FixDraft | undefined {
  const form = formAt(t.doc, d.span.start);
  if (!form?.body) return undefined;
  const line = `waive ${d.ruleId} "${WAIVER_REASON}" by "${WAIVER_BY}" until ${oneYearAfter(today)}`;
  // Never applied by --fix: a waiver needs a reason and someone accountable.
  return { title: `Waive ${d.ruleId} for form \`${form.name.text}\``, edits: [atEndOfForm(t, form, [line])], preferred: false };
}
