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

/**
 * The use of a substance said as a noun first: "the misuse of prescription drugs", "your use of
 * alcohol" ask what "prescription drug misuse" and "alcohol use" say. Read in that order.
 */
const USE_OF_SUBSTANCE = new RegExp(String.raw`\b(use|misuse|abuse)\s+of\s+(${QUALIFIERS}(?:prescription\s+)?(?:${SUBSTANCES}|alcohol))\b`, "g");
/**
 * Injecting, with nothing after it, is injecting drugs: "When was the last time you injected?" (a
 * harm-reduction screen's follow-up). With an object ("injected with insulin", "injected into the
 * muscle") it keeps its words.
 */
const INJECTED_ALONE = /\binject(?:s|ed|ing)?(?=\s*(?:[?.,;:]|$))/g;

/** `text` (lower case) with "use of drugs" read as "drugs use", and injecting alone as injecting drugs. */
export function readUseOfSubstance(text: string): string {
  let out = text;
  if (out.includes(" of ") && /\b(?:use|misuse|abuse)\s+of\b/.test(out)) out = out.replace(USE_OF_SUBSTANCE, "$2 $1");
  if (out.includes("inject")) out = out.replace(INJECTED_ALONE, "injected any illegal drug");
  return out;
}
