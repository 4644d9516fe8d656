/**
 * A label that lists its answers after a colon asks what comes before the colon: "Threshold
 * decision: early help (CAF) / referral to children's social care / no further action" asks for
 * the threshold decision, and "Education: on roll / EHE / CME" for the education status. Read
 * whole, a long option ("referral to children's social care") outweighs the short heading and the
 * label is taken for one of its answers. Such a label is read as a heading with those options
 * (which the recogniser reads as it reads a choice field's), before it is read whole.
 *
 * Only a short heading and at least two short answers separated by slashes: "Other children:
 * names and dates of birth" and "Notes: see attached" are not lists of answers. So is a bracket of
 * three or more short answers after a heading: "Known to services (CP / CIN / LAC)"; and so are
 * three or more short answers after a question: "What type of alcohol? Beer/Cider/Wine/Vodka/Gin/Rum..."
 * (a substance-use form in the real labels' tuning part), where the drinks named outweighed the question.
 */
export interface InlineOptions {
  head: string;
  options: string[];
}

const SHAPE = /^([^:?]{2,60}):\s*([^:]+\/[^:]+)$/;

/** The heading and answers of a label that lists its answers after a colon, or undefined. */
export function inlineOptions(label: string): InlineOptions | undefined {
  if (!label.includes("/")) return undefined;
  if (!label.includes(":")) return bracketed(label) ?? afterAQuestion(label);
  const m = SHAPE.exec(label.trim());
  if (!m) return undefined;
  const head = m[1].trim();
  if (head.split(/\s+/).length > 8) return undefined;
  const options = m[2].split(/\s*\/\s*/).map((o) => o.trim().replace(/[.?]+$/, "")).filter(Boolean);
  if (options.length < 2 || options.some((o) => o.split(/\s+/).length > 6)) return undefined;
  return { head, options };
}

/** A short heading and its answers in a bracket after it: "Known to services (CP / CIN / LAC)" (round 25, set AK). */
const BRACKETED = /^([^():?]{2,60}?)\s*\(([^()]+\/[^()]+)\)\s*[?:]?\s*$/;

function bracketed(label: string): InlineOptions | undefined {
  const m = BRACKETED.exec(label.trim());
  if (!m) return undefined;
  const head = m[1].trim();
  if (head.split(/\s+/).length > 8) return undefined;
  const options = m[2].split(/\s*\/\s*/).map((o) => o.trim()).filter(Boolean);
  // Short answers, each a word or two ("CP", "CIN", "LAC"): "(parent/carer)" names whose the field is, and is read as such (normalise.ts).
  if (options.length < 3 || options.some((o) => o.split(/\s+/).length > 3)) return undefined;
  return { head, options };
}

/** A question and then its answers: "What type of alcohol? Beer/Cider/Wine/Vodka/Gin/Rum...". */
const AFTER_A_QUESTION = /^([^?]{2,80}\?)\s*([^?()]+\/[^?()]+?)\s*(?:\.{2,}|…)?\s*$/;

function afterAQuestion(label: string): InlineOptions | undefined {
  const m = AFTER_A_QUESTION.exec(label.trim());
  if (!m) return undefined;
  const options = m[2].split(/\s*\/\s*/).map((o) => o.trim()).filter(Boolean);
  // Three or more answers of a word or two ("Y/N", "Yes/No" after a question is a marker, read as such).
  if (options.length < 3 || options.some((o) => o.split(/\s+/).length > 3)) return undefined;
  return { head: m[1].trim(), options };
}
