/**
 * Consent is always consent to something, and a form says what: "Has consent been obtained for
 * telecare?", "Consent for photographs given", or a bare "Has consent been obtained?" under the
 * heading "Consent for telecare". Consent to anything but being examined, treated or assessed is not
 * the packs' bare "consent obtained": read so, an adult social care form's consent to telecare was
 * taken for consent to examination, and so was "Has consent been obtained?" under "Consent to share
 * information".
 *
 * So a label that names consent and nothing it is for takes its object from the heading above it
 * (recogniser.ts `ownerAgrees`) when that heading says the consent is for something other than a
 * clinical act (care-consent.ts says which are; an assessment, a review or being seen is one here).
 * Tried and not kept (round 37): the same as a phrase guard on labels that name their own object
 * ("Has consent been obtained for telecare?"): three more false alarms on the held-out written forms.
 */
import { CLINICAL_ACT, CONSENT, CONSENT_TO_SOMETHING_ELSE } from "./care-consent";

/** "consent for X", "consented to X", "consent been obtained for X", "consent to us X-ing": what follows is what it is for. */
const CONSENT_FOR = /\b(?:consent|consents|consented|consenting)\s+(?:(?:has|have|had)\s+)?(?:(?:been|was|is|were)\s+)?(?:(?:obtained|given|sought|received|gained|provided|recorded)\s+)?(?:for|to)\s+(?:(?:the|a|an|your|their|his|her|this|us|being|having|receive|receiving|undergo|undergoing|any)\s+)*[a-z]/;
/** Besides care-consent.ts's clinical acts: being assessed or reviewed, seen, consulted or a session going ahead, a health check, care itself, and their shorthand ("exam", "Rx", "O/E"). */
const ASSESSED = /(?:^|[^a-z])(?:exam\w*|rx|tx|ix|o\/e|obs|assess\w*|reviews?|health|checks?|visits?|care|proceed\w*|continu\w*|go\s+ahead|seen|see|consult\w*|appointments?|interviews?|interventions?|sessions?|medical|medicines?|medication|nursing|admission|x-?rays?|scans?|swabs?|bloods?)\b/;

/** Whether a text says its consent is for something other than an examination, treatment or assessment. */
export function namesConsentToSomethingElse(text: string): boolean {
  const lower = text.toLowerCase();
  const m = CONSENT_FOR.exec(lower);
  if (!m) return false;
  const what = lower.slice(m.index + m[0].length - 1);
  return !CLINICAL_ACT.test(what) && !ASSESSED.test(what);
}

/** Whether a label names consent and nothing it is for: "Has consent been obtained?", "Consent given". */
export function namesBareConsent(label: string): boolean {
  const lower = label.toLowerCase();
  return CONSENT.test(lower) && !CONSENT_FOR.test(lower) && !CONSENT_TO_SOMETHING_ELSE.test(lower) && !CLINICAL_ACT.test(lower) && !ASSESSED.test(lower);
}
