/**
 * Being happy for someone to do something, or agreeing to it, is consenting to it: "Are you happy
 * for the nurse to examine and treat your child?" asks for consent to examination and treatment,
 * "Are you happy for us to share information about you with other people involved in your care?"
 * for consent to share, "Are you happy to go ahead with your health review today?", "Do you agree to have your health assessment today?" and "Has the child
 * or young person agreed to this assessment themselves?" for the young person's consent. Forms put consent so to patients and parents; the packs' phrases say "consent".
 *
 * Only a question about someone's willingness, with what they are willing to allow after it:
 * "Are you happy with the care you received?", "Is the child happy at school?" and "Do you agree
 * with this plan?" keep their words.
 */
const HAPPY_FOR = /\b(?:are|is|were|would)\s+(?:you|they|he|she|the\s+[a-z]+|your\s+[a-z]+)\s+(?:be\s+)?(?:happy|willing|content)\s+for\s+(?:[a-z']+\s+){1,4}?to\b/g;
const AGREE_TO = /\b(?:do|does|did|would|will|has|have)\s+(?:you|they|he|she|(?:the|your)\s+(?:[a-z]+\s+){0,3}?[a-z]+)\s+(?:agree|agreed)\s+to\b(?!\s+(?:the\s+|this\s+)?plan\b)/g;
/**
 * Consent to someone receiving or having something is consent to that thing: "Has the parent
 * consented to this patient receiving the COVID-19 vaccination?" asks for consent to vaccination.
 */
const CONSENT_TO_SOMEONE_RECEIVING = /\b(consent(?:s|ed)?\s+(?:to|for))\s+(?:(?:this|the|your|their|his|her|my)\s+)?(?:[a-z]+(?:'s)?\s+){0,2}?(?:receiving|having|to\s+have|to\s+receive|undergoing|to\s+undergo|being\s+given)\s+(?:(?:the|a|an|any|their|his|her)\s+)?/g;
/** Authorising an examination or treatment is consenting to it: "Authorizing medical exam". */
const AUTHORISING = /\bauthori[sz](?:e|es|ed|ing|ation\s+(?:for|of))\s+(?=(?:(?:the|a|an|this)\s+)?(?:(?:medical|physical)\s+)?(?:exam|examination|treatment|procedure|surgery|operation|vaccination|immunisation|immunization)\b)/g;
/**
 * Who consents to an examination or treatment does not change what is consented to: "Has the parent
 * or caregiver consented to this patient receiving the COVID-19 vaccination?" is consent to
 * vaccination, not a parent's consent to a referral ("parental consent" in the packs).
 */
const PARENT_CONSENTED_TO_CARE = /\b(?:the\s+|a\s+)?(?:parents?|caregivers?|carers?|guardians?)(?:(?:\s*\/\s*|\s+(?:or|and)\s+)(?:legal\s+)?(?:parents?|caregivers?|carers?|guardians?))?\s+(?:(?:has|have)\s+)?(?:given\s+)?consent(?:ed|s)?\s+(?=(?:to|for)\s+(?:(?:the|a|an|this|their|his|her)\s+)?(?:[a-z0-9-]+\s+){0,2}?(?:exam|examination|treatment|procedure|surgery|operation|vaccination|vaccine|immunisation|immunization)s?\b)/g;
/** Permission to do something is consent to it: "Do you have permission to share their details?". */
const PERMISSION_TO = /\bpermission\s+(to|for)\b/g;
/**
 * A first-person agreement is consent: "I agree to this health assessment taking place", "I agree
 * to have it", "I am happy to have the check". "taking place" only says it happens.
 */
const I_AGREE_TO = /\bi\s+(?:agree|consent|am\s+happy|am\s+willing)\s+to\s+(?:have\s+|having\s+)?/g;
const TAKING_PLACE = /\s+taking\s+place\b/g;
/** Being happy to go ahead with or have something is consenting to it: "Are you happy to go ahead with your health review today?". */
const HAPPY_TO_HAVE = /\b(?:are|is|were)\s+(?:you|they|he|she|the\s+[a-z]+)\s+(?:happy|willing|content)\s+to\s+(?:go\s+ahead\s+with|have|take\s+part\s+in)\s+/g;

/**
 * Consent to something "being shared" is consent to share information, whatever is shared and with
 * whom: "Has the young person agreed to this assessment being shared with their GP, school and
 * parents?" asks what "consent to share information" asks.
 */
const BEING_SHARED = /\bconsent(?:s|ed|ing)?\s+to\s+(?:(?:this|the|their|his|her|your|my)\s+)?(?:[a-z]+\s+){0,3}?(?:being|to\s+be)\s+shared(?:\s+with\s+[^?.]{1,80})?/g;

/** `text` (lower case) with "are you happy for … to", "do you agree to" and "I agree to" read as "consent to". */
export function readConsentFrame(text: string): string {
  let out = text;
  if (out.includes("happy") || out.includes("willing") || out.includes("content") || out.includes("agree")) out = out.replace(HAPPY_FOR, "consent to").replace(AGREE_TO, "consent to").replace(I_AGREE_TO, "consent to ").replace(HAPPY_TO_HAVE, "consent to ").replace(TAKING_PLACE, "");
  if (out.includes("consent")) out = out.replace(CONSENT_TO_SOMEONE_RECEIVING, "$1 ").replace(PARENT_CONSENTED_TO_CARE, "consent ");
  if (out.includes("shared")) out = out.replace(BEING_SHARED, "consent to share information");
  if (out.includes("permission")) out = out.replace(PERMISSION_TO, "consent $1");
  if (out.includes("authori")) out = out.replace(AUTHORISING, "consent to ");
  return out;
}
