/**
 * Taking a substance is using it. "Do you take any recreational drugs?", "Have you ever taken
 * illegal drugs?" ask what "recreational drug use", "illegal drug use" say: with a drug or other
 * substance as its object, *take* is the verb of use, as *drink* is for alcohol and *smoke* for
 * tobacco (word-families.ts).
 *
 * Only with the substance right after it (a few qualifiers allowed: any, other, illegal,
 * recreational…): "take part in drugs education", "take into account", "action taken", "taken into
 * care" keep their own meaning. Medicines are left alone: taking one's medication is adherence, not
 * substance use.
 */
const QUALIFIERS = String.raw`(?:(?:any|other|some|illegal|illicit|recreational|street|non-?prescribed|unprescribed|hard|class a|party)\s+){0,3}`;
const SUBSTANCES = String.raw`(?:drugs?|substances?|cannabis|marijuana|cocaine|crack|heroin|ecstasy|mdma|methamphetamine|amphetamines?|ketamine|lsd|opioids?|legal highs)`;
const TAKES_SUBSTANCE = new RegExp(String.raw`\b(?:take|takes|taking|took|taken)\s+(?=${QUALIFIERS}${SUBSTANCES}\b)`, "g");

/** `text` (lower case) with "take" read as "use" where a drug or other substance is what is taken. */
export function readTakingSubstance(text: string): string {
  if (!text.includes("take") && !text.includes("took") && !text.includes("taking")) return text;
  return text.replace(TAKES_SUBSTANCE, "use ");
}
