/**
 * The practitioner's analysis of the risk of harm is asked as its parts: how likely harm is, how
 * serious, how soon ("What harm could happen to the child if things do not change? How serious could
 * it be?", "Your professional opinion - likelihood and seriousness of harm to the child"). A label
 * naming harm or risk together with its likelihood or seriousness asks what the packs' "assessment
 * of risk of harm" means. Read so where nothing else recognises the label (a last reading,
 * recogniser.ts).
 *
 * Not the risk to the person themselves or to others from them (self-harm, suicide, violence to
 * others: a mental health risk screen), nor a clinical risk (falls, pressure sores, bleeding, a
 * procedure's or a medicine's risks).
 */
import { readTopicWords, type TopicReading } from "./plain-label";

const HARM = /\b(?:harm|harms|risks?|danger)\b/;
const JUDGEMENT = /\b(?:likely|likelihood|serious|seriousness|severity|how\s+soon)\b/;
const NOT_HARM_TO_A_CHILD = /\bself[\s-]*harm|\b(?:suicid\w*|yourself|themselves|himself|herself|others|falls?|pressure|ulcers?|bleed\w*|infection|medication|medicines?|procedure|surgery|operation|anaesthe\w*|side\s+effects?|allerg\w*)\b/;

/** The judgement and the harm, when a label asks how likely or serious harm is; else undefined. */
export function harmJudgement(label: string): TopicReading | undefined {
  return readTopicWords(label, { words: [JUDGEMENT, HARM], unless: NOT_HARM_TO_A_CHILD, phrase: "assessment of risk of harm", topic: "how likely or serious harm is" });
}
