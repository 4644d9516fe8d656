/**
 * Alcohol and drug screens ask about use without saying "use": "How much do you normally drink?",
 * "How often have you had five or more drinks in one day?", "Do you drink beer, wine, or other
 * alcoholic beverages?", "What type of cocaine?".
 * Each asks about the person's alcohol or drug use, which is what the packs' phrases name
 * ("alcohol use", "cocaine use", "drug use"). Read so, the words the phrases use are there.
 *
 * Each reading needs the substance (or the screen's own frame) in the text, so "Food and drink",
 * "Does the child drink enough water?", "Drug allergies" and "Alcohol hand gel" keep their meaning:
 * - named alcoholic drinks (beer, wine, spirits…) are alcohol;
 * - a number of drinks ("six or more drinks", "4 drinks", "standard drinks") is alcohol;
 * - how much or how often *you* drink, with nothing drunk named, is drinking alcohol;
 * - someone's drinking, as a habit of theirs ("cut down on your drinking", "criticized your
 *   drinking", "Has your drinking caused problems?", the CAGE questions), is their alcohol use;
 * - a label naming only a substance ("Alcohol", "Any alcohol?", "What type of cocaine?") asks about its use;
 * - having had, tried or consumed a substance ("Have you had any alcohol during this pregnancy?",
 *   "Have you ever tried cannabis?") is its use; not drugs alone, which may be medicines ("Has the
 *   child had any drugs for the pain?");
 * - injecting drugs or a substance is drug use ("How many times a day do you inject substance?", a
 *   harm-reduction risk assessment); injecting with nothing named stays as written, since insulin and
 *   other medicines are injected too;
 * - smoking named beside alcohol or drugs ("Does she smoke cigarettes, drink alcohol or use drugs?")
 *   is one of the lifestyle habits asked about together, and the cigarettes only say what is smoked:
 *   read as smoking, so the question meets "smoking, alcohol and drugs". A tobacco question alone
 *   ("Do you smoke cigarettes?") keeps its words: tobacco is not what the packs' substance phrases
 *   name.
 */
const DRINK_NAMES = String.raw`(?:beers?|wines?|spirits|liquor|ciders?|lagers?|vodka|gin|rum|whisk(?:e)?y|alcopops?|shots\s+of\s+liquor|cocktails)`;
const SEPARATOR = String.raw`(?:\s*[,/]\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)`;
/** "beer, wine, or other alcoholic beverages", "beer/cider/wine": the list is alcohol. */
const DRINK_LIST = new RegExp(String.raw`\b${DRINK_NAMES}(?:${SEPARATOR}(?:other\s+)?${DRINK_NAMES})*(?:${SEPARATOR}(?:other\s+|any\s+other\s+)?alcoholic\s+(?:beverages?|drinks?))?\b`, "g");
/** "alcoholic beverages" and "units of alcohol" are alcohol: the units only measure it. */
const ALCOHOLIC_BEVERAGES = /\balcoholic\s+(?:beverages?|drinks?)\b|\b(?:\d+\s+|how\s+many\s+)?units\s+of\s+alcohol\b/g;
/** "six or more drinks on one occasion", "4 drinks in one day": the amount and its occasion only measure the drinking. */
const NUM = String.raw`(?:\d+|x|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`;
const COUNTED_DRINKS = new RegExp(String.raw`\b(?:(?:at\s+least|more\s+than|over)\s+)?(?:${NUM}\s+or\s+more|or\s+more|${NUM}|standard)\s+(drinks?)\b(?:\s+(?:in|on|at)\s+(?:one|a|1|a\s+single|any\s+one)\s+(?:day|occasion|sitting|session)(?:\s*\/\s*(?:day|occasion|sitting|session))*\b)?`, "g");
/**
 * "How much do you (normally) drink?", "How often does she drink?": the clause ends with the verb, and
 * how much or how often is how the drinking is measured, as in quantities.ts.
 */
const HOW_MUCH_YOU_DRINK = /\bhow\s+(?:much|often|many\s+times)\b[^?.]{0,40}?\b(you|she|he|they|your\s+partner)\s+(?:normally\s+|usually\s+|typically\s+)?(drink|drank)(?=\s*(?:\?|$|\b(?:in|on|per|each|a)\b))/g;
/** "your drinking", "her drinking": a person's drinking, a noun, is their drinking of alcohol (not "drinking water", "drinking enough"). */
const SOMEONES_DRINKING = /\b(your|their|his|her|my|partner|patient|client|mother|father|parent)\s+drinking\b(?!\s+(?:water|enough|fluids?|milk|juice|plenty))/g;
const SUBSTANCES = String.raw`(?:alcohol|cocaine|crack|cannabis|marijuana|heroin|ecstasy|mdma|methamphetamine|amphetamines?|ketamine|opioids?|(?:illicit|illegal|recreational|street)\s+drugs?)`;
/** A label that names only a substance, or asks only which one: "Alcohol", "Any alcohol?", "Cannabis:", "What type of cocaine?". */
const ONLY_SUBSTANCE = new RegExp(String.raw`^(\s*(?:any\s+|(?:what|which)\s+)?(?:(?:types?|kinds?)\s+of\s+)?${SUBSTANCES}(?:\s*(?:[,/&]|and|or)\s*${SUBSTANCES})*)(\s*[?:.]?\s*)$`);

/** "had any alcohol", "tried cannabis", "consumed alcohol": the substance was used. */
const HAD_SUBSTANCE = new RegExp(String.raw`\b(?:had|tried|consumed|drunk|drank)\s+(?:any\s+|some\s+)?(${SUBSTANCES})\b(?!\s+use)`, "g");

/** "inject drugs", "injected any substances", "injecting drug use": the drugs are used. */
const INJECTING_DRUGS = /\binject(?:s|ed|ing)?\s+(?:any\s+|the\s+|a\s+|illicit\s+|illegal\s+|street\s+)*(?:drugs?|substances?)(?:\s+use)?\b/g;

/** "smoke cigarettes", "smoking tobacco": the smoking. */
const SMOKING_TOBACCO = /\b(smok(?:e|es|ed|ing))\s+(?:cigarettes?|tobacco|cigars?)\b/g;
/** Alcohol or a drug named: smoking is then asked about beside it. */
const NAMES_ALCOHOL_OR_DRUGS = new RegExp(String.raw`\b(?:${SUBSTANCES}|drugs?)\b`);

/** `text` (lower case) with alcohol and drug screens' ways of asking about use read as use. */
export function readSubstanceTopic(text: string): string {
  let out = text;
  // Before the drinks are read as alcohol: "had six or more drinks" is counted, not "had alcohol".
  if (/\b(?:had|tried|consumed|drunk|drank)\b/.test(out)) out = out.replace(HAD_SUBSTANCE, "$1 use");
  if (/drink|drank|alcohol|beer|wine|spirits|liquor|cider|lager/.test(out)) {
    out = out.replace(DRINK_LIST, "alcohol").replace(ALCOHOLIC_BEVERAGES, "alcohol").replace(COUNTED_DRINKS, "alcohol $1").replace(HOW_MUCH_YOU_DRINK, "$1 $2 alcohol").replace(SOMEONES_DRINKING, "$1 alcohol use");
  }
  if (out.includes("inject")) out = out.replace(INJECTING_DRUGS, "injecting drug use");
  if (out.includes("smok") && NAMES_ALCOHOL_OR_DRUGS.test(out)) out = out.replace(SMOKING_TOBACCO, "$1");
  return out.length < 60 ? out.replace(ONLY_SUBSTANCE, "$1 use$2") : out;
}
