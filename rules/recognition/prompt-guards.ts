/**
 * What a prompt says beyond its topic — whose information it asks for, which attribute, whether
 * a count — read the same way from prompts and from the packs' phrases, so that the recogniser's
 * guards can compare them ("Parent's signature" is not the practitioner's signature; "Number of
 * previous plans" is not whether there is a plan).
 */
import { namesDaysOfAWeek } from "./quantities";
import { stem, words, type Token } from "./normalise";
import { roleOf } from "./role-words";
import { namesTheCompleter } from "./completer-section";

/**
 * Words naming which attribute of a person or event a prompt asks for. A plan's category is one
 * (round 16): "Category of child protection plan" asks which category (neglect, emotional abuse),
 * of a plan already known to exist, not whether the child has one; three writers of forms said so.
 * So are an office and a fax number (round 39): "Social Worker's Office" asks where the worker is
 * based, not whether the family has one.
 */
export const ATTRIBUTES = new Set(["name", "phone", "telephone", "mobile", "address", "email", "postcode", "date", "signature", "relationship", "age", "contact", "category", "office", "fax"].map(stem));

/** Words naming the person a form is about, whoever they are on this form (see `subjectWeight`). */
const SUBJECT_WORDS = new Set(["patient", "client", "child", "young", "baby", "infant", "woman"].map(stem));
const PERSON = stem("person");
const YOUNG = stem("young");
/** Whether the token at `k` names the subject: "person" only as "young person" ("this person" may be anyone). */
export function namesSubject(list: Token[], k: number): boolean {
  const s = list[k].stem;
  return SUBJECT_WORDS.has(s) || (s === PERSON && k > 0 && list[k - 1].stem === YOUNG);
}

export const DATE = stem("date");
/** Words that only date a question ("… in the last 12 months"). */
export const TIME_WORDS = new Set(["last", "past", "previous", "recent", "month", "year", "week", "day", "time"].map(stem));


/**
 * "Contact" is an attribute of a person ("Contact details", "Emergency contact") except where it
 * is a contact made, a meeting or a call: "since the last contact", "at each contact", "first
 * contact with the service". That one asks for no one's contact details.
 */
const CONTACT_MADE_BEFORE = new Set(["last", "previous", "next", "first", "initial", "each", "every", "this", "recent", "latest", "subsequent", "further", "any", "follow-up", "antenatal", "booking"]);
export function isAContactMade(promptWords: readonly string[], position: number): boolean {
  return promptWords[position] === "contact" && position > 0 && CONTACT_MADE_BEFORE.has(promptWords[position - 1]);
}

/** The role groups a prompt names. "Referring clinician" is the clinician who referred, not the one completing the form. */
export function rolesOf(text: string, skipped?: ReadonlySet<number>): Set<string> {
  const ws = words(text);
  const roles = new Set(ws.map((w, i) => (skipped?.has(i) || describesAJudgement(ws, i) ? undefined : roleOf(w))).filter((r): r is string => r !== undefined));
  // "Completed by Self", "Signed by self": done by the person the form is about, not by a
  // practitioner. Only a closing "self": "self-harm" and "self-referral" name no one.
  if (/\bself\W*$/i.test(text)) roles.add("subject");
  // "Completed by", "Sign-off": whoever completes the form is the practitioner (completer-section.ts).
  else if (namesTheCompleter(text)) roles.add("practitioner");
  if (roles.has("referrer")) roles.delete("practitioner");
  return roles;
}

/**
 * "Professional decision on the safeguarding action", "clinical judgement", "professional curiosity":
 * "professional" as the kind of a judgement names no one whose information it is (round 36: the
 * decision asked so was refused every concept about the child). "Professional name" still does.
 */
const JUDGEMENT_NOUNS: ReadonlySet<string> = new Set(["decision", "decisions", "judgement", "judgment", "opinion", "view", "views", "curiosity", "analysis", "assessment"]);
function describesAJudgement(ws: readonly string[], i: number): boolean {
  return ws[i] === "professional" && JUDGEMENT_NOUNS.has(ws[i + 1] ?? "");
}

/** A prompt asking how many: "Number of …", "No. of …", "How many …". */
export function asksForCount(text: string): boolean {
  return /\b(?:number of|no\.? of|how many|count of)\b/i.test(text);
}

/**
 * "How many times a day are the child's teeth brushed?", "How many days a week do you exercise?":
 * a number per day or week is how often something is done, a habit, not a count of things. Only
 * with a rate ("per day", "a week", "each month"): "How many times has the child attended in the
 * past year?" counts attendances.
 */
export function asksHowOften(text: string): boolean {
  // The days of one week on which something was done is how often too (quantities.ts).
  return HOW_OFTEN.test(text) || namesDaysOfAWeek(text);
}
const HOW_OFTEN = /\bhow\s+many\s+(?:times|days|nights|hours|minutes)\b[^?.;]{0,40}?\b(?:per|a|an|each|every)\s+(?:day|week|fortnight|month|night|session)\b/i;

/** A concept's phrase that counts something: it asks how many, or how often ("times attended", "frequent attender"). */
export function countsSomething(text: string): boolean {
  return asksForCount(text) || /\b(?:times|count|frequent)\b/i.test(text);
}

/** Words naming a change to something: its cancellation, withdrawal, refusal, delay, closure… */
const CHANGE = /\b(?:cancel\w*|withdr[ae]w\w*|declin\w*|clos(?:e|ed|ing|ure)|chang\w*|delay\w*|extend\w*|extension|refus\w*|reject\w*|postpon\w*)\b/i;

/**
 * A prompt asking why something changed ("What is the reason for the cancellation of this
 * referral?", "Why are you withdrawing the referral?", "Reason for extending completion date")
 * asks about the change, not about the thing: it matches only a phrase that names a change.
 */
export function asksWhyChanged(text: string): boolean {
  return /\b(?:reasons?|why)\b/i.test(text) && CHANGE.test(text);
}
/** Whether a phrase names a change itself ("delay in presentation", "assessment declined"). */
export function namesChange(text: string): boolean {
  return CHANGE.test(text);
}
