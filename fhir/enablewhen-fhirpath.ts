/**
 * One enableWhen condition written as FHIRPath, for a condition whose question is no item of the
 * Questionnaire being read (an SDC module's item waiting on the form it is assembled into, or a
 * mistyped linkId). The form language has no field to compare, but it can keep the condition as
 * `expression "…"`, which formguard does not evaluate: the field stays conditional, so it never
 * meets a `required` requirement as if always shown. The expression is the one SDC form fillers
 * write for the same test (`%resource.repeat(item).where(linkId='…').answer…`).
 */
import type { EnableWhen } from "./schema";

/** A FHIRPath string literal: single quotes, with `\` and `'` escaped. */
function fhirPathString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\r/g, "\\r").replace(/\n/g, "\\n")}'`;
}

/** The answer an enableWhen compares with, as a FHIRPath literal and the path to compare it at. */
function answerLiteral(ew: EnableWhen): { path: string; literal: string } | undefined {
  if (typeof ew.answerBoolean === "boolean") return { path: "value", literal: String(ew.answerBoolean) };
  if (typeof ew.answerInteger === "number") return { path: "value", literal: String(ew.answerInteger) };
  if (typeof ew.answerDecimal === "number") return { path: "value", literal: String(ew.answerDecimal) };
  if (typeof ew.answerString === "string") return { path: "value", literal: fhirPathString(ew.answerString) };
  if (typeof ew.answerDate === "string") return { path: "value", literal: `@${ew.answerDate}` };
  if (typeof ew.answerDateTime === "string") return { path: "value", literal: `@${ew.answerDateTime}` };
  if (typeof ew.answerTime === "string") return { path: "value", literal: `@T${ew.answerTime}` };
  const code = ew.answerCoding?.code;
  if (typeof code === "string") return { path: "value.code", literal: fhirPathString(code) };
  return undefined;
}

/** `enableWhen` → FHIRPath; an answer it cannot write (a quantity, a reference) asks only that there is one. */
export function enableWhenAsFhirPath(ew: EnableWhen): string {
  const answer = `%resource.repeat(item).where(linkId=${fhirPathString(ew.question)}).answer`;
  if (ew.operator === "exists") return ew.answerBoolean === false ? `${answer}.empty()` : `${answer}.exists()`;
  const a = answerLiteral(ew);
  return a ? `${answer}.${a.path} ${ew.operator} ${a.literal}` : `${answer}.exists()`;
}
