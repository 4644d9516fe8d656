/**
 * A label that is a bare attribute and a bracket saying whose, which or when: "Name (accompanying
 * adult)", "Relationship (to child)", "Date (next review conference)", "Outcome (child in need
 * meeting)", "Summary (from GP)"; or the other way round, "Children under 18 (number)". Regional templates harmonised across trusts write labels so (round 24,
 * set AI), and so do many data sets. The bracket is then what the label asks about, not an aside,
 * so it is read into the label ("Name of accompanying adult", "Number of children under 18") instead
 * of being dropped with the other brackets (normalise.ts `mainClause`).
 *
 * Only a whole label of that shape is read so, and only when the bracket is not a format or a
 * hint ("Date (dd/mm/yyyy)", "Name (print)", "Weight (kg)", "Outcome (if known)").
 */

/** A head that says only which attribute is asked, and the word that joins it to the bracket. */
const ATTRIBUTE_HEADS = new Map<string, string>([
  ["name", "of"],
  ["names", "of"],
  ["full name", "of"],
  ["date", "of"],
  ["dates", "of"],
  ["outcome", "of"],
  ["summary", "of"],
  ["number", "of"],
  ["signature", "of"],
  ["relationship", "of"],
  ["details", "of"],
  ["account", "of"],
  ["reason", "for"],
  ["referral", "to"],
]);

/**
 * A bracket holding only a count: the label before it is what is counted ("Children under 18
 * (number)"). Not a name or a date: "Health visitor present (name)", "To be done by (date)" ask what
 * they say and only add how to write the answer down (round 25, set AK).
 */
const ATTRIBUTE_BRACKETS = new Set(["number", "no", "no."]);

/** A head that ends with a verb's preposition ("Completed by (name)", "Referred to (name)") says what was done, not of what. */
const ENDS_IN_PREPOSITION = /\b(?:by|to|from|with|for|at|on|of)$/i;

/**
 * A word that begins a bracket already joined to its head: a preposition ("(to child)", "(from GP)",
 * "(after leaving care)") or a participle ("Report copy (sent to carers)", "Action plan (reviewed by
 * safeguarding advisor)"). Such a bracket goes on the head's phrase whatever the head is.
 */
const JOINING = /^(?:to|from|of|for|with|by|at|in|on|about|after|before|during)\b/i;
const PARTICIPLE = /^(?:sent|given|made|completed|agreed|offered|shared|requested|received|reviewed|signed|seen)\b/i;

/** How many words a head may have for a joined bracket to be read into it: a short label's. */
const MAX_JOINED_HEAD_WORDS = 6;

/** A bracket that says how to write the answer, not what about: formats, units, hints. */
const HINT =
  /^(?:(?:d{1,2}|m{1,3}|y{2,4}|hh|mm|ss)(?:\s*[/.:-]\s*(?:d{1,2}|m{1,3}|y{2,4}|hh|mm|ss))*|print(?:ed)?|block\s+capitals|capitals|in\s+full|optional|required|mandatory|if\s+\w+|where\s+\w+|when\s+\w+|please\s+\w+.*|specify|free\s+text|text|y\/n|yes\/no|e\.g\..*|eg\b.*|i\.e\..*|see\b.*|kg|g|cm|mm|m|years?|months?|weeks?|days?|hours?|minutes?|mmhg|bpm|%|\d[\d\s.,/-]*|[a-z])$/i;

const WHOLE_LABEL = /^\s*([^()]{1,60}?)\s*\(([^()]{1,60})\)\s*[:?]?\s*$/;

/** The label with its bracket read into it, or undefined when it is not of the shape above. */
export function withBracketedQualifier(label: string): string | undefined {
  const m = WHOLE_LABEL.exec(label);
  if (!m) return undefined;
  const head = m[1].trim();
  const inner = m[2].trim();
  if (HINT.test(inner)) return undefined;
  const join = ATTRIBUTE_HEADS.get(head.toLowerCase());
  if (join) return JOINING.test(inner) || PARTICIPLE.test(inner) ? `${head} ${inner}` : `${head} ${join} ${inner}`;
  // Only a bracket of one phrase: "(made by referrer, e.g. early help, CAMHS)" lists examples of what the head is.
  if ((PARTICIPLE.test(inner) || /^after\b/i.test(inner)) && !/[,;]|\be\.?g\b/i.test(inner)) return head.split(/\s+/).length <= MAX_JOINED_HEAD_WORDS ? `${head} ${inner}` : undefined;
  if (ATTRIBUTE_BRACKETS.has(inner.toLowerCase()) && /[a-z]{3}/i.test(head) && !ENDS_IN_PREPOSITION.test(head)) return `${inner} of ${head}`;
  return undefined;
}
