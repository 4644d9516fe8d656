/**
 * The date a request was made or received is not the date of what was requested: "Date IHA request
 * received from CSC", "Date the IHA request was received by the health team" and "Date assessment
 * requested" ask when the request came, not when the assessment took place (the date every health
 * assessment must record). A prompt that dates a request or a receipt is answered only by a phrase
 * that speaks of one too ("GP summary requested", "date referral received").
 */
const DATES_A_REQUEST = /\b(?:date|time|when)\b[^.?]*\b(?:request(?:s|ed)?|received)\b/i;
const NAMES_A_REQUEST = /\b(?:request|receiv|referr)/i;

/** Whether a prompt asks when a request was made or received ("Date IHA request received"). */
export function datesARequest(prompt: string): boolean {
  return DATES_A_REQUEST.test(prompt);
}

/** Whether a phrase speaks of a request, a receipt or a referral, and so may answer such a prompt. */
export function namesARequest(phrase: string): boolean {
  return NAMES_A_REQUEST.test(phrase);
}
