/**
 * A request for a service is a referral, in the words of the systems that send them: the
 * Department for Education's family hubs service calls a professional's referral a "connection
 * request" ("Why are you requesting a connection?", "Professional who has made this connection
 * request"), and openEHR's service request names the one who sends it the "Requester". Read as the
 * packs' words: the request is the referral, the one who requests it the referrer
 * (6 December 2026, on the real labels' tuning part).
 *
 * Only a request for services or a connection to one: "Request for information", "Requested by
 * the court", "Has the parent requested a copy?" keep their words. Not "service request" either:
 * openEHR's heading is over "Service type" too, the kind of service wanted, which read as a
 * referral became the packs' "type of referral" (whether it asks for action or shares
 * information). A "requester" is the referrer wherever a form names one: a clinical form's
 * requester is the professional asking for help for the patient.
 */
const SERVICE_REQUEST = /\b(?:connection\s+requests?|requests?\s+for\s+(?:a\s+|the\s+)?(?:services?|connection)|request(?:s|ing|ed)?\s+(?:a\s+|the\s+)?connection)\b/g;
const REQUESTER = /\brequest(?:e|o)rs?\b/g;

/** `text` (lower case) with a request for a service read as a referral, its requester as the referrer. */
export function readServiceRequest(text: string): string {
  if (!text.includes("request")) return text;
  return text.replace(SERVICE_REQUEST, "referral").replace(REQUESTER, "referrer");
}
