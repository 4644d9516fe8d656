/**
 * A referral's options say where it goes: "Referral to" with the options "Alcohol liaison", "MH
 * liaison (PLT)", "Drug service", "Falls team", or "Referred on (clinical)" with "ED", "Fracture
 * clinic", "Physio", asks which clinical service the patient was sent to. Read alone, "Referral to"
 * under a "Safeguarding" heading is the safeguarding referral, and a form that never asks for one was
 * told it did: the worst mistake recognition can make, since it hides the gap.
 *
 * So a choice whose label speaks of a referral is the referral its words name only if one of its
 * options, read as where the referral goes ("referral to Children's social care / MASH"), is still
 * that referral (referral-destination.ts decides which destinations a referral concept accepts).
 * Options that name nowhere ("None", "Other", "N/A"), answer a question ("Y", "N - declined") or say
 * how the referral went ("Referred", "Declined by woman", "Not eligible in this area", "Discussed with
 * GP instead", "Already open to children's social care") say nothing either way, and a label that names its destination ("Referred to the FNP?") is read by it.
 */
import { answersNothing } from "./non-answers";

const REFERRAL_WORD = /\brefer(?:s|red|ring|ral|rals)?\b/i;
/** How a referral went, or the answer to a yes/no, beside the options that answer nothing (non-answers.ts). */
const NOWHERE = /^\s*(?:(?:y|n|yes|no)\b|(?:not\s+)?(?:referred|accepted|eligible)\s*\.?\s*$|referral\s+(?:made|sent|declined|not\s+made)\b|(?:declined|refused)\s+by\b|not\s+eligible\b|awaiting\b|pending\b|already\b)|\binstead\s*\.?\s*$/i;
/** A label that names where its referral goes itself ("Referred to teenage pregnancy MW / FNP?"): its options answer it. */
const NAMES_ITS_DESTINATION = /\brefer\w*\s+(?:on\s+)?to\s+\w/i;

/** The options of a referral's choice that name a destination, or undefined when the field is not such a choice. */
export function referralDestinations(label: string | undefined, options: readonly string[] | undefined): string[] | undefined {
  if (!label || !options || options.length === 0 || !REFERRAL_WORD.test(label) || NAMES_ITS_DESTINATION.test(label)) return undefined;
  const places = options.filter((o) => !answersNothing(o) && !NOWHERE.test(o));
  return places.length > 0 ? places : undefined;
}

/** The text read for one destination: a referral to it. */
export function referralTo(destination: string): string {
  return `Referral to ${destination}`;
}
