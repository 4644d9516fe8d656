/**
 * Consent to care is asked in many word orders, and the packs' phrases ("consent to treatment",
 * "consent for procedure") hold only the short ones: "I voluntarily consent to receive healthcare
 * services via telemedicine", "…and that I am voluntarily giving my consent for this surgery",
 * "Has the parent consented to the child being examined?". A label that speaks of consent and of a
 * clinical act — an examination, a treatment, a procedure, an operation, an anaesthetic, a
 * vaccination, a test, health care itself — asks about consent to examination and treatment.
 * Read so where nothing else recognises the label (a last reading, recogniser.ts).
 *
 * Not consent to something else a health form asks consent for: sharing or disclosing information,
 * a referral, being contacted, photographs or recordings, research, teaching, marketing, data; nor
 * whether someone has the capacity to consent (a mental capacity question), consent withdrawn, or a
 * care plan agreed (the plan's own concept); nor a legal application or order.
 */
import { readTopicWords, type TopicReading } from "./plain-label";

export const CONSENT = /\b(?:consent|consents|consented|consenting)\b/;
export const CLINICAL_ACT = /\b(?:examination|examinations|examine|examined|examining|treatment|treatments|treat|treated|procedures?|surgery|surgical|operation|anaesthe\w*|anesthe\w*|vaccin\w*|immuni[sz]\w*|injections?|transfusion|healthcare|health\s+care|medical\s+care|care\s+and\s+treatment|health\s+services|medical\s+services|tests?|testing|screening|blood\s+sample)\b/;
export const CONSENT_TO_SOMETHING_ELSE = /\b(?:shar\w*|information|disclos\w*|photo\w*|video\w*|record\w*|research|study|studies|trial|market\w*|communicat\w*|refer\w*|contact\w*|application|order|accommodation|data|publish\w*|teach\w*|students?|capacity|withdr[ae]w\w*|plan|email|text|post|observ\w*|attend\w*)\b/;

/** The words that said so, when a label asks about consent to an examination or treatment; else undefined. */
export function consentToCare(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [CONSENT, CLINICAL_ACT], unless: CONSENT_TO_SOMETHING_ELSE, phrase: "consent to examination and treatment", topic: "consent to examination or treatment" });
}
