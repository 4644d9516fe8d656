/**
 * How far back a question looks, as its words say: "How many times has the child attended ED in
 * the last 12 months?" looks back 12 months, "Attendances in the past six months" 6 months (the
 * minor injury units' finding, paragraph 1.16). A real form has no `lookback` property, only its
 * wording; with inference on, a field recognised as a count over a period is judged on the period
 * its label or help states (infer.ts), so a form asking "in the last 12 months" is not told it
 * says nothing, and one asking "in the last 6 months" is told it looks back 6.
 *
 * Only a stated period: "in/within/during/over the last/past/previous N units" or "the past
 * year/month". "Recent attendances" states none.
 */
import type { Duration, StringLit } from "../../language/ast";

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, "twenty-four": 24, "thirty-six": 36 };
const PERIOD = /\b(?:in|within|during|over|for)\s+(?:the\s+)?(?:last|past|previous|preceding)\s+(?:(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six)\s+)?(days?|weeks?|months?|years?)\b/i;

/** The period a text states, as a duration placed on `at` (the label or help it was read from). */
export function statedLookback(text: string | undefined, at: StringLit | undefined): Duration | undefined {
  if (!text || !at) return undefined;
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const amount = m[1] === undefined ? 1 : /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
  // A bare unit after "last" is one of it ("in the past year"); a plural needs its number ("in the last months" states none).
  if (!amount || (m[1] === undefined && m[2].toLowerCase().endsWith("s"))) return undefined;
  const unit = m[2].toLowerCase();
  const singular = unit.endsWith("s") ? unit.slice(0, -1) : unit;
  return { amount, unit: { text: amount === 1 ? singular : `${singular}s`, span: at.span }, span: at.span };
}
