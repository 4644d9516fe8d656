/**
 * Advice is not enquiry. "Counselling conducted on alcohol use", "Advice given about safe
 * sleeping", "Information provided on domestic abuse services", "Health education on physical
 * activity" record what the practitioner told the person, not what the person was asked: a form
 * holding them has not asked about alcohol use or domestic abuse. Guidance-based forms (the WHO
 * antenatal care templates, health-visiting checklists) hold dozens of such items, one per topic,
 * and each names a topic a concept asks about — so each would otherwise be read as that enquiry,
 * and a false recognition silences the gap the form really has.
 *
 * Such a prompt matches only a phrase that itself names advice, support or an action offered
 * ("IPV counselling", "refuge information given", "support offered following disclosure"): the
 * concepts that are about what was offered.
 */

/**
 * The prompt records advice, counselling or information given, not a question asked. A "brief
 * intervention" (alcohol, smoking: "Brief Alcohol intervention", "Alcohol brief intervention given")
 * is the name screening guidance gives such advice (round 38).
 */
const GIVES_ADVICE =
  /\bbrief\s+(?:(?:alcohol|smoking|drugs?|tobacco|substance)\s+)?interventions?\b|\b(?:counsel(?:l)?(?:ing|ed)?|advi[cs]e\s+(?:given|provided|offered|on|about|re)|advised\s+(?:on|about|to|re|regarding)|health\s+education|education\s+(?:given|provided|offered|on|about)|leaflets?|information\s+(?:given|provided|offered|shared\s+about|on|about))\b/i;

/** A phrase that is itself about what was offered: advice, counselling, information, support or a referral. */
const NAMES_OFFER = /\b(?:counsel\w*|advi[cs]\w*|educat\w*|leaflets?|information|helpline|support\w*|referr\w*|referral|signpost\w*|offered|given|plan\w*)\b/i;

export function givesAdvice(prompt: string): boolean {
  // Asked of every text the recogniser reads: one with none of these words cannot match, and is let go first.
  return /brief|counsel|advi[cs]e|education|leaflet|information/i.test(prompt) && GIVES_ADVICE.test(prompt);
}

export function namesOffer(phrase: string): boolean {
  return NAMES_OFFER.test(phrase);
}
