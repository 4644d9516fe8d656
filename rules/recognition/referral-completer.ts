/**
 * On a referral, whoever completes the form is its referrer. A CAMHS or social-care referral heads
 * its last section "Referrer" and asks "Referrer name", "Role", "Date of referral": read alone, those
 * name the referrer, and a form that asks them was told it asked neither the completer's name nor
 * the date it was completed (paragraph 1.30); where the heading names the completer instead ("Your
 * name", under a signature), the same form was told it did not say who referred.
 *
 * So, on a form whose kind or title says it is a referral:
 * - a section headed for the referrer ("Referrer", "Referrer details", "Referred by", "Person making
 *   this referral", "Who is making this referral", "For the referrer", "Declaration") is the form's sign-off block (sign-off.ts): a bare name, signature or date there is
 *   the completer's;
 * - the name of the one is the name of the other: a field read as the referrer's name is also the
 *   completer's, and the completer's name is also the referrer's, when the form needs the other and no
 *   field asks it. The two concepts are found by reading the packs' own words ("Name of referrer",
 *   a bare "Name" in a sign-off block), so no concept is named here.
 *
 * On any other form a "Referrer" section is someone else's: an MIU record's "Referred by" is who
 * sent the patient, not who writes the record.
 */
import type { Form } from "../../language/ast";
import { stem, tokens } from "./normalise";
import { ROLE_WORDS } from "./completer-section";
import type { Recogniser } from "./recogniser";

/** Whether a form is a referral, by its kind (`service camhs-referral`) or its title ("Request for services"). */
export function isReferralForm(form: Pick<Form, "service" | "title">): boolean {
  return REFERRAL.test(form.service?.text ?? "") || REFERRAL.test(form.title?.value ?? "");
}
const REFERRAL = /\breferral\b/i;

/** Whether a section title is a heading for the referrer ("Referrer details", "3. Referred by", "About you (the referrer)"). */
export function namesTheReferrer(title: string): boolean {
  return REFERRER_HEADING.test(title) || REFERRER_IN_BRACKETS.test(title) || DECLARATION.test(title);
}
/**
 * A referral's "Declaration" is the referrer's (round 20, set AA: "Date of referral" under it). Only
 * on a referral (this is asked only there): a consent form's declaration is the patient's.
 */
const DECLARATION = /^\s*(?:\d+[\d.]*[a-z]?\s*[.):-]?\s+)?(?:section\s+\d+\s*[-–—:.]\s*)?(?:referrer'?s\s+)?declaration\s*:?\s*$/i;
const REFERRER_HEADING = /^\s*(?:\d+[\d.]*[a-z]?\s*[.):]?\s+)?(?:(?:about|details\s+of|for)\s+)?(?:the\s+)?(?:referrer(?:'s)?|referring\s+(?:practitioner|professional|clinician|person|agency)|person\s+making\s+(?:the|this)\s+referral|who\s+is\s+(?:making\s+(?:the|this)\s+referral|referring)|referred\s+by|referral\s+made\s+by)(?:\s+(?:details|information|contact\s+details|and\s+sign[\s-]?off))?\s*:?\s*$/i;
const REFERRER_IN_BRACKETS = /\((?:the\s+)?(?:referrer|person\s+making\s+(?:the|this)\s+referral)\)\s*:?\s*$/i;

/** Words that make a referrer's field something other than their name: a role (completer-section.ts), a contact, an agency ("Referrer's role", "Referring agency"). */
const NOT_A_NAME = new Set([...ROLE_WORDS, ...["contact", "phone", "telephone", "tel", "mobile", "email", "address", "agency", "organisation", "organization", "team", "service", "relationship", "signature", "date", "base", "location"].map(stem)]);
const NAMES = new Set(["name", "by"].map(stem));

/** Whether a field's label asks for a person's name (or their details as a whole), not only their role or contact. */
export function asksAName(label: string, type: string | undefined): boolean {
  if (type === "person") return true;
  if (type !== undefined && type !== "text" && type !== "longtext") return false;
  const own = tokens(label);
  return own.some((t) => NAMES.has(t.stem)) || !own.some((t) => NOT_A_NAME.has(t.stem));
}

export interface NamePair {
  /** The concept a bare name in a sign-off block is read as: the completer's name. */
  completer: string;
  /** The concept "Name of referrer" is read as. */
  referrer: string;
}

const pairs = new WeakMap<Recogniser, NamePair | null>();
/** The completer's-name and referrer concepts of the packs the recogniser was built from, if both are there. */
export function namePair(recogniser: Recogniser): NamePair | undefined {
  let pair = pairs.get(recogniser);
  if (pair === undefined) {
    const completer = recogniser.recognise({ label: "Name", type: "text", block: "sign-off" })?.concept;
    const referrer = recogniser.recognise({ label: "Name of referrer", type: "text" })?.concept;
    pair = completer && referrer && completer !== referrer ? { completer, referrer } : null;
    pairs.set(recogniser, pair);
  }
  return pair ?? undefined;
}

/** For a field read as one of the pair, the other. */
export function partnerOf(pair: NamePair, concept: string): string | undefined {
  return concept === pair.completer ? pair.referrer : concept === pair.referrer ? pair.completer : undefined;
}
