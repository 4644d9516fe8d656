/**
 * "Parent/carer present" asks whether a parent or carer is here now, not whether the client is a
 * parent or carer. A person followed by "present" is someone in attendance: such a prompt matches
 * only a phrase about being present, accompanying or attending (the adult accompanying the child,
 * the professionals attending a meeting), never one about who a person is.
 *
 * Only "present" after a person: "Present address" and "presenting complaint" are not attendance.
 */
const PERSON_PRESENT = /\b(?:adult|parent|carer|caregiver|mother|father|partner|person|guardian|relative|family|anyone|someone|who|nurse|visitor|worker|officer|doctor|gp|midwife|practitioner|police|teacher)s?\s+(?:was\s+|is\s+|were\s+|are\s+)?present\b/i;
const ATTENDANCE = /\b(?:present|accompan\w*|attend\w*|escort\w*|brought|came\s+with|is\s+with|with\s+the\s+child)\b/i;

/** Whether a prompt asks whether someone is present. */
export function asksPresence(text: string): boolean {
  return text.includes("present") && PERSON_PRESENT.test(text);
}

/** Whether a phrase may answer a prompt about someone's presence. */
export function namesAttendance(phrase: string): boolean {
  return ATTENDANCE.test(phrase);
}
