import { FORM_AGENTS } from "./form-agents";

/**
 * Words of one family that the light stemmer (normalise.ts) leaves apart, folded onto one head
 * before stemming: an adjective or adverb and the noun it is made from ("alcoholic" drinks are
 * alcohol; "physically" hurt is physical harm; "financial" problems are about finances; an
 * "anxious" child has anxiety; a "violent" partner is partner violence; "abusive" behaviour is
 * abuse). A form asks in whichever part of speech its sentence needs, and the pack's phrases
 * cannot list every one.
 *
 * Drinking, consuming, smoking and an intake are using (and "used", "using" are "use", which the
 * stemmer leaves apart as too short to cut): "Do you drink alcohol?" asks about alcohol use, "Do you
 * smoke cannabis?" about cannabis use. (The noun and verb "drink" or "smoke" alone name no substance, so "Food and drink", "Does the child drink enough
 * water?" still match nothing about alcohol: the substance must be named too.)
 *
 * An event occurring is its happening ("how did the injury occur" / "happen").
 *
 * Only families whose members mean the same thing on an assessment form are folded: not "safe"
 * and "safety" (a "safety plan" is not whether someone feels safe), not "-ation" or "-ment"
 * nouns (normalise.ts says why). Applied to prompts and phrases alike, through `stem`.
 */
export const WORD_FAMILIES: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" must find nothing here)
  alcoholic: "alcohol",
  physically: "physical",
  emotionally: "emotional",
  sexually: "sexual",
  verbally: "verbal",
  mentally: "mental",
  financially: "finance",
  financial: "finance",
  anxious: "anxiety",
  violent: "violence",
  abusive: "abuse",
  // An effect on someone is an impact on them (round 19, set Y): "Effect of parents' behaviour on the
  // child" is the impact of it. Not "affect": a mental state examination's "Mood and affect".
  effect: "impact",
  effects: "impact",
  // Refusing is declining (round 36): "Did the young person refuse the review?" asks whether the review was declined.
  refuse: "decline",
  refuses: "declines",
  refused: "declined",
  refusing: "declining",
  refusal: "decline",
  // Contributing to a conference is a contribution to it ("How did the practice contribute to the conference?").
  contribute: "contribution",
  contributed: "contribution",
  contributing: "contribution",
  homelessness: "homeless",
  // Being scared, frightened or fearful of someone is being afraid of them ("Does anyone at home
  // frighten you?", "Are you scared of your partner?"). Not the noun "fear" ("fear of falling").
  scared: "afraid",
  frightened: "afraid",
  frighten: "afraid",
  frightens: "afraid",
  fearful: "afraid",
  pregnant: "pregnancy",
  // The stemmer leaves these short forms apart from "use" ("used" and "using" are too short to cut).
  used: "use",
  uses: "use",
  using: "use",
  usage: "use",
  intake: "use",
  drink: "use",
  drinks: "use",
  drinking: "use",
  drank: "use",
  drunk: "use",
  consume: "use",
  consumed: "use",
  consuming: "use",
  consumption: "use",
  smoke: "use",
  smokes: "use",
  // What a child said is what the child says ("What has the child said?"); a preference is what someone
  // prefers ("a preference for the gender of the doctor" is the "preferred gender").
  said: "say",
  says: "say",
  preference: "prefer",
  preferences: "prefer",
  // A disagreement is disagreeing ("Did you disagree with the decision?" is a "disagreement with
  // decision"): the stemmer leaves "-ment" nouns apart (normalise.ts says why).
  disagreement: "disagree",
  disagreements: "disagree",
  disagreed: "disagree",
  smoking: "use",
  smoked: "use",
  // A reflexive pronoun names the person the verb is done to, whoever they are: a child who hurt
  // "themselves" hurt themself as "you" hurt "yourself" (and "self-harm" is harm to oneself).
  yourself: "self",
  yourselves: "self",
  themselves: "self",
  themself: "self",
  himself: "self",
  herself: "self",
  myself: "self",
  ourselves: "self",
  oneself: "self",
  // Thoughts are thinking: "Have you been thinking about killing yourself?" asks about thoughts of it.
  thought: "think",
  thoughts: "think",
  // An exam is an examination ("Consent to medical exam").
  exam: "examination",
  exams: "examination",
  // A vaccine given is a vaccination: "Consent for your child to receive the flu vaccine".
  vaccine: "vaccination",
  vaccines: "vaccination",
  vaccinate: "vaccination",
  vaccinated: "vaccination",
  vaccinating: "vaccination",
  // An event that occurred happened: "Describe how injury occurred" asks how the injury happened.
  occur: "happen",
  occurs: "happen",
  occurred: "happen",
  occurring: "happen",
  // Residing somewhere is living there: "Children residing in the household", "Do any children reside
  // with you?" (not "residence": a place of residence is an address).
  reside: "live",
  resides: "live",
  residing: "live",
  resided: "live",
  // Minors are children: "Minors residing in the home". Only the plural: a "minor injury" is not a child's.
  minors: "children",
  // So are kids and adolescents ("How many kids do you have?", "Number of children and adolescents 0-17
  // years"): the plurals only, as with minors ("adolescent health" keeps its word).
  kids: "children",
  adolescents: "children",
  // A history "compatible with" the injury is consistent with it. (Not "fits": a fit is a seizure.)
  compatible: "consistent",
  incompatible: "inconsistent",
  // A husband, wife, spouse, boyfriend or girlfriend is a partner: "Are you afraid of your husband?"
  // asks what "afraid of your partner" does.
  husband: "partner",
  husbands: "partner",
  wife: "partner",
  wives: "partner",
  spouse: "partner",
  spouses: "partner",
  boyfriend: "partner",
  boyfriends: "partner",
  girlfriend: "partner",
  girlfriends: "partner",
  // Mum and dad are the mother and father ("Is mum aware of the referral?", "Dad's occupation").
  mum: "mother",
  mums: "mother",
  mummy: "mother",
  mom: "mother",
  moms: "mother",
  dad: "father",
  dads: "father",
  daddy: "father",
  // Struggling with something is having difficulty with it: "Are you struggling to pay your bills?"
  // asks what "difficulty paying bills" says.
  struggle: "difficulty",
  struggles: "difficulty",
  struggling: "difficulty",
  struggled: "difficulty",
  // A questionnaire is a form: "Questionnaire Completed At" is when the form was completed.
  questionnaire: "form",
  questionnaires: "form",
});

/** The head of a word's family (or the practitioner, for a form's agent: form-agents.ts), or the word itself. */
export function familyHead(word: string): string {
  return WORD_FAMILIES[word] ?? FORM_AGENTS[word] ?? word;
}
