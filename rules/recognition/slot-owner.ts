/**
 * Whose attribute a slot is. A label that names only an attribute — "Signature", "Name", "Date",
 * "Date and time", "Phone number" — does not say whose it is; on a real form its section does.
 * "Signature" under "Consent" is the consenting person's signature, under "Physician
 * attestation" the physician's; "Date" under "Incident basics" is when the incident happened.
 * Read on its own such a label would be whichever concept's phrase is just that word (the
 * practitioner's signature), whatever the section says.
 *
 * So, when a section is there to say it: a bare attribute label counts on its own only when the
 * section names a person the concept is about (a role word, see ROLE_GROUPS); otherwise it is read
 * under the section's title, as any slot is. With no section (a form written for formguard, the
 * hand-written prompts) a bare "Signature" is still the practitioner's: that is what such forms
 * mean by it.
 *
 * The same holds the other way round: a label that says what its attribute belongs to ("Date and
 * time of report") is not the attribute of its section's topic ("Incident details" → the date and
 * time of the incident). Read under its section, its own words beyond the attribute must take part
 * in the match (`carriesOwnWords`); only a bare slot takes its owner from the section.
 */
import { NEGATION, stem, type Token } from "./normalise";
import { ATTRIBUTES, namesSubject, TIME_WORDS } from "./prompt-guards";

/**
 * Words that say which attribute or when, and nothing of what about: the attributes, time words,
 * numbers, and the slot words "number" ("Phone number") and "signed" (a "Signed:" line is a
 * signature slot).
 */
function attributeOrTime(s: string): boolean {
  return ATTRIBUTES.has(s) || TIME_WORDS.has(s) || /^\d/.test(s) || SLOT_WORDS.has(s);
}
const SLOT_WORDS = new Set(["number", "signed"].map(stem));
const SIGNED = stem("signed");

/** A label of attribute words only ("Signature", "Signed", "Date and time", "Phone number"), at least one of them an attribute or a signing. */
const SIGNATURE = stem("signature");
/** Whether a label names a signature: "Signature", "Signed", "Clinician's signature". */
export function namesASignature(label: readonly Token[]): boolean {
  return label.some((t) => t.stem === SIGNATURE || t.stem === SIGNED);
}

export function isBareAttribute(label: readonly Token[]): boolean {
  return label.length > 0 && label.length <= 4 && label.some((t) => ATTRIBUTES.has(t.stem) || t.stem === SIGNED) && label.every((t) => attributeOrTime(t.stem));
}

/**
 * The label's own words that say what it is about, beyond which attribute and when. Not a word
 * naming the person the form is about: "Relationship to child" under "Parent/primary caregiver
 * present" is the present caregiver's relationship to the child, the section saying whose.
 */
export function contentStems(label: readonly Token[]): Set<string> {
  return new Set(label.filter((t, k) => t.stem !== NEGATION && !attributeOrTime(t.stem) && !namesSubject(label as Token[], k)).map((t) => t.stem));
}

/**
 * Whether a match read under a section's title is carried by the label's own words: some of its
 * content words when it has any ("Date and time of report" must keep "report"), else some of its
 * words at all (a bare slot: "First name" under "Person accompanying the child").
 */
export function carriesOwnWords(label: readonly Token[], phraseStems: readonly string[]): boolean {
  const content = contentStems(label);
  if (content.size > 0) return phraseStems.some((s) => content.has(s) || (s === PARENT && namesAParent(content)));
  return label.some((t) => phraseStems.includes(t.stem));
}

/**
 * A mother or a father is a parent: "Mother" and "Father / partner" under "Parental MH" are each a
 * parent's mental health, the label's own word taking part as the parent it names.
 */
const PARENT = stem("parent");
const PARENTS = new Set(["mother", "father", "mum", "dad", "stepmother", "stepfather"].map(stem));
function namesAParent(content: ReadonlySet<string>): boolean {
  for (const s of content) if (PARENTS.has(s)) return true;
  return false;
}

/**
 * Whether a phrase's match rests on more than which attribute and when: a phrase that says what
 * about ("date and time of incident") must have one of those words found in the prompt. A phrase
 * of attribute words only ("signature", "date and time") is carried by them.
 */
export function carriedByContent(phraseStems: readonly string[], prompt: readonly Token[]): boolean {
  let hasContent = false;
  for (const s of phraseStems) {
    if (attributeOrTime(s)) continue;
    hasContent = true;
    if (prompt.some((t) => t.stem === s)) return true;
  }
  return !hasContent;
}

/**
 * A slot: attribute words, and at most words naming the person the form is about ("Relationship
 * to child", "Child's relationship", "First name", "Phone"). What it belongs to is said around it.
 */
export function isSlot(label: readonly Token[]): boolean {
  return label.length > 0 && label.length <= 4 && label.some((t) => ATTRIBUTES.has(t.stem)) && label.every((t, k) => attributeOrTime(t.stem) || namesSubject(label as Token[], k));
}

/**
 * What an item is about without which attribute it asks: "Name of the person accompanying the
 * child" → "of the person accompanying the child". A bare slot that follows it ("Relationship to
 * child") is read beside this, as under a heading; empty when the item is itself a bare slot.
 */
export function subjectOf(itemWords: readonly string[]): string {
  const kept = itemWords.filter((w) => !attributeOrTime(stem(w)));
  if (!kept.some((w) => !STOP.has(w))) return "";
  // An item asking who ("Who came in with the child today?") is about that person: the slot after it
  // ("How is this person related to the child?") is the person's (round 24, set AI).
  return kept[0] === "who" ? `person ${kept.join(" ")}` : kept.join(" ");
}
const STOP = new Set(["of", "the", "a", "an", "to", "for", "and", "or", "first", "last", "full", "given", "family", "surname"]);
