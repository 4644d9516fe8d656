/**
 * Abbreviations clinical systems teams write in prompts, expanded before matching. The same
 * expansion is applied to the packs' labels and synonyms, so "CP plan" in a pack and "child
 * protection plan" in a template meet in the middle.
 *
 * Keys are lower case and matched as whole tokens (after `&` and `/` inside a token are kept:
 * "a&e", "s/g"). Only abbreviations that are unambiguous on a safeguarding form are listed:
 * "ED" is the emergency department here, never a past-tense suffix, because it is a whole token.
 */
export const ABBREVIATIONS: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" or "toString" must find nothing here)
  "a&e": "emergency department",
  ae: "emergency department",
  ed: "emergency department",
  miu: "minor injury unit",
  utc: "urgent treatment centre",
  nok: "next of kin",
  dv: "domestic violence",
  da: "domestic abuse",
  dva: "domestic violence and abuse",
  ipv: "intimate partner violence",
  cp: "child protection",
  cpp: "child protection plan",
  cin: "child in need",
  lac: "looked after child",
  cla: "child looked after",
  hv: "health visitor",
  sn: "school nurse",
  sw: "social worker",
  camhs: "child and adolescent mental health service",
  fgm: "female genital mutilation",
  cse: "child sexual exploitation",
  cce: "child criminal exploitation",
  dna: "did not attend",
  dnas: "did not attend",
  dnw: "did not wait",
  wnb: "was not brought",
  lwbs: "left without being seen",
  iha: "initial health assessment",
  rha: "review health assessment",
  rso: "registered sex offender",
  mdt: "multi disciplinary team",
  pr: "parental responsibility",
  yp: "young person",
  mash: "multi agency safeguarding hub",
  caf: "common assessment framework",
  eha: "early help assessment",
  icpc: "initial child protection conference",
  rcpc: "review child protection conference",
  pnmh: "perinatal mental health",
  mh: "mental health",
  dob: "date of birth",
  "s/g": "safeguarding",
  sg: "safeguarding",
  hx: "history",
  pt: "patient",
  prev: "previous",
  yrs: "years",
  mths: "months",
  // A closed question's answers written after it: "Is the child in care? Y/N" asks as "Yes/No" does.
  "y/n": "yes no",
  "12/12": "12 months",
  "6/12": "6 months",
  "1:1": "one to one",
  cmht: "community mental health team",
  idva: "independent domestic violence advisor",
  marac: "multi agency risk assessment conference",
});

/** American spellings and common variants folded onto the British form the packs use. */
export const SPELLING_VARIANTS: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" or "toString" must find nothing here)
  behavior: "behaviour",
  behaviors: "behaviours",
  demeanor: "demeanour",
  pediatric: "paediatric",
  judgment: "judgement",
  dependant: "dependent",
  dependants: "dependents",
  referal: "referral",
  counseling: "counselling",
  "self-harming": "self-harm",
  twelve: "12",
  six: "6",
  eighteen: "18",
  seventeen: "17",
});
