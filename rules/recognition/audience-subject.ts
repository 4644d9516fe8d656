/**
 * Who a form is about, in the packs' words, when its audience says: on a form whose only audience
 * is `pregnant-woman` (a maternity booking, an antenatal care plan) the woman is the mother, so
 * "How old are you?" and "Age" there ask what the packs call the mother's age. On a form whose only
 * audience is `practitioner` (a record of safeguarding supervision, filled in by the supervisee),
 * "you" is the practitioner completing it: "Your name" there is theirs (round 17, set T), and the
 * explanation says "read as the practitioner's, whom the form is about". An adult's
 * form has no other name for its subject in the packs' phrases.
 */
import type { Form } from "../../language/ast";
import { COMPLETER } from "./completer-section";

const SUBJECT_BY_AUDIENCE: Readonly<Record<string, string>> = { "pregnant-woman": "mother", "young-person": "child", child: "child", practitioner: "practitioner" };

/**
 * The subject's name for a form whose audiences all name the same one ("audience pregnant-woman";
 * "audience child, young-person": the child either way), else undefined.
 */
export function audienceSubject(form: Form): string | undefined {
  return subjectOfAudiences(form.audiences.map((a) => a.text));
}

/** The same, from the audiences' names (a labelled set records a source form's kind so). */
export function subjectOfAudiences(audiences: readonly string[]): string | undefined {
  if (audiences.length === 0) return undefined;
  const subject = SUBJECT_BY_AUDIENCE[audiences[0]];
  for (let i = 1; i < audiences.length; i++) if (SUBJECT_BY_AUDIENCE[audiences[i]] !== subject) return undefined;
  return subject;
}

/**
 * The words a label is read under for a subject: its name, except the practitioner, whom the packs'
 * phrases name as the one completing the form ("Name of the practitioner completing the form"). Read
 * under "practitioner" alone, one more field of the held-out written forms was read wrong.
 */
export function subjectHeading(subject: string): string {
  return subject === "practitioner" ? COMPLETER : subject;
}
