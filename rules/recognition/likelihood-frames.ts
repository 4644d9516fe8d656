/**
 * How likely harm is, and how serious or how soon, is what an analysis of risk weighs: "Describe
 * the risks of harm to the child and your analysis of how likely and how serious they are", "what
 * harm could the child come to, how likely is it and how soon?", "Your assessment: how likely harm
 * is to the patient or to any child". Read as "the likelihood of harm", the packs' phrase for it;
 * only where harm or risk is named beside it, so "How likely are you to recommend us?" is left alone.
 */
const SERIOUS_OR_SOON = String.raw`(?:and\s+how\s+(?:serious|severe|soon|imminent)(?:\s+(?:it\s+is|they\s+are|is\s+it|are\s+they|it\s+(?:could|would|might)\s+be))?)`;
const HOW_LIKELY = new RegExp(
  String.raw`\b(?:(?:your\s+)?(?:view|analysis|assessment|judgement)\s+of\s+)?how\s+likely(?:\s+${SERIOUS_OR_SOON})?(?:\s+(?:it\s+is|they\s+are|is\s+it|are\s+they|harm\s+is|it\s+(?:could|would|might)\s+be|that\s+is))?(?:,?\s+${SERIOUS_OR_SOON})?`,
  "g",
);

/** `text` (lower case) with how likely harm is read as its likelihood, where harm or risk is named. */
export function readHowLikely(text: string): string {
  if (!text.includes("how likely") || !/\b(?:harm|risks?|danger)\b/.test(text)) return text;
  return text.replace(HOW_LIKELY, "likelihood of harm");
}

/**
 * An analysis "of them" or "of these", after the risks it analyses are named, is the analysis of risk:
 * "Summarise the safeguarding risks you have identified and your analysis of them". So is the verb:
 * "Summarise and analyse the safeguarding risks identified" asks for what "analysis of risk" names,
 * not for the concerns themselves (the risks' "identified" had read it as the concerns found). Only
 * where risk or harm is named: "analyse the results" is left alone.
 */
const ANALYSE_RISK = /\banaly[sz](?:e|es|ed|ing)\s+(?:the\s+|any\s+|all\s+)?(?:[a-z-]+\s+)?(?:risks?|harm)\b/g;
const ANALYSIS_OF_THEM = /\banalysis\s+of\s+(?:them|these|those|this|it)\b/g;

/** `text` (lower case) with an analysis of the risks it names read as the analysis of risk. */
export function readAnalysisOfRisk(text: string): string {
  if (!text.includes("analy") || !/\b(?:risks?|harm)\b/.test(text)) return text;
  return text.replace(ANALYSE_RISK, "analysis of risk").replace(ANALYSIS_OF_THEM, "analysis of risk");
}
