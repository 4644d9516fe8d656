/**
 * A benefit named is a benefit: "Do you get Housing Benefit?", "Are you claiming Pension Credit?",
 * "Do you receive SNAP or TANF?" ask whether the family receives benefits, as "Do you receive any
 * benefits?" does. Written by name, the benefit's other words ("housing", "pension", "child") weigh
 * against the match, or lead to another concept (housing is the home environment). Only the
 * benefits' own names, UK and US, each read as "benefits", and the kinds named by what they are paid
 * for ("disability benefits", "sickness benefit": the disability would otherwise lead elsewhere).
 *
 * Money paid between parents who live apart is named the same way ("child maintenance", "child
 * support", "alimony"), as are the state's pensions and unemployment pay: each is money the household
 * gets, asked about on the same forms. Not "Social Security Number" (an identifier), nor a "child
 * support worker" or "child support plan" (help for the child, not money).
 */
const UK = String.raw`housing\s+benefit|child\s+benefit|council\s+tax\s+(?:benefit|reduction|support)|pension\s+credit|income\s+support|(?:income-based\s+|new\s+style\s+)?jobseeker'?s?\s+allowance|(?:income-related\s+|new\s+style\s+)?employment\s+and\s+support\s+allowance|carer'?s?\s+allowance|disability\s+living\s+allowance|personal\s+independence\s+payment|attendance\s+allowance|(?:working|child)\s+tax\s+credits?|tax\s+credits|state\s+pension|(?:child|spousal)\s+maintenance(?:\s+payments)?|maintenance\s+payments|(?:disability|sickness|bereavement)\s+benefits?`;
const US = String.raw`supplemental\s+security\s+income|temporary\s+assistance\s+for\s+needy\s+families|tanf|snap\s+benefits|snap|wic\s+benefits|social\s+security\s+(?:benefits|income|payments|disability(?:\s+insurance)?)|ssi|ssdi|unemployment\s+(?:benefits?|insurance|compensation)|(?:child|spousal)\s+support(?:\s+payments)?(?!\s+(?:worker|plan|needs|team|services|group|officer))|alimony`;
const NAMED_BENEFIT = new RegExp(String.raw`\b(?:${UK}|${US})\b`, "g");

/** `text` (lower case) with a benefit named read as "benefits". */
export function readNamedBenefit(text: string): string {
  if (!/benefit|credit|support|allowance|payment|tanf|snap|wic|supplemental|pension|maintenance|\bssd?i\b|social security|unemployment|alimony/.test(text)) return text;
  return text.replace(NAMED_BENEFIT, "benefits");
}
