/**
 * The person who carries out the form's own activity is the practitioner completing it, whatever
 * the form's trade calls them: a survey's "interviewer", a screening tool's "screener", a
 * census's "enumerator". "Name of Interviewer" asks for the practitioner's name, as "Name of
 * clinician" does. Folded onto "practitioner" before stemming, in prompts and phrases alike.
 *
 * Only nouns that name nobody but the one doing the form: not "examiner" (a young person may
 * choose the examiner's sex: that is a concept of its own), not "worker" (a social worker is
 * someone else), not "reviewer" (a review may be another practitioner's).
 */
export const FORM_AGENTS: Record<string, string> = Object.assign(Object.create(null), {
  // (no prototype: a word such as "constructor" must find nothing here)
  interviewer: "practitioner",
  interviewers: "practitioner",
  screener: "practitioner",
  enumerator: "practitioner",
});
