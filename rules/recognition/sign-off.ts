/**
 * A sign-off block: the few fields where whoever completes a form writes their name, signs and
 * dates it. Trusts head it every way ("Sign off", "Entered by", "Report author", "Booking midwife",
 * "Paediatrician", "HV") and label its fields barely ("Name", "Clinician", "Examining doctor",
 * "Signature", "Date / time", "Date sent", "Date of referral"): read alone, those labels say whose
 * they are to no one, and a form that asks all three was told it asked none.
 *
 * A section is a sign-off block when its heading names the completer (completer-section.ts) or when
 * it holds a signature that names no one else ("Signature", "HV signature"; not "Woman's signature",
 * "Parent/carer signature" or "Witness signature"). In one, a field that is only a name, a trade or a
 * signature, or a date that names no other event ("Date of next review" does), is the completer's:
 * `signOffSlot` says which, and the recogniser reads it as the packs name it ("Name of the
 * practitioner completing the form").
 */
import { stem, tokens, type Token } from "./normalise";
import { rolesOf } from "./prompt-guards";
import { PROFESSIONS } from "./form-agents";
import { namesTheCompleter, ROLE_WORDS } from "./completer-section";
import { namesTheReferrer } from "./referral-completer";
import { namesCompleterInBracket } from "./completer-bracket";

export type SignOffSlot = "name" | "signature" | "date";

const SIGNATURE = new Set(["signature", "signed", "sign", "signatory"].map(stem));
/**
 * People who sign a form beside (or instead of) whoever completes it and whom the role table
 * (role-words.ts, read by `rolesOf`) does not name: a parent, a carer, the patient or the child it
 * names already.
 */
const OTHER_SIGNERS = /\b(?:witness\w*|interpreter|supervisor|manager|countersign\w*|consent\w*|guardian|woman|person|social\s+worker|advis[eo]r'?s?)\b/i;
/** A word of signing, not the noun "signs": "signed", "signature", "sign", "sign-off", "signatory". */
const SIGNING = /\bsign(?:ed|ature|atures|atory|ing)?\b/i;

/** Words a completer's name field may carry beside the name or trade ("Print name", "Name and role", "Clinician name & grade", "Name of nurse writing this plan", "Name of clinician making this entry"). */
const NAME_WORDS = new Set(["name", "by", "print", "full", "role", "grade", "designation", "job", "title", "band", "seen", "completed", "entered", "author", "school", "booking", "examining", "assessing", "attending", "responsible", "named", "writing", "wrote", "making", "made", "completing", "sending", "sent", "letter", "service", "team", "this", "entry", "plan", "record", "form", "report", "assessment", "summary", "note", "notes", "section", "session", "notification", "recording", "letter", "referral", "visit", "contact", "care", "page", "part"].map(stem));
/** What makes a field a name: the word itself, a trade, or an author. */
const NAMES_A_PERSON = new Set(["name", "author", "seen", "completed", "entered"].map(stem));
const TRADE_WORDS = new Set(PROFESSIONS.flatMap((p) => p.split(" ")).map(stem));

/** Words a completion date may carry ("Date sent", "Date report written", "Date of booking", "Date / time"): the form's own event, nothing else's. */
// "Date of contact" and "Date of visit" too (round 20, set AA): a record made at a contact is dated by it.
const DATE_WORDS = new Set(["date", "time", "sent", "intake", "signed", "written", "entered", "completed", "complete", "report", "referral", "booking", "plan", "agreed", "entry", "assessment", "record", "form", "today", "section", "session", "notification", "page", "part", "updated", "last", "contact", "visit"].map(stem));
const DATE = stem("date");

/** Whether a field's label and type make it a signature of whoever completes the form: it names no one else. */
function isCompletersSignature(label: string, type: string | undefined, own: readonly Token[], onReferral: boolean): boolean {
  // "Signs" the noun is not signing (round 19, set Y): "Spotting the Signs proforma - outcome" is a
  // screen's result, and its section is not a sign-off block for it.
  if (type !== "signature" && !(own.some((t) => SIGNATURE.has(t.stem)) && SIGNING.test(label))) return false;
  return namesNoOtherSigner(label, onReferral);
}

/** Whether a label names no one but whoever completes the form: on a referral, the referrer is they ("Signature of referrer"). */
function namesNoOtherSigner(label: string, onReferral: boolean): boolean {
  return !OTHER_SIGNERS.test(label) && [...rolesOf(label)].every((r) => r === "practitioner" || (onReferral && r === "referrer"));
}

/** Whether a field may be a signature at all: its type, or "sign" in its label (every field of a section is asked, so the test is cheap). */
function maySign(label: string, type: string | undefined): boolean {
  return type === "signature" || /sign/i.test(label);
}

/** Whether a section (its title, its fields' labels and types) is a sign-off block; on a referral, a section for the referrer is (referral-completer.ts). */
export function isSignOffBlock(title: string | undefined, fields: ReadonlyArray<{ label: string; type: string | undefined }>, onReferral = false): boolean {
  if (title && (namesTheCompleter(title) || (onReferral && namesTheReferrer(title)))) return true;
  // Under a heading for another signer ("Consent to examination", "Parent/guardian") a signature,
  // name or date that names no one is that signer's; one that names the completer is still theirs.
  const anothers = title !== undefined && namesAnotherSigner(title);
  if (fields.some((f) => maySign(f.label, f.type) && isCompletersSignature(f.label, f.type, tokens(f.label), onReferral) && (!anothers || namesTheCompleterItself(f.label, onReferral)))) return true;
  // "Your name (the person making this referral)": a name field whose bracket says it is the completer's (round 36).
  if (fields.some((f) => namesCompleterInBracket(f.label))) return true;
  return !anothers && namesAndDatesItsAuthor(fields, onReferral);
}

/**
 * A heading for someone who signs beside whoever completes the form: the one consenting, a witness,
 * an interpreter, a guardian ("Consent to examination", "Parental consent", "Witness"). Not a heading
 * naming the patient or the child: a form of one section ("Child health review") ends with its
 * author's signature under it. Round 40: a bare "Signature" under "Consent to examination" was read as the
 * practitioner's, and a form that never asks for the practitioner's signature was told it did.
 */
const ANOTHER_SIGNERS_HEADING = /\b(?:consent\w*|witness\w*|interpreters?|guardians?)\b/i;
function namesAnotherSigner(title: string): boolean {
  return ANOTHER_SIGNERS_HEADING.test(title);
}

/** Whether a signature's own label names the completer ("Clinician signature"; on a referral "Signature of referrer"). */
function namesTheCompleterItself(label: string, onReferral: boolean): boolean {
  const roles = rolesOf(label);
  return roles.has("practitioner") || (onReferral && roles.has("referrer"));
}

/**
 * A section that ends a form with a person's field naming only a trade or a name ("Clinician",
 * typed `person`) and a bare date ("Date and time") is where its author writes who they are and
 * when, signature or not: a narrative record's "Discharge", a notification's "From".
 */
function namesAndDatesItsAuthor(fields: ReadonlyArray<{ label: string; type: string | undefined }>, onReferral: boolean): boolean {
  // Every section holding an untagged field is asked: the types first, the words only where both stand.
  if (!fields.some((f) => f.type === "person" || (f.type === "text" && COMPLETERS_ACT.test(f.label))) || !fields.some((f) => (f.type === "date" || f.type === "datetime") && BARE_DATE.test(f.label))) return false;
  return fields.some((f) => (f.type === "person" || (f.type === "text" && COMPLETERS_ACT.test(f.label))) && signOffSlot(f.label, f.type, onReferral) === "name");
}
/**
 * A text field naming whoever is completing the form by that act ("Name and grade of clinician
 * completing", "Name of the nurse sending this letter") is as good as a `person` field for it (round 36).
 */
const COMPLETERS_ACT = /\b(?:completing|sending|writing)\b/i;
/** "Date", "Date and time", "Date / time", "Time and date". */
const BARE_DATE = /^\s*(?:date|time)(?:\s*(?:and|\/|&)\s*(?:date|time))?\s*[:?]?\s*$/i;

/** Which of the completer's slots a field of a sign-off block is, if any; on a referral the referrer's are (referral-completer.ts). */
export function signOffSlot(label: string, type: string | undefined, onReferral = false): SignOffSlot | undefined {
  const own = tokens(label);
  if (own.length === 0) return undefined;
  if (isCompletersSignature(label, type, own, onReferral)) return "signature";
  if (!namesNoOtherSigner(label, onReferral)) return undefined;
  if ((type === "date" || type === "datetime" || (type === undefined && own[0].stem === DATE)) && own.some((t) => t.stem === DATE) && own.every((t) => DATE_WORDS.has(t.stem))) return "date";
  if (type !== undefined && type !== "text" && type !== "person") return undefined;
  // A role alone is not a name: "Professional role", "Job title", "Grade" ("Name and role" is).
  const namesOne = own.some((t) => NAMES_A_PERSON.has(t.stem));
  if (!namesOne && own.some((t) => ROLE_WORDS.has(t.stem))) return undefined;
  if (own.every((t) => NAME_WORDS.has(t.stem) || TRADE_WORDS.has(t.stem)) && (namesOne || own.some((t) => TRADE_WORDS.has(t.stem)))) return "name";
  return undefined;
}
