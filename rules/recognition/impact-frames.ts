/**
 * What affects the children has an impact on them: "How might the client's mental health affect the
 * children?", "… affect the safety and wellbeing of the children?", "… affect the children's safety,
 * care and wellbeing?" and "How is the parent's behaviour harming, or likely to harm, the child?" all
 * ask the impact on the children (the packs' "impact of parental behaviour", paragraph 3.8). Read as
 * "impact on the children".
 *
 * Only with the children as what is affected: "Is the child affected by…" and "affect your ability
 * to care" keep their words (folding "affect" onto "impact" everywhere read a parenting-capacity
 * question as the impact on the child). Only a behaviour, a use or an illness harming them: "Is
 * anyone harming the child?" asks about a concern, not a parent's impact.
 */
const WHOSE = String.raw`(?:the\s+|their\s+|his\s+|her\s+|your\s+|any\s+|these\s+|this\s+|each\s+|every\s+)?`;
const CHILDREN = String.raw`(child|children|baby|young\s+person|young\s+people)\b`;
/** What of the children is affected ("safety", "wellbeing", "care"): it says no more than that they are. */
const GOOD = String.raw`(?:(?:day-to-day|day\s+to\s+day|daily|emotional)\s+)?(?:safety|wellbeing|well-being|welfare|health|development|care|needs|life|lives|routines?)`;
const GOODS = String.raw`${GOOD}(?:(?:,\s*|\s+(?:and|or)\s+|,\s*(?:and|or)\s+)${GOOD})*\b`;

/** ", or likely to affect,", "or could affect": what may yet affect them is asked with what does. */
const OR_COULD_AFFECT = String.raw`(?:,?\s+or\s+(?:(?:is\s+|are\s+)?likely\s+to|could|might|may|will)\s+affect,?)?`;

/** "affect (the safety and wellbeing of) the children", "affecting, or likely to affect, the child". */
const AFFECTS_THE_CHILDREN = new RegExp(String.raw`\baffect(?:s|ed|ing)?${OR_COULD_AFFECT}\s+(?:on\s+)?(?:(?:the\s+)?${GOODS}\s+of\s+)?${WHOSE}${CHILDREN}`, "g");
/** "affect the children's safety, care and wellbeing" (the possessive is gone by now, normalise.ts). */
const AFFECTS_THE_CHILDRENS = new RegExp(String.raw`\baffect(?:s|ed|ing)?${OR_COULD_AFFECT}\s+${WHOSE}${CHILDREN.slice(0, -2)}(?:'s|')?\s+${GOODS}`, "g");
/** "How is the parent's behaviour harming, or likely to harm, the child?", "How could the parent's behaviour cause harm to the child?". */
const BEHAVIOUR_HARMING = new RegExp(String.raw`\b(behaviours?|use|drinking|illness|condition|circumstances)\s+(?:is\s+|are\s+|could\s+|might\s+|may\s+)?(?:harming|harm|caus(?:e|ing)\s+harm\s+to)(?:,?\s+or\s+(?:is\s+|are\s+)?likely\s+to\s+harm,?)?\s+${WHOSE}${CHILDREN}`, "g");
/** "… affecting the child, or likely to affect them", "… or how could it harm them?": the likelihood after the impact adds nothing to what is asked. */
const LIKELY_TO_AFFECT_THEM = /(?<=impact on the (?:child|children|baby|young person|young people)),?\s+or\s+(?:(?:is\s+|are\s+)?likely\s+to|how\s+(?:could|might|would|may|will)\s+(?:it|they|this|that))\s+(?:affect|harm)\s+(?:them|him|her)\b/g;

/**
 * ", or the current crisis,", ", and any behaviour linked to it,": an aside added to what affects the
 * children, between it and "affect", only widens it.
 */
const ASIDE_BEFORE_AFFECT = /,\s+(?:and|or)\s+[a-z'\- ]{1,40},\s+(?=(?:is\s+|are\s+|could\s+|might\s+|may\s+|will\s+)?affect)/g;
/** "… this child day to day": how often adds nothing to the impact on them (which children, "named above", readings.ts reads before). */
const WHICH_CHILDREN = /(?<=impact on the (?:child|children|baby|young person|young people))\s+day[\s-]to[\s-]day\b/g;

/** "What is your analysis of how … affects the children?": asking for a view of how asks how. */
const VIEW_OF_HOW = /\bwhat\s+is\s+your\s+(?:analysis|view|assessment|understanding)\s+of\s+(?=how\b)/g;

/**
 * "How is the behaviour, health or lifestyle of the parent placing the child at risk of harm?":
 * putting or placing the children at risk is harming them, as BEHAVIOUR_HARMING reads; only
 * something a parent does or has placing them there ("Is the child at risk of harm?" asks the
 * risk, and "Is anyone putting the child at risk?" who, not a parent's impact).
 */
const PARENTS_DOING = /\b(?:parents?|carers?|mother|father|behaviours?|drinking|drug|alcohol|substance|mental\s+health|illness|lifestyle)\b/;
const PLACING_AT_RISK = new RegExp(String.raw`\b(?:placing|putting|places|puts|placed|put)\s+${WHOSE}${CHILDREN}\s+at\s+(?:significant\s+)?risk(?:\s+of\s+(?:significant\s+)?harm)?`, "g");

/** `text` (lower case) with what affects or harms the children read as the impact on them. */
export function readImpactOnTheChildren(text: string): string {
  if (text.includes("at risk") && /\b(?:plac|put)/.test(text) && PARENTS_DOING.test(text)) text = text.replace(PLACING_AT_RISK, "impact on the $1");
  if (text.includes("affect")) text = text.replace(VIEW_OF_HOW, "").replace(ASIDE_BEFORE_AFFECT, " ").replace(AFFECTS_THE_CHILDRENS, "impact on the $1").replace(AFFECTS_THE_CHILDREN, "impact on the $1");
  if (text.includes("harm")) text = text.replace(BEHAVIOUR_HARMING, "$1 impact on the $2");
  return text.includes("impact on the") ? text.replace(LIKELY_TO_AFFECT_THEM, "").replace(WHICH_CHILDREN, "") : text;
}
