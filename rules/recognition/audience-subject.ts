/**
 * Who a form is about, in the packs' words, when its audience says: on a form whose only audience
 * is `pregnant-woman` (a maternity booking, an antenatal care plan) the woman is the mother, so
 * "How old are you?" and "Age" there ask what the packs call the mother's age. Only that audience:
 * a child's or an adult's form has no other name for its subject in the packs' phrases.
 */
import type { Form } from "../../language/ast";

const SUBJECT_BY_AUDIENCE: Readonly<Record<string, string>> = { "pregnant-woman": "mother", "young-person": "child", child: "child" };

/**
 * The subject's name for a form whose audiences all name the same one ("audience pregnant-woman";
 * "audience child, young-person": the child either way), else undefined.
 */
export function audienceSubject(form: Form): string | undefined {
  if (form.audiences.length === 0) return undefined;
  const subject = SUBJECT_BY_AUDIENCE[form.audiences[0].text];
  for (let i = 1; i < form.audiences.length; i++) if (SUBJECT_BY_AUDIENCE[form.audiences[i].text] !== subject) return undefined;
  return subject;
}
