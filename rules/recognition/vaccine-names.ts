/**
 * Which vaccine is given does not change what is asked about it: "Has the parent consented to this
 * patient receiving the COVID-19 vaccination?" asks for consent to vaccination, as "Consent for
 * your child to receive the flu vaccine" does. The disease or brand before the vaccine only names
 * which one, and as a word no phrase uses it would weigh against every match.
 */
const VACCINE_NAMES = String.raw`(?:covid(?:[\s-]*19)?|coronavirus|flu|influenza|seasonal\s+flu|nasal\s+flu|hpv|mmr|measles|polio|tetanus|diphtheria|pertussis|whooping\s+cough|meningitis|menacwy|men\s*acwy|men\s*b|td\/ipv|bcg|hepatitis\s+b|hep\s+b|rotavirus|shingles|pneumococcal|chickenpox|varicella|rsv|dtap|tdap)`;
const NAMED_VACCINE = new RegExp(String.raw`\b${VACCINE_NAMES}\s+(?=(?:vaccin|immuni[sz]|jab|booster))`, "g");

/** `text` (lower case) without the name of the vaccine before "vaccine", "vaccination", "immunisation", "jab" or "booster". */
export function withoutVaccineName(text: string): string {
  if (!/vaccin|immuni|jab|booster/.test(text)) return text;
  return text.replace(NAMED_VACCINE, "");
}
