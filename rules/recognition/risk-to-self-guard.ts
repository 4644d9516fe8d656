/**
 * A rating of a risk to the person themselves is not the risk to their children: "Current risk of
 * self-harm or suicide - red, amber or green rating", "Client's risk of overdose - RAG" were read
 * as the adult form's red/amber/green rating of the risk to the children, through "red amber
 * green" alone. A prompt that rates such a risk matches only a phrase that speaks of it. So are the
 * risks a nursing assessment grades for the patient's own body (falls, pressure ulcers, venous
 * thromboembolism, malnutrition, choking): "Grading of falls risk" was read as the graded risk to children.
 */
const RISK_TO_SELF = /\b(?:self[\s-]?harm\w*|suicid\w*|overdos\w*|self[\s-]?neglect|risk\s+to\s+(?:self|themselves|themself|himself|herself)|falls?|falling|pressure\s+(?:ulcers?|sores?|areas?|damage|injur(?:y|ies))|vte|venous\s+thrombo\w*|malnutrition|choking|aspiration|dehydration)\b/i;
const RATED = /\b(?:rag|grad(?:e|ed|ing)|red[\s,/]+amber|rating|rated|risk\s+level|level\s+of\s+risk|low[\s,/]+medium)\b/i;

/** Whether a prompt rates a risk to the person themselves ("Risk of overdose - RAG rating"). */
export function ratesRiskToSelf(prompt: string): boolean {
  return RATED.test(prompt) && RISK_TO_SELF.test(prompt);
}

/** Whether a phrase may answer such a prompt: one that speaks of that risk. */
export function speaksOfRiskToSelf(phrase: string): boolean {
  return RISK_TO_SELF.test(phrase);
}
