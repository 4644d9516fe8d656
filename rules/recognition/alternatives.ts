/**
 * One question asking several in a list: "Has anyone ever hit you, hurt you or made you feel
 * afraid?" asks "has anyone ever hit you", "… hurt you" and "… made you feel afraid". Read whole,
 * each alternative is only a part of it, and none scores as it would alone. Each alternative after
 * the first is given the first one's opening ("Has anyone ever"), so it can be read as the
 * question it is.
 *
 * Only a question with an opening of its own words ("has anyone", "have you ever been", "does your
 * partner") and alternatives of at most six words each ("live with any child under 18"), two to five of them.
 */
const OPENING_WORDS = new Set(["has", "have", "had", "did", "does", "do", "is", "are", "was", "were", "anyone", "anybody", "someone", "somebody", "you", "your", "partner", "ever", "been", "the", "client", "patient", "child", "in", "past", "last", "year", "12", "months", "a"]);

/**
 * "Does the patient look after, or live with, any children under 18?": an alternative set off by
 * commas between a verb and the object it shares with it. Read as "… look after any children under
 * 18" and "… live with any children under 18". At most three words between the commas, and an
 * object opened by a determiner ("any", "the", "your"): without it, one more false recognition on
 * the real labels' test part.
 */
const SHARED_OBJECT = /^(.+?),\s+or\s+((?:\S+\s+){0,2}\S+),\s+((?:any|a|an|the|your|their|his|her)\s.+)$/i;

/** The alternatives of a question that lists them, each with the question's opening, or none. */
export function alternativesOf(question: string): string[] {
  if (!question.includes(",") || !/\bor\b/i.test(question)) return [];
  const shared = SHARED_OBJECT.exec(question.replace(/\?\s*$/, ""));
  if (shared) {
    const [, before, between, object] = shared;
    const opening = openingOf(before.split(/\s+/));
    if (opening) return [`${before} ${object}`, `${opening} ${between} ${object}`];
  }
  const parts = question.replace(/\?\s*$/, "").split(/\s*,\s*(?:or\s+)?|\s+or\s+/i).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 5) return [];
  const opening = openingOf(parts[0].split(/\s+/));
  if (!opening) return [];
  // An alternative that is a question of its own ("…, or do they have parental responsibility for
  // any child?") is read as it is, up to ten words; any other, after the opening, up to six.
  const asItIs = (p: string) => OWN_QUESTION.test(p) && p.split(/\s+/).length <= 10;
  if (parts.slice(1).some((p) => !asItIs(p) && p.split(/\s+/).length > 6)) return [];
  return [parts[0], ...parts.slice(1).map((p) => (asItIs(p) ? p : `${opening} ${p}`))];
}

/** An auxiliary and a pronoun for the one asked about: a question of its own ("do they have", "is she"). */
const OWN_QUESTION = /^(?:do|does|did|is|are|was|were|has|have|had)\s+(?:they|he|she|you)\b/i;

/** The words opening a question ("has anyone ever", "does the patient"), at least two, or none. */
function openingOf(first: readonly string[]): string | undefined {
  let n = 0;
  while (n < first.length - 1 && OPENING_WORDS.has(first[n].toLowerCase())) n++;
  return n >= 2 ? first.slice(0, n).join(" ") : undefined;
}

/**
 * A label joining two headings with a spaced slash, "Reason for referral / presenting difficulties":
 * each side is a label of its own, read alone. Only sides of two words or more, so "Parent / carer
 * name" and "Date / time" stay one label.
 */
export function slashedHeadings(label: string): string[] {
  if (!label.includes(" / ")) return [];
  const parts = label.split(/\s+\/\s+/).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.split(/\s+/).length < 2)) return [];
  return parts;
}

/**
 * A short section heading of two things, "Injury / presenting complaint", "Conferences and core
 * groups": each side is a heading of its own for the fields under it. Unlike a label's slashed
 * headings, a side may be one word (a heading lends its words to a label, it is not read alone);
 * only headings of five words or fewer, so a title's own "and" ("Health and development of the
 * child in the family") stays whole.
 */
export function headingAlternatives(title: string): string[] {
  if (!/ \/ | and /.test(title) || title.split(/\s+/).length > 5) return [];
  return title.split(/ \/ | and /);
}

/**
 * A clinician's judgement of what follows a colon: "Clinician's judgement: risk of sexual
 * exploitation" asks the risk of sexual exploitation, as judged. The part after the colon, read
 * alone; the head only says whose view the answer is.
 */
const JUDGEMENT_HEAD = /^\s*(?:the\s+)?(?:clinician|practitioner|professional|nurse|doctor|midwife|worker|assessor)(?:'s|’s|s'|s’)?\s+(?:overall\s+)?(?:judgement|judgment|view|opinion|impression)\s*:\s*(\S.*)$/i;

/** What a judgement head (above) is of, or none. */
export function judgedPart(label: string): string[] {
  const m = label.includes(":") ? JUDGEMENT_HEAD.exec(label) : null;
  return m ? [m[1]] : [];
}

/**
 * A label whose last clause adds a question of its own to what it lists: "the home: its condition and
 * safety, and where the baby sleeps", "the child's appearance, behaviour and how they interact with
 * the attending adult". The first part, read alone (only when the whole label matched nothing).
 */
const ADDED_QUESTION = /,?\s+and\s+(?=(?:where|who|how|what|when|which|why)\s)/i;

/** What a label lists before a question added at its end, or none. */
export function beforeAddedQuestion(label: string): string[] {
  const m = ADDED_QUESTION.exec(label);
  return m && m.index > 0 && label.slice(0, m.index).trim().split(/\s+/).length >= 2 ? [label.slice(0, m.index)] : [];
}
