/**
 * The person who carries out the form's own activity is the practitioner completing it, whatever
 * the form's trade calls them: a survey's "interviewer", a screening tool's "screener", a
 * census's "enumerator". "Name of Interviewer" asks for the practitioner's name, as "Name of
 * clinician" does. Folded onto "practitioner" before stemming, in prompts and phrases alike.
 *
 * Only nouns that name nobody but the one doing the form: not "examiner" (a young person may
 * choose the examiner's sex: that is a concept of its own), not "worker" (a social worker is
 * someone else), not "reviewer" (a review may be another practitioner's). A surveyor and a vaccinator
 * do the form's own activity too (round 39; not a counsellor, who may be the one the person sees:
 * "Name of your counsellor").
 */
export const FORM_AGENTS: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" must find nothing here)
  interviewer: "practitioner",
  interviewers: "practitioner",
  screener: "practitioner",
  enumerator: "practitioner",
  surveyor: "practitioner",
  vaccinator: "practitioner",
});

/**
 * The trades a practitioner is named by on a form, longest first where one holds another: one list
 * for every reading of who completes a form (here, and completer-section.ts).
 */
export const PROFESSIONS: readonly string[] = [
  "nurse", "midwife", "doctor", "provider", "physician", "practitioner", "gp", "health visitor", "therapist", "paediatrician",
  "pediatrician", "psychiatrist", "psychologist", "clinician", "professional", "staff member", "staff", "worker", "keyworker", "assessor", "officer",
];

/**
 * Trades that name the form's own practitioner only by what they are doing, never after an
 * activity's participle: a "reviewing officer" or an "assessing worker" may be someone else's (an
 * independent reviewing officer, a social worker).
 */
const NAMED_BY_ROLE_ONLY: ReadonlySet<string> = new Set(["worker", "assessor", "officer"]);

/** An alternation of trades, each singular or plural ("midwives"). */
function trades(list: readonly string[]): string {
  return `(?:${list.map((p) => (p === "midwife" ? "midwi(?:fe|ves)" : `${p.replace(/ /g, String.raw`\s+`)}s?`)).join("|")})`;
}

/**
 * A professional named by what they are doing on this form is the practitioner doing it, whatever
 * their trade: "Name of assessing nurse/midwife", "Discharging provider's first name" ask what
 * "Name of assessing clinician" asks. Read as "clinician" after the participle, in prompts and
 * phrases alike. Not the referring one (a referrer is someone else: prompt-guards.ts), and only
 * after an activity the form itself records.
 */
const ACTING_PROFESSIONAL = new RegExp(String.raw`\b(assessing|examining|discharging|admitting|attending|treating|triaging|reviewing|completing|booking|interviewing|screening)\s+${trades(PROFESSIONS.filter((p) => !NAMED_BY_ROLE_ONLY.has(p)))}(?:\s*\/\s*${trades(PROFESSIONS.filter((p) => !NAMED_BY_ROLE_ONLY.has(p)))})*(?=\W|$)`, "g");

/**
 * And the same said the other way round: "Name of worker completing assessment", "Name of person
 * undertaking the assessment" ask for the clinician completing it. Only completing, undertaking or
 * carrying out the form or an assessment: "person completing the course" keeps its words.
 */
const PROFESSIONAL_DOING_IT = new RegExp(String.raw`\b(?:person|${trades(PROFESSIONS)})\s+(completing|undertaking|conducting|carrying\s+out)(?=\s+(?:the\s+|this\s+)?(?:form|assessment|review|referral|questionnaire|plan|record|report)\b)`, "g");

/** `text` (lower case) with a professional named by the form's own activity read as "clinician". */
export function readActingProfessional(text: string): string {
  if (!/ing\s/.test(text)) return text;
  return text.replace(ACTING_PROFESSIONAL, "$1 clinician").replace(PROFESSIONAL_DOING_IT, "clinician $1");
}
