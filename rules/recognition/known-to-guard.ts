/**
 * "Is the patient known to drug and alcohol services?" asks whether a service already knows the
 * person, as "known to social care" does, not who came to a meeting ("drug and alcohol service"
 * among a vulnerable families meeting's attendees) nor anything else the service's name is in.
 * Such a prompt matches only a phrase that speaks of being known to, open to or involved with a
 * service (child protection status, a social worker known), never one that only names the service.
 * So does one asking whether someone receives support from a service, is supported by one or is in
 * contact with one ("Is any adult in this household receiving support from drug and alcohol services?"),
 * or whether a service is involved with the family ("DRUG & ALCOHOL SERVICE INVOLVED WITH FAMILY Y / N",
 * round 19: involvement, not who came to the meeting).
 * "Known to be" and "known to have" are not known to anyone: "Is the child known to be subject to a
 * child protection plan?" asks the plan.
 */
const KNOWN_TO = /\bknown\s+to\b(?!\s+(?:be|have|has|had)\b)|\binvolved\s+with\b|\bservices?\s+involved\b|\b(?:receiving|receives|received|getting|gets)\s+(?:any\s+)?(?:support|help|treatment)\s+from\b|\b(?:supported|seen)\s+by\s+(?:the\s+|a\s+|any\s+)?(?:local\s+)?(?:drug|alcohol|substance|mental|community|adult|children's|social)\b|\b(?:in\s+contact|engaged|engaging)\s+with\s+(?:the\s+|a\s+|any\s+)?(?:local\s+)?(?:drug|alcohol|substance|mental|community|adult|children's|social)\b/i;
const KNOWN = /\b(?:known|open\s+to|involved|involvement|allocated|caseload)\b/i;

/** Whether a prompt asks whether someone is known to a service. */
export function asksKnownTo(text: string): boolean {
  // Asked of every text the recogniser reads: one with none of these words cannot match, and is let go first.
  return /known|involved|support|help|treatment|seen|contact|engag/i.test(text) && KNOWN_TO.test(text);
}

/** Whether a phrase may answer a prompt about being known to a service. */
export function namesBeingKnown(phrase: string): boolean {
  return KNOWN.test(phrase);
}
